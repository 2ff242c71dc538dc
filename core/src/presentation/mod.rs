//! What combines the lower layers for the screen: map labels from the data, the geometry, the
//! strings and the visible layers; and the audit of every interface string against the
//! statement.

pub mod audit;
pub mod corrections;
pub mod details;
pub mod embed;
pub mod map_labels;
pub mod picture;
pub mod series;
pub mod timeline;
