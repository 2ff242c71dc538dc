//! Map geometry: the projection, the embedded regional asset, label placement and the
//! zoomable view. Plain Rust, no Leptos: everything here is tested natively.

pub mod asset;
pub mod features;
pub mod gestures;
pub mod labels;
pub mod path;
pub mod polylabel;
pub mod projection;
pub mod symbols;
pub mod view;

pub use asset::{embedded_region, load_region, MapShape, Region, ShapeKind};
pub use projection::{Laea, MapProjection, Point};
pub use view::ViewBox;

/// `value` limited to `min..=max` (to `min` when `max < min`). Unlike `f64::clamp` it never
/// panics, and so links no float formatting for a panic message into the wasm.
///
/// ```
/// use corredor_core::geo::clamp;
/// assert_eq!(clamp(5.0, 0.0, 1.0), 1.0);
/// assert_eq!(clamp(-5.0, 0.0, 1.0), 0.0);
/// assert_eq!(clamp(0.5, 2.0, 1.0), 2.0);
/// ```
pub fn clamp(value: f64, min: f64, max: f64) -> f64 {
    let low = if value < min { min } else { value };
    if low > max && max >= min {
        max
    } else {
        low
    }
}

/// `data/geo/region.json` as text: the pipeline's output, read by tests and tools. The app
/// itself uses [`embedded_region`], compiled from the same file by `build.rs`.
pub const REGION_JSON: &str = include_str!("../../../data/geo/region.json");

#[cfg(test)]
mod region_tests;
