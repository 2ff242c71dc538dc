//! The regional geometry asset (`data/geo/region.json`) and its decoding.
//!
//! The asset is a small topology: each border is one arc, delta-encoded in integer map units
//! (times `precision`), and each shape lists the arcs of its rings (`~i`, i.e. `-i - 1`,
//! for arc `i` reversed). Neighbours reference the same arc, so they share their border
//! exactly: no slivers, no gaps. `cargo xtask geodata` writes it; `data/geo/README.md` says how.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use serde::{Deserialize, Serialize};

use crate::geo::path::rings_to_path;
use crate::geo::projection::{MapProjection, Point};

/// The asset format version this build reads.
pub const ASSET_VERSION: u32 = 1;

/// The asset as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionAsset {
    /// Must equal [`ASSET_VERSION`].
    pub version: u32,
    /// Where the geometry comes from, for the record.
    pub source: String,
    /// The frame's width, map units.
    pub width: f64,
    /// The frame's height, map units.
    pub height: f64,
    /// Integer coordinates are map units times this.
    pub precision: f64,
    /// The projection the geometry was drawn with; the app projects dataset points with it.
    pub projection: MapProjection,
    /// Delta-encoded arcs: `[x0, y0, dx1, dy1, …]`.
    pub arcs: Vec<Vec<i32>>,
    /// Countries and states.
    pub shapes: Vec<AssetShape>,
}

/// What a shape is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShapeKind {
    /// A country, dissolved from its states so its borders match theirs.
    Country,
    /// A Mexican state.
    State,
}

/// One shape as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssetShape {
    /// ISO 3166-1 alpha-2 for countries, ISO 3166-2 for states: matches the dataset's `iso`.
    pub id: String,
    /// Country or state.
    pub kind: ShapeKind,
    /// Natural Earth's English name (the app names places from the dataset).
    pub name: String,
    /// Rings as arc references; even-odd filling makes holes and islands work.
    pub rings: Vec<Vec<i32>>,
    /// The pole of inaccessibility of its largest polygon, map units.
    pub label: [f64; 2],
}

/// The decoded region, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    /// Frame width, map units.
    pub width: f64,
    /// Frame height, map units.
    pub height: f64,
    /// The projection of the geometry.
    pub projection: MapProjection,
    /// Decoded arcs.
    pub arcs: Vec<Vec<Point>>,
    /// Decoded shapes, in the asset's order.
    pub shapes: Vec<MapShape>,
    /// The US–Mexico border line's path data: the arcs the two countries share.
    pub border: String,
}

/// A decoded shape.
#[derive(Clone, Debug, PartialEq)]
pub struct MapShape {
    /// ISO code.
    pub id: String,
    /// Country or state.
    pub kind: ShapeKind,
    /// English name from the source geometry.
    pub name: String,
    /// Rings of points, map units.
    pub rings: Vec<Vec<Point>>,
    /// Arc references per ring, as stored.
    pub ring_arcs: Vec<Vec<i32>>,
    /// Label point, map units.
    pub label: Point,
    /// SVG path data.
    pub path: String,
}

/// Why the asset could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeoError {
    /// Not JSON of the asset's shape.
    Syntax(String),
    /// Another format version.
    Version(u32),
    /// A ring names an arc that does not exist.
    MissingArc {
        /// The shape's id.
        shape: String,
        /// The reference.
        arc: i32,
    },
    /// An arc with an odd number of coordinates or none.
    MalformedArc(usize),
}

/// One shape as compiled into the app by `build.rs`.
pub struct ShapeRecord {
    /// ISO code.
    pub id: &'static str,
    /// Country or state.
    pub kind: ShapeKind,
    /// Rings as arc references.
    pub rings: &'static [&'static [i32]],
    /// Label point, map units.
    pub label: [f64; 2],
}

/// The asset compiled in by `build.rs` from `data/geo/region.json`.
#[allow(clippy::unreadable_literal, clippy::excessive_precision)]
mod compiled {
    use super::{ShapeKind, ShapeRecord};
    use crate::geo::projection::{Laea, MapProjection};
    include!(concat!(env!("OUT_DIR"), "/region.rs"));
}

