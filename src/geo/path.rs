//! SVG path data from points, with coordinates rounded to a tenth of a map unit.

use std::fmt::Write;

use crate::geo::projection::Point;

/// Closed rings as one path (`M…Z` per ring), for even-odd filling.
///
/// ```
/// use corredor::geo::{path::rings_to_path, Point};
/// let ring = vec![Point::new(0.0, 0.0), Point::new(1.5, 0.0), Point::new(0.0, 2.0), Point::new(0.0, 0.0)];
/// assert_eq!(rings_to_path(&[ring]), "M0 0L1.5 0L0 2Z");
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
    for (index, point) in points.iter().enumerate() {
        out.push(if index == 0 { 'M' } else { 'L' });
        let _ = write!(out, "{} {}", round(point.x), round(point.y));
    }
}

/// A tenth of a map unit is far below a pixel at any zoom the map allows.
fn round(value: f64) -> f64 {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}
