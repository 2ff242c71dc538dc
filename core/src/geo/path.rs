//! SVG path data from points, with coordinates rounded to a tenth of a map unit: each line
//! starts at an absolute point and goes on in relative steps (`l`), the shortest form the
//! browser reads, since every path is written into the page built at build time.

use std::fmt::Write;

use crate::geo::projection::Point;

/// Closed rings as one path (`M…Z` per ring), for even-odd filling.
///
/// ```
/// use corredor_core::geo::{path::rings_to_path, Point};
/// let ring = vec![Point::new(0.0, 0.0), Point::new(1.5, 0.0), Point::new(0.0, 2.0), Point::new(0.0, 0.0)];
/// assert_eq!(rings_to_path(&[ring]), "M0 0l1.5 0-1.5 2Z");
/// ```
pub fn rings_to_path(rings: &[Vec<Point>]) -> String {
    let mut out = String::new();
    for ring in rings {
        let open = match (ring.first(), ring.last()) {
            (Some(first), Some(last)) if ring.len() > 1 && first == last => &ring[..ring.len() - 1],
            _ => ring.as_slice(),
        };
        push_line(&mut out, open);
        if !open.is_empty() {
            out.push('Z');
        }
    }
    out
}

/// Open polylines as one path.
pub fn lines_to_path(lines: &[Vec<Point>]) -> String {
    let mut out = String::new();
    for line in lines {
        push_line(&mut out, line);
    }
    out
}

fn push_line(out: &mut String, points: &[Point]) {
    // In tenths of a map unit (far below a pixel at any zoom the map allows). Each step is
    // the difference of two rounded positions, so rounding never accumulates along a line.
    let tenths = |value: f64| {
        if value.is_finite() {
            (value * 10.0).round() as i64
        } else {
            0
        }
    };
    let mut previous: Option<(i64, i64)> = None;
    for point in points {
        let here = (tenths(point.x), tenths(point.y));
        match previous {
            None => {
                out.push('M');
                push_tenths(out, here.0, false);
                push_tenths(out, here.1, true);
                out.push('l');
            }
            // A step that rounds to nothing draws nothing.
            Some(before) if before == here => continue,
            Some(before) => {
                let after_command = out.ends_with('l');
                push_tenths(out, here.0 - before.0, !after_command);
                push_tenths(out, here.1 - before.1, true);
            }
        }
        previous = Some(here);
    }
    // A line that never moved has no `l` steps.
    if out.ends_with('l') {
        out.pop();
    }
}

/// `value` tenths as the shortest number SVG reads: `12.3`, `-.5`, `4`; after a number, a
/// space only where a minus sign cannot separate them.
fn push_tenths(out: &mut String, value: i64, separated: bool) {
    if value >= 0 && separated {
        out.push(' ');
    }
    if value < 0 {
        out.push('-');
    }
    let magnitude = value.unsigned_abs();
    let (whole, tenth) = (magnitude / 10, magnitude % 10);
    match (whole, tenth) {
        (whole, 0) => {
            let _ = write!(out, "{whole}");
        }
        (0, tenth) => {
            let _ = write!(out, ".{tenth}");
        }
        (whole, tenth) => {
            let _ = write!(out, "{whole}.{tenth}");
        }
    }
}

#[cfg(test)]
mod relative_path_tests {
    use super::*;

    #[test]
    fn steps_are_relative_to_rounded_positions_and_never_drift() {
        // Thirty steps of 0.04: each rounds to nothing alone, but the positions do move.
        let line: Vec<Point> = (0..=30).map(|i| Point::new(i as f64 * 0.04, 0.0)).collect();
        let path = lines_to_path(&[line]);
        assert_eq!(
            path,
            "M0 0l.1 0 .1 0 .1 0 .1 0 .1 0 .1 0 .1 0 .1 0 .1 0 .1 0 .1 0 .1 0"
        );
    }

    #[test]
    fn negative_steps_need_no_space_and_a_still_line_has_no_steps() {
        let ring = vec![
            Point::new(10.0, 10.0),
            Point::new(8.5, 12.0),
            Point::new(10.0, 10.0),
        ];
        assert_eq!(rings_to_path(&[ring]), "M10 10l-1.5 2Z");
        assert_eq!(lines_to_path(&[vec![Point::new(1.0, 1.0); 3]]), "M1 1");
    }
}
