//! Components, one module per family. They stay thin: logic lives in the plain modules.

pub mod data_error;
pub mod footer;
pub mod header;
pub mod map;
pub mod overview;
pub mod source_quote;
