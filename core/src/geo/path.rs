//! SVG path data from points, with coordinates rounded to a tenth of a map unit.

use std::fmt::Write;

use crate::geo::projection::Point;

/// Closed rings as one path (`M…Z` per ring), for even-odd filling.
///
/// ```
/// use corredor_core::geo::{path::rings_to_path, Point};
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
        // A tenth of a map unit is far below a pixel at any zoom the map allows.
        let _ = write!(out, "{} {}", fixed(point.x, 1), fixed(point.y, 1));
    }
}

/// `value` with at most `decimals` decimals, trailing zeros dropped: `1.50` → `"1.5"`.
///
/// Written with integer arithmetic on purpose: it keeps Rust's float formatting machinery
/// (several KB) out of the wasm, and every number the page writes goes through here.
///
/// ```
/// use corredor_core::geo::path::fixed;
/// assert_eq!(fixed(1.5, 1), "1.5");
/// assert_eq!(fixed(2.0, 2), "2");
/// assert_eq!(fixed(12.345, 2), "12.35");
/// assert_eq!(fixed(-0.04, 1), "0");
/// assert_eq!(fixed(-3.25, 1), "-3.3");
/// ```
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let scale = 10u64.pow(decimals.min(9));
    let scaled = (value * scale as f64).round();
    let negative = scaled < 0.0;
    let magnitude = scaled.abs() as u64;
    let (whole, mut fraction) = (magnitude / scale, magnitude % scale);
    let mut out = String::new();
    if negative && magnitude != 0 {
        out.push('-');
    }
    let _ = write!(out, "{whole}");
    if fraction != 0 {
        let mut width = decimals as usize;
        while fraction % 10 == 0 {
            fraction /= 10;
            width -= 1;
        }
        let _ = write!(out, ".{fraction:0width$}");
    }
    out
}
