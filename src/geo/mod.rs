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

pub use asset::{load_region, MapShape, Region, ShapeKind};
pub use projection::{Laea, MapProjection, Point};
pub use view::ViewBox;

/// `data/geo/region.json`, embedded at compile time (see `data/geo/README.md`).
pub const REGION_JSON: &str = include_str!("../../data/geo/region.json");

#[cfg(test)]
mod region_tests;
