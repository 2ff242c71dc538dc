//! The pole of inaccessibility: the interior point farthest from a polygon's edges, where a
//! label sits best (Mapbox's polylabel algorithm: a quadtree of cells searched best-first).

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::geo::projection::Point;

/// The pole of inaccessibility of `rings` (the first is the outer ring; the rest are holes),
/// found to within `precision` map units.
///
/// ```
/// use corredor_core::geo::{polylabel::polylabel, Point};
/// let square = vec![vec![Point::new(0.0, 0.0), Point::new(10.0, 0.0), Point::new(10.0, 10.0), Point::new(0.0, 10.0)]];
/// let pole = polylabel(&square, 0.01);
/// assert!((pole.x - 5.0).abs() < 0.1 && (pole.y - 5.0).abs() < 0.1);
/// ```
pub fn polylabel(rings: &[Vec<Point>], precision: f64) -> Point {
    let Some(outer) = rings.first().filter(|ring| !ring.is_empty()) else {
        return Point::new(0.0, 0.0);
    };
    let (min_x, min_y, max_x, max_y) = outer.iter().fold(
        (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ),
        |(a, b, c, d), p| (a.min(p.x), b.min(p.y), c.max(p.x), d.max(p.y)),
    );
    let cell_size = (max_x - min_x).min(max_y - min_y);
    if cell_size <= 0.0 {
        return Point::new(min_x, min_y);
    }
    let make = |x: f64, y: f64, half: f64| Cell::new(Point::new(x, y), half, rings);
    let mut queue = BinaryHeap::new();
    let half = cell_size / 2.0;
    let mut x = min_x;
    while x < max_x {
        let mut y = min_y;
        while y < max_y {
            queue.push(make(x + half, y + half, half));
            y += cell_size;
        }
        x += cell_size;
    }
    let mut best = make((min_x + max_x) / 2.0, (min_y + max_y) / 2.0, 0.0);
    let centroid = ring_centroid(outer);
    let centroid_cell = make(centroid.x, centroid.y, 0.0);
    if centroid_cell.distance > best.distance {
        best = centroid_cell;
    }
    while let Some(cell) = queue.pop() {
        if cell.distance > best.distance {
            best = cell;
        }
        if cell.max_distance - best.distance <= precision {
            continue;
        }
        let half = cell.half / 2.0;
        for (dx, dy) in [(-half, -half), (half, -half), (-half, half), (half, half)] {
            queue.push(make(cell.center.x + dx, cell.center.y + dy, half));
        }
    }
    best.center
}

#[derive(Clone, Copy)]
struct Cell {
    center: Point,
    half: f64,
    distance: f64,
    max_distance: f64,
}

impl Cell {
    fn new(center: Point, half: f64, rings: &[Vec<Point>]) -> Cell {
        let distance = signed_distance(center, rings);
        Cell {
            center,
            half,
            distance,
            max_distance: distance + half * std::f64::consts::SQRT_2,
        }
    }
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.max_distance == other.max_distance
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.max_distance.total_cmp(&other.max_distance)
    }
}

/// Distance from `point` to the nearest edge, positive inside the polygon, negative outside.
pub fn signed_distance(point: Point, rings: &[Vec<Point>]) -> f64 {
    let mut inside = false;
    let mut nearest = f64::INFINITY;
    for ring in rings {
        for (a, b) in ring_edges(ring) {
            if (a.y > point.y) != (b.y > point.y)
                && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x
            {
                inside = !inside;
            }
            nearest = nearest.min(segment_distance(point, a, b));
        }
    }
    if inside {
        nearest
    } else {
        -nearest
    }
}

/// The ring's edges, closing it if its last point is not its first.
pub fn ring_edges(ring: &[Point]) -> impl Iterator<Item = (Point, Point)> + '_ {
    let closing = match (ring.first(), ring.last()) {
        (Some(first), Some(last)) if first != last => Some((*last, *first)),
        _ => None,
    };
    ring.windows(2)
        .map(|pair| (pair[0], pair[1]))
        .chain(closing)
}

/// Distance from `point` to the segment `a`–`b`.
pub fn segment_distance(point: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length_squared = dx * dx + dy * dy;
    let t = if length_squared == 0.0 {
        0.0
    } else {
        crate::geo::clamp(
            ((point.x - a.x) * dx + (point.y - a.y) * dy) / length_squared,
            0.0,
            1.0,
        )
    };
    point.distance(Point::new(a.x + t * dx, a.y + t * dy))
}

/// The signed area of a ring (positive when counter-clockwise with y up).
pub fn ring_area(ring: &[Point]) -> f64 {
    ring_edges(ring)
        .map(|(a, b)| a.x * b.y - b.x * a.y)
        .sum::<f64>()
        / 2.0
}

fn ring_centroid(ring: &[Point]) -> Point {
    let (mut x, mut y, mut area) = (0.0, 0.0, 0.0);
    for (a, b) in ring_edges(ring) {
        let cross = a.x * b.y - b.x * a.y;
        x += (a.x + b.x) * cross;
        y += (a.y + b.y) * cross;
        area += cross * 3.0;
    }
    if area == 0.0 {
        ring.first().copied().unwrap_or(Point::new(0.0, 0.0))
    } else {
        Point::new(x / area, y / area)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(points: &[(f64, f64)]) -> Vec<Point> {
        points.iter().map(|&(x, y)| Point::new(x, y)).collect()
    }

    /// In a C shape the centroid falls outside; the pole must be inside, in the thick part.
    #[test]
    fn the_pole_of_a_concave_shape_is_inside_it() {
        let c_shape = vec![ring(&[
            (0.0, 0.0),
            (10.0, 0.0),
            (10.0, 2.0),
            (2.0, 2.0),
            (2.0, 8.0),
            (10.0, 8.0),
            (10.0, 10.0),
            (0.0, 10.0),
        ])];
        let pole = polylabel(&c_shape, 0.01);
        assert!(signed_distance(pole, &c_shape) > 0.9, "{pole:?}");
        assert!(pole.x < 2.0);
    }

    #[test]
    fn holes_push_the_pole_away() {
        let donut = vec![
            ring(&[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]),
            ring(&[(3.0, 3.0), (7.0, 3.0), (7.0, 7.0), (3.0, 7.0)]),
        ];
        let pole = polylabel(&donut, 0.01);
        assert!(signed_distance(pole, &donut) > 1.0);
        assert!(!(3.0..=7.0).contains(&pole.x) || !(3.0..=7.0).contains(&pole.y));
    }

    #[test]
    fn degenerate_input_does_not_panic() {
        assert_eq!(polylabel(&[], 1.0), Point::new(0.0, 0.0));
        let line = vec![ring(&[(0.0, 0.0), (5.0, 0.0)])];
        assert_eq!(polylabel(&line, 1.0), Point::new(0.0, 0.0));
    }
}
