//! Turns the map geometry (`data/geo/region.json`) into Rust statics, so the app decodes
//! compact integer arrays instead of parsing JSON at start-up: less wasm (no JSON decoder for
//! the asset) and less start-up work. The JSON stays the committed, reviewable source; a test
//! checks that both decode to the same region.

use std::fmt::Write;

fn main() {
    // The committed asset lives at the repository's root, beside the dataset.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/geo/region.json");
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let asset: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = String::new();
    let number = |v: &serde_json::Value| {
        v.as_f64()
            .unwrap_or_else(|| panic!("{path}: expected a number, got {v}"))
    };
    let projection = &asset["projection"];
    writeln!(
        out,
        "/// Frame width, map units.\npub const WIDTH: f64 = {:?};",
        number(&asset["width"])
    )
    .unwrap();
    writeln!(
        out,
        "/// Frame height, map units.\npub const HEIGHT: f64 = {:?};",
        number(&asset["height"])
    )
    .unwrap();
    writeln!(
        out,
        "/// Integer coordinates are map units times this.\npub const PRECISION: f64 = {:?};",
        number(&asset["precision"])
    )
    .unwrap();
    writeln!(
        out,
        "/// The projection of the geometry.\npub const PROJECTION: MapProjection = MapProjection {{ raw: Laea {{ lon0: {:?}, lat0: {:?} }}, scale: {:?}, tx: {:?}, ty: {:?} }};",
        number(&projection["raw"]["lon0"]),
        number(&projection["raw"]["lat0"]),
        number(&projection["scale"]),
        number(&projection["tx"]),
        number(&projection["ty"]),
    )
    .unwrap();

    let arcs = asset["arcs"]
        .as_array()
        .unwrap_or_else(|| panic!("{path}: no arcs"));
    let mut data = Vec::new();
    let mut offsets = vec![0usize];
    for arc in arcs {
        for value in arc
            .as_array()
            .unwrap_or_else(|| panic!("{path}: an arc is not an array"))
        {
            let value = value
                .as_i64()
                .unwrap_or_else(|| panic!("{path}: arc values must be integers"));
            data.push(
                i16::try_from(value)
                    .unwrap_or_else(|_| panic!("{path}: {value} does not fit in i16")),
            );
        }
        offsets.push(data.len());
    }
    writeln!(out, "/// Every arc's delta-encoded coordinates, one after another.\npub static ARC_DATA: [i16; {}] = {:?};", data.len(), data).unwrap();
    writeln!(out, "/// Where each arc starts in `ARC_DATA` (and, last, where the data ends).\npub static ARC_OFFSETS: [u32; {}] = {:?};", offsets.len(), offsets).unwrap();

    let shapes = asset["shapes"]
        .as_array()
        .unwrap_or_else(|| panic!("{path}: no shapes"));
    writeln!(
        out,
        "/// The shapes.\npub static SHAPES: [ShapeRecord; {}] = [",
        shapes.len()
    )
    .unwrap();
    for shape in shapes {
        let kind = match shape["kind"].as_str() {
            Some("country") => "ShapeKind::Country",
            Some("state") => "ShapeKind::State",
            other => panic!("{path}: unknown shape kind {other:?}"),
        };
        let rings: Vec<String> = shape["rings"]
            .as_array()
            .unwrap_or_else(|| panic!("{path}: rings"))
            .iter()
            .map(|ring| {
                format!(
                    "&{:?}",
                    ring.as_array()
                        .unwrap_or_else(|| panic!("{path}: ring"))
                        .iter()
                        .map(|r| r.as_i64().unwrap_or(0) as i32)
                        .collect::<Vec<_>>()
                )
            })
            .collect();
        writeln!(
            out,
            "    ShapeRecord {{ id: {:?}, kind: {kind}, rings: &[{}], label: [{:?}, {:?}] }},",
            shape["id"].as_str().unwrap_or_default(),
            rings.join(", "),
            number(&shape["label"][0]),
            number(&shape["label"][1]),
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    let target =
        std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("region.rs");
    std::fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}
