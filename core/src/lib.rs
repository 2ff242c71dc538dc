//! Corredor's core: everything that needs no browser, so it builds and tests natively and the
//! build script can validate and compile the dataset in.
//!
//! The modules depend on each other one way only, lowest first (`docs/architecture.md`):
//!
//! ```text
//! lang, number, sorting → data → geo → i18n → state → presentation
//! ```
//!
//! A module never uses one to its right; `lang`, `number` and `sorting` use none. This crate depends on no Leptos, no web-sys and no
//! wasm-bindgen.

pub mod data;
pub mod geo;
pub mod i18n;
pub mod lang;
pub mod number;
pub mod presentation;
pub mod sorting;
pub mod state;
