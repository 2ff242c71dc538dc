//! Checks on the committed regional asset itself: it decodes, stays in its frame, and
//! neighbours share their borders exactly.

use crate::geo::polylabel::{ring_edges, segment_distance};
use crate::geo::{load_region, Region, ShapeKind, REGION_JSON};

fn region() -> Region {
    load_region(REGION_JSON).expect("the committed asset decodes")
}

#[test]
fn every_shape_lies_in_the_frame() {
    let region = region();
    // Clipping happens in longitude/latitude against a densified outline of the frame, so
    // the projected edges may bow out by a hair; a tenth of a map unit is far below a pixel.
    let tolerance = 0.1;
    for shape in &region.shapes {
        for point in shape.rings.iter().flatten() {
            assert!(
                (-tolerance..=region.width + tolerance).contains(&point.x)
                    && (-tolerance..=region.height + tolerance).contains(&point.y),
                "{} has {point:?} outside the frame",
                shape.id
            );
        }
    }
}

#[test]
fn the_frame_holds_the_region_and_the_mexican_states() {
    let region = region();
    for id in [
        "US", "MX", "GT", "HN", "SV", "NI", "CU", "HT", "DO", "CO", "VE", "EC", "PE",
    ] {
        assert!(
            region
                .shapes
                .iter()
                .any(|s| s.id == id && s.kind == ShapeKind::Country),
            "{id}"
        );
    }
    let states = region
        .shapes
        .iter()
        .filter(|s| s.kind == ShapeKind::State)
        .count();
    assert_eq!(states, 32, "Mexico's 31 states and Mexico City");
    assert!(
        !region.shapes.iter().any(|s| s.id.contains('~')),
        "no unnamed odd features"
    );
}

#[test]
fn the_us_mexico_border_is_drawn_from_shared_arcs() {
    let border = region().shared_border("US", "MX");
    // More than 20 steps: numbers after the starting point, two per step.
    let numbers = border
        .replace('-', " -")
        .split(|c: char| c == ' ' || c.is_ascii_alphabetic())
        .filter(|number| !number.is_empty())
        .count();
    assert!(numbers > 2 + 2 * 20, "{border}");
}

/// No slivers and no gaps: no stretch of one shape's outline (three vertices in a row) runs
/// within 1.5 quanta (0.15 map units) of a neighbour's outline without being the same arc.
/// Two copies of a border that were not merged into one arc differ by far less than that
/// (metres in the source) all along, so they fail; a single vertex near a junction does not.
#[test]
fn neighbouring_shapes_share_their_borders_exactly() {
    let region = region();
    let mut checked_pairs = 0;
    for kind in [ShapeKind::Country, ShapeKind::State] {
        let layer: Vec<&crate::geo::MapShape> =
            region.shapes.iter().filter(|s| s.kind == kind).collect();
        for a in &layer {
            for b in &layer {
                if a.id == b.id || !boxes_touch(a, b) {
                    continue;
                }
                checked_pairs += 1;
                let b_arcs: Vec<i32> = b
                    .ring_arcs
                    .iter()
                    .flatten()
                    .map(|r| if *r >= 0 { *r } else { !*r })
                    .collect();
                for reference in a.ring_arcs.iter().flatten() {
                    let index = if *reference >= 0 {
                        *reference
                    } else {
                        !*reference
                    };
                    if b_arcs.contains(&index) {
                        continue;
                    }
                    let arc = &region.arcs[index as usize];
                    let mut run = 0;
                    for vertex in arc {
                        let near = b
                            .rings
                            .iter()
                            .flat_map(|ring| ring_edges(ring))
                            .any(|(p, q)| segment_distance(*vertex, p, q) < 0.15);
                        run = if near { run + 1 } else { 0 };
                        assert!(
                            run < 3,
                            "{}'s arc {index} runs along {}'s border near {vertex:?}: a sliver",
                            a.id,
                            b.id
                        );
                    }
                }
            }
        }
    }
    assert!(
        checked_pairs > 50,
        "only {checked_pairs} neighbouring pairs checked"
    );
}

fn boxes_touch(a: &crate::geo::MapShape, b: &crate::geo::MapShape) -> bool {
    let bounds = |shape: &crate::geo::MapShape| {
        shape.rings.iter().flatten().fold(
            (
                f64::INFINITY,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NEG_INFINITY,
            ),
            |(x0, y0, x1, y1), p| (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y)),
        )
    };
    let (a, b) = (bounds(a), bounds(b));
    a.0 <= b.2 + 1.0 && b.0 <= a.2 + 1.0 && a.1 <= b.3 + 1.0 && b.1 <= a.3 + 1.0
}

/// Within a layer, an arc borders at most two shapes, and a shared arc runs one way for one
/// and the other way for the other: the topology is consistent.
#[test]
fn each_border_arc_is_used_once_each_way() {
    let region = region();
    for kind in [ShapeKind::Country, ShapeKind::State] {
        let mut uses: std::collections::HashMap<i32, Vec<i32>> = std::collections::HashMap::new();
        for shape in region.shapes.iter().filter(|s| s.kind == kind) {
            for reference in shape.ring_arcs.iter().flatten() {
                let index = if *reference >= 0 {
                    *reference
                } else {
                    !*reference
                };
                uses.entry(index).or_default().push(*reference);
            }
        }
        for (index, references) in uses {
            assert!(
                references.len() <= 2,
                "arc {index} is used {} times",
                references.len()
            );
            if let [a, b] = references.as_slice() {
                assert!(
                    (*a >= 0) != (*b >= 0),
                    "arc {index} runs the same way for both neighbours"
                );
            }
        }
    }
}