/// The embedded region, decoded from the compiled-in arrays (no JSON parsing at start-up).
pub fn embedded_region() -> Result<Region, GeoError> {
    let arcs = compiled::ARC_OFFSETS
        .windows(2)
        .enumerate()
        .map(|(index, bounds)| {
            let (start, end) = (
                bounds.first().copied().unwrap_or(0) as usize,
                bounds.get(1).copied().unwrap_or(0) as usize,
            );
            let encoded: Vec<i32> = compiled::ARC_DATA
                .get(start..end)
                .unwrap_or(&[])
                .iter()
                .map(|v| i32::from(*v))
                .collect();
            decode_arc(&encoded, compiled::PRECISION).ok_or(GeoError::MalformedArc(index))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let shapes = compiled::SHAPES
        .iter()
        // The app names places from the dataset; the source names stay in the JSON.
        .map(|record| {
            build_shape(
                record.id,
                record.kind,
                String::new(),
                record.rings,
                record.label,
                &arcs,
            )
        })
        .collect::<Result<Vec<_>, GeoError>>()?;
    Ok(Region {
        width: compiled::WIDTH,
        height: compiled::HEIGHT,
        projection: compiled::PROJECTION,
        arcs,
        shapes,
        border: String::new(),
    }
    .with_border())
}

/// The region's frame and shapes without their geometry: each shape's code, kind and label
/// point, no path and no arc. The release wasm keeps the map's shapes as the page written at
/// build time draws them ([`Region::drawn_by`]), so it carries neither the arcs (12 740
/// numbers, 12.8 KB brotli) nor their decoder.
pub fn region_outline() -> Region {
    Region {
        width: compiled::WIDTH,
        height: compiled::HEIGHT,
        projection: compiled::PROJECTION,
        arcs: Vec::new(),
        shapes: compiled::SHAPES
            .iter()
            .map(|record| MapShape {
                id: record.id.to_owned(),
                kind: record.kind,
                name: String::new(),
                rings: Vec::new(),
                ring_arcs: Vec::new(),
                label: Point::new(record.label[0], record.label[1]),
                path: String::new(),
            })
            .collect(),
        border: String::new(),
    }
}

/// Parses and decodes the asset.
pub fn load_region(json: &str) -> Result<Region, GeoError> {
    let asset: RegionAsset =
        serde_json::from_str(json).map_err(|error| GeoError::Syntax(error.to_string()))?;
    decode(&asset)
}

/// Decodes a parsed asset.
pub fn decode(asset: &RegionAsset) -> Result<Region, GeoError> {
    if asset.version != ASSET_VERSION {
        return Err(GeoError::Version(asset.version));
    }
    let arcs = asset
        .arcs
        .iter()
        .enumerate()
        .map(|(index, arc)| decode_arc(arc, asset.precision).ok_or(GeoError::MalformedArc(index)))
        .collect::<Result<Vec<_>, _>>()?;
    let shapes = asset
        .shapes
        .iter()
        .map(|shape| {
            build_shape(
                &shape.id,
                shape.kind,
                shape.name.clone(),
                &shape.rings,
                shape.label,
                &arcs,
            )
        })
        .collect::<Result<Vec<_>, GeoError>>()?;
    Ok(Region {
        width: asset.width,
        height: asset.height,
        projection: asset.projection,
        arcs,
        shapes,
        border: String::new(),
    }
    .with_border())
}

/// A shape from its rings of arc references, its rings resolved against the decoded `arcs`.
fn build_shape<R: AsRef<[i32]>>(
    id: &str,
    kind: ShapeKind,
    name: String,
    rings: &[R],
    label: [f64; 2],
    arcs: &[Vec<Point>],
) -> Result<MapShape, GeoError> {
    let points = rings
        .iter()
        .map(|ring| {
            let ring = ring.as_ref();
            ring_points(ring, arcs).ok_or_else(|| GeoError::MissingArc {
                shape: id.to_owned(),
                arc: ring
                    .iter()
                    .copied()
                    .find(|r| arc_of(*r, arcs).is_none())
                    .unwrap_or(0),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(MapShape {
        id: id.to_owned(),
        kind,
        name,
        path: rings_to_path(&points),
        rings: points,
        ring_arcs: rings.iter().map(|ring| ring.as_ref().to_vec()).collect(),
        label: Point::new(label[0], label[1]),
    })
}

fn decode_arc(encoded: &[i32], precision: f64) -> Option<Vec<Point>> {
    if encoded.is_empty() || !encoded.len().is_multiple_of(2) {
        return None;
    }
    let (mut x, mut y) = (0i64, 0i64);
    Some(
        encoded
            .chunks_exact(2)
            .map(|pair| {
                x += i64::from(pair.first().copied().unwrap_or(0));
                y += i64::from(pair.get(1).copied().unwrap_or(0));
                Point::new(x as f64 / precision, y as f64 / precision)
            })
            .collect(),
    )
}

/// The points of arc reference `reference` (reversed for negative references).
fn arc_of(reference: i32, arcs: &[Vec<Point>]) -> Option<Vec<Point>> {
    if reference >= 0 {
        arcs.get(usize::try_from(reference).ok()?).cloned()
    } else {
        let mut points = arcs.get(usize::try_from(!reference).ok()?)?.clone();
        points.reverse();
        Some(points)
    }
}

/// Joins a ring's arcs, dropping each arc's first point (the previous arc's last).
fn ring_points(references: &[i32], arcs: &[Vec<Point>]) -> Option<Vec<Point>> {
    let mut ring: Vec<Point> = Vec::new();
    for &reference in references {
        let points = arc_of(reference, arcs)?;
        let skip = usize::from(!ring.is_empty());
        ring.extend(points.into_iter().skip(skip));
    }
    Some(ring)
}

impl Region {
    /// The shape with this ISO code.
    pub fn shape(&self, id: &str) -> Option<&MapShape> {
        self.shapes.iter().find(|shape| shape.id == id)
    }

    fn with_border(mut self) -> Region {
        self.border = self.shared_border("US", "MX");
        self
    }

    /// The order the base layer draws the shapes in, by index: the other countries, the
    /// `interactive` ones (the dataset's, in its order), the other states, the interactive
    /// states. The page written at build time draws them so.
    pub fn drawing_order(&self, interactive: &[usize]) -> Vec<usize> {
        let mut order = Vec::new();
        for kind in [ShapeKind::Country, ShapeKind::State] {
            let of_kind = |index: &usize| self.shapes.get(*index).is_some_and(|s| s.kind == kind);
            order.extend(
                (0..self.shapes.len())
                    .filter(|index| of_kind(index) && !interactive.contains(index)),
            );
            order.extend(interactive.iter().copied().filter(of_kind));
        }
        order
    }

    /// Whether a written base layer of `written_paths` paths was drawn from this region: one
    /// path a shape, in [`Region::drawing_order`], and the border's. The release wasm keeps
    /// that layer as the page wrote it and draws no path; a page from another outline draws
    /// no map rather than the wrong places.
    pub fn drawn_by(&self, interactive: &[usize], written_paths: usize) -> bool {
        let order = self.drawing_order(interactive);
        order.len() == self.shapes.len() && written_paths == order.len() + 1
    }

    /// Path data for the border two shapes share: the arcs both reference.
    ///
    /// Used for the US–Mexico border line; empty if they do not touch.
    pub fn shared_border(&self, a: &str, b: &str) -> String {
        let arc_indices = |id: &str| -> Vec<usize> {
            self.shape(id)
                .map(|shape| {
                    shape
                        .ring_arcs
                        .iter()
                        .flatten()
                        .filter_map(|r| usize::try_from(if *r >= 0 { *r } else { !*r }).ok())
                        .collect()
                })
                .unwrap_or_default()
        };
        let in_b = arc_indices(b);
        let shared: Vec<Vec<Point>> = arc_indices(a)
            .into_iter()
            .filter(|index| in_b.contains(index))
            .filter_map(|index| self.arcs.get(index).cloned())
            .collect();
        crate::geo::path::lines_to_path(&shared)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::projection::Laea;

    #[test]
    fn the_outline_is_the_region_without_its_geometry_and_knows_the_layer_drawn_from_it() {
        let region = embedded_region().unwrap();
        // Any interactive shapes, in any order: the dataset's, as the page draws them.
        let interactive = [5, 2, region.shapes.len() - 1];
        let order = region.drawing_order(&interactive);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            (0..region.shapes.len()).collect::<Vec<_>>(),
            "each shape once"
        );
        let outline = region_outline();
        assert_eq!(outline.shapes.len(), region.shapes.len());
        for (shape, original) in outline.shapes.iter().zip(&region.shapes) {
            assert_eq!(
                (&shape.id, shape.kind, shape.label),
                (&original.id, original.kind, original.label)
            );
            assert!(shape.path.is_empty() && !original.path.is_empty());
        }
        assert!(!region.border.is_empty());
        // A layer of one path a shape and the border's was drawn from it; a path too few or
        // one too many draws no map rather than a wrong one.
        let written = order.len() + 1;
        assert!(outline.drawn_by(&interactive, written));
        assert!(!outline.drawn_by(&interactive, written - 1));
        assert!(!outline.drawn_by(&interactive, written + 1));
        // Nor does a set of interactive shapes that is not the region's.
        assert!(!outline.drawn_by(&[2, 2], written));
    }

    fn tiny_asset() -> RegionAsset {
        // Two unit squares side by side sharing the arc x = 1 (arc 0).
        RegionAsset {
            version: 1,
            source: "test".into(),
            width: 2.0,
            height: 1.0,
            precision: 10.0,
            projection: MapProjection {
                raw: Laea {
                    lon0: 0.0,
                    lat0: 0.0,
                },
                scale: 1.0,
                tx: 0.0,
                ty: 0.0,
            },
            arcs: vec![
                vec![10, 0, 0, 10],                  // (1,0) → (1,1)
                vec![10, 10, -10, 0, 0, -10, 10, 0], // (1,1) → (0,1) → (0,0) → (1,0)
                vec![10, 0, 10, 0, 0, 10, -10, 0],   // (1,0) → (2,0) → (2,1) → (1,1)
            ],
            shapes: vec![
                AssetShape {
                    id: "AA".into(),
                    kind: ShapeKind::Country,
                    name: "A".into(),
                    rings: vec![vec![0, 1]],
                    label: [0.5, 0.5],
                },
                AssetShape {
                    id: "BB".into(),
                    kind: ShapeKind::Country,
                    name: "B".into(),
                    rings: vec![vec![2, !0]],
                    label: [1.5, 0.5],
                },
            ],
        }
    }

    #[test]
    fn decodes_rings_from_shared_arcs() {
        let region = decode(&tiny_asset()).unwrap();
        let a = &region.shapes[0].rings[0];
        assert_eq!(a.first(), a.last());
        assert_eq!(a.len(), 5);
        let b = &region.shapes[1].rings[0];
        assert_eq!(b.len(), 5);
        assert!(b.contains(&Point::new(2.0, 1.0)));
        assert!(region.shapes[0].path.starts_with('M'));
    }

    #[test]
    fn the_shared_border_is_the_common_arc() {
        let region = decode(&tiny_asset()).unwrap();
        assert_eq!(region.shared_border("AA", "BB"), "M1 0l0 1");
        assert_eq!(region.shared_border("AA", "ZZ"), "");
    }

    #[test]
    fn the_compiled_in_region_equals_the_committed_json() {
        let mut from_json = load_region(crate::geo::REGION_JSON).unwrap();
        // Names are left out of the compiled-in copy (the app names places from the dataset).
        for shape in &mut from_json.shapes {
            shape.name.clear();
        }
        assert_eq!(embedded_region().unwrap(), from_json);
    }

    #[test]
    fn bad_assets_are_errors_not_panics() {
        let mut asset = tiny_asset();
        asset.shapes[0].rings[0].push(7);
        assert!(matches!(
            decode(&asset),
            Err(GeoError::MissingArc { arc: 7, .. })
        ));
        let mut asset = tiny_asset();
        asset.arcs[1].pop();
        assert_eq!(decode(&asset), Err(GeoError::MalformedArc(1)));
        let mut asset = tiny_asset();
        asset.version = 9;
        assert_eq!(decode(&asset), Err(GeoError::Version(9)));
        assert!(matches!(load_region("{"), Err(GeoError::Syntax(_))));
    }
}
