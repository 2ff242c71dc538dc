//! The app renders to HTML natively, without a browser: the same components as in the
//! browser, building nothing from `window` or `document` (issue 13's build-time page).
#![cfg(not(target_arch = "wasm32"))]

use corredor::i18n::{facts, Lang, Text};
use corredor::prerender::default_view;

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_default_view_renders_the_map_the_figures_and_the_tables_in_spanish() {
    let html = default_view(Lang::Es);
    let region = corredor::geo::embedded_region().unwrap();
    // Every shape of the region, as on screen.
    assert_eq!(
        count(&html, " class=\"shape "),
        region.shapes.len(),
        "one path per shape"
    );
    assert_eq!(count(&html, "class=\"border-us-mx\""), 1);
    let destinations = corredor::DATASET
        .flights
        .destinations
        .iter()
        .filter(|d| !d.is_shared())
        .count();
    assert_eq!(count(&html, "data-testid=\"flight-symbol\""), destinations);
    assert!(html.contains("data-testid=\"flights-table\""));
    // The total row of the flights table.
    assert!(html.contains(">79</td>"), "the total of 79 flights");
    assert!(html.contains(&facts::document_name(&corredor::DATASET, Lang::Es)));
}

#[test]
fn the_english_render_has_no_spanish_interface_text() {
    let html = default_view(Lang::En);
    assert!(html.contains(&facts::document_name(&corredor::DATASET, Lang::En)));
    let spanish: Vec<&str> = Text::ALL
        .iter()
        .map(|text| text.in_lang(Lang::Es))
        // The switch names the other language in that language, on purpose.
        .filter(|es| {
            *es != Text::SwitchLanguage.in_lang(Lang::Es)
                && Text::ALL.iter().all(|t| t.in_lang(Lang::En) != *es)
        })
        .filter(|es| html.contains(&format!(">{es}<")))
        .collect();
    assert_eq!(spanish, Vec::<&str>::new());
}

#[test]
fn rendering_twice_gives_the_same_page() {
    assert_eq!(default_view(Lang::Es), default_view(Lang::Es));
}
