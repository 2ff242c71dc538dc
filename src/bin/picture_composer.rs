//! "Download image"'s composer: a second, small wasm that `picture.js` loads on the first
//! click, so the app that every reader downloads carries none of the picture's code (issue 21:
//! 4 KB of the wasm's brotli bytes). It reads the view from the URL's own format
//! (`state::url::ViewState`, written by the app with the language and date set), the statement
//! from its packed text (`data::pack`) and composes the picture with the core
//! (`presentation::picture::view_picture`). Trunk builds it as a `worker` module (its own
//! no-modules glue, no script put into the page); it runs on the page, called by `picture.js`.

#[cfg(target_arch = "wasm32")]
mod composer {
    use corredor_core::data::pack::unpack;
    use corredor_core::geo::{asset::region_outline, features::place_features};
    use corredor_core::presentation::picture::view_picture;
    use corredor_core::state::url::ViewState;
    use wasm_bindgen::prelude::*;

    /// The picture of the view `query` gives of the statement `packed`, around `map` (the
    /// page's map as XML), as `[svg, file name]`; `None` if any of them cannot be read.
    #[wasm_bindgen]
    pub fn compose(query: &str, map: &str, packed: String, extension: &str) -> Option<Vec<String>> {
        // The statement's texts are borrowed from its packed text, kept for the module's life
        // (one picture a click; the page is closed long before this adds up).
        let data = unpack(Box::leak(packed.into_boxed_str())).ok()?;
        let features = place_features(&data, &region_outline());
        let view = ViewState::parse(query);
        let (svg, name) = view_picture(&data, &features, &view, map, extension)?;
        Some(vec![svg, name])
    }
}

/// Nothing runs at start: `picture.js` calls `compose`.
fn main() {}
