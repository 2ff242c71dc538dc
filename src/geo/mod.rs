//! Map geometry: the projection, the embedded regional asset, label placement and the
//! zoomable view. Plain Rust, no Leptos: everything here is tested natively.

pub mod asset;
pub mod features;
pub mod labels;
pub mod map_labels;
pub mod path;
pub mod polylabel;
pub mod projection;
pub mod symbols;
pub mod view;

pub use asset::{embedded_region, load_region, MapShape, Region, ShapeKind};
pub use projection::{Laea, MapProjection, Point};
pub use view::ViewBox;

/// `data/geo/region.json` as text: the pipeline's output, read by tests and tools. The app
/// itself uses [`embedded_region`], compiled from the same file by `build.rs`.
pub const REGION_JSON: &str = include_str!("../../data/geo/region.json");

#[cfg(test)]
mod region_tests;
