#![recursion_limit = "256"]
//! Corredor: an embeddable map and timeline of the Mexico–US joint statement of
//! 23 January 2024 on migration.
//!
//! Pure logic lives in modules without Leptos (`data`, `geo`, `state`, `i18n`); `ui` holds
//! thin components. See `docs/architecture.md` for how data flows from the embedded files to
//! the screen.

pub mod boot;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod ui;

// The core's layers under their usual names, so components read `crate::data`, `crate::geo`….
pub use corredor_core::{data, geo, i18n, lang, number, presentation, state};

/// What the picker and the timeline know of each statement (its id and date), compiled in by
/// `build.rs`.
mod listed {
    include!(concat!(env!("OUT_DIR"), "/listing.rs"));
}
pub use listed::LISTING;

/// The statements as validated data, compiled in by `build.rs` natively and in a development
/// build. The release wasm has none: it reads the shown statement's packed data from its
/// written page, and the others' from their files when a comparison asks ([`Series`]).
#[cfg(not(data_from_page))]
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
}
#[cfg(not(data_from_page))]
pub use compiled::STATEMENTS;

/// The collection's first statement: the one the site's root pages show.
#[cfg(not(data_from_page))]
pub fn first_statement() -> &'static Dataset {
    &STATEMENTS[0].data
}

/// The folder names of the collection's statements, in its order.
pub fn statement_ids() -> Vec<&'static str> {
    LISTING.iter().map(|statement| &*statement.id).collect()
}

/// The statement a reader asked for (`?statement=`, else the page's own), by its index in
/// the collection: the first when neither names one of its statements.
pub fn statement_index(asked: Option<&str>, page: Option<&str>) -> usize {
    let find = |id: &str| LISTING.iter().position(|statement| statement.id == id);
    asked
        .and_then(find)
        .or_else(|| page.and_then(find))
        .unwrap_or(0)
}

/// The statements a reader can move between, and the one shown: for the picker and the
/// comparisons. `pinned` shows that statement alone.
#[derive(Clone, Copy)]
pub struct Series {
    /// What the picker and the timeline list of each statement, in the collection's order.
    pub listing: &'static [data::series::Listing],
    /// The one shown.
    pub current: usize,
    /// Every statement's data, for the comparisons: compiled in natively and in a development
    /// build. The release wasm has none: the build wrote the comparisons into the page (the
    /// comparison table, each place's figure in each statement).
    #[cfg(not(data_from_page))]
    pub statements: &'static [data::series::Statement],
}

impl Series {
    /// The statement shown, as its pages name it (`None`: the collection's first).
    pub fn page_statement(self) -> Option<&'static str> {
        (self.current > 0).then(|| &*self.listing[self.current].id)
    }
}

/// The folder of the shown statement's files (downloads, images, corrections log) from the
/// site's root: empty for the collection's first, `statements/<id>/` for the others.
pub fn statement_folder() -> String {
    state::pages::statement_folder(use_context::<Series>().and_then(Series::page_statement))
}

use leptos::prelude::*;

use crate::data::Dataset;
use crate::geo::{Region, ViewBox};
use crate::i18n::{Lang, Text};
use crate::state::url::ViewState;
use crate::ui::map::{MapData, MapPanel, PlaceDetails};
use crate::ui::reader_state::ReaderState;
use crate::ui::url_sync;

/// Where a reader starts: the view in the URL and the browser's preferred language.
///
/// Read from the page in the browser ([`Start::from_page`]); given as plain values when the
/// view is rendered to HTML at build time, where there is no page to read.
#[derive(Clone)]
#[cfg_attr(not(data_from_page), derive(Default))]
pub struct Start {
    /// The view the URL asks for.
    pub view: ViewState,
    /// The first of the browser's languages that Corredor speaks, if any.
    pub browser_lang: Option<Lang>,
    /// The way from the page back to the site's root (`./` on the Spanish page, `../` on
    /// `en/`…; empty in a development build, which has one page): links to the site's files
    /// (downloads, images) start with it.
    pub site_root: String,
    /// Another statement than the compiled-in ones: natively only, for the tests that render
    /// a statement folder as its built site would show it.
    #[cfg(not(target_arch = "wasm32"))]
    pub dataset: Option<&'static Dataset>,
    /// The shown statement's data, read from its written page.
    #[cfg(data_from_page)]
    pub data: &'static Dataset,
    /// The statement of the page written at build time (after `@` in its `data-page`), for a
    /// URL that names none.
    pub page_statement: Option<String>,
    /// How many paths the map's base layer draws in the page written at build time (a shape's
    /// each, then the border's): the release wasm keeps that layer as it is and so carries no
    /// geometry of its own; it only checks the layer was drawn from its outline. 0 natively.
    pub written_map_paths: usize,
}

/// The shown statement's data and its series, from the compiled-in statements; for a
/// statement folder rendered alone, as its own build would show it, a series of one.
#[cfg(not(data_from_page))]
fn compiled_series(current: usize, alone: Option<&'static Dataset>) -> (&'static Dataset, Series) {
    use data::series::{Listing, Statement};
    match alone {
        Some(data) => {
            let statements: &'static [Statement] = Box::leak(Box::new([Statement {
                id: "".into(),
                data: data.clone(),
            }]));
            let listing: &'static [Listing] = Box::leak(Box::new([Listing::of(&statements[0])]));
            let series = Series {
                listing,
                current: 0,
                statements,
            };
            (data, series)
        }
        None => {
            let series = Series {
                listing: &LISTING,
                current,
                statements: &STATEMENTS,
            };
            (&STATEMENTS[current].data, series)
        }
    }
}

/// [`Start::site_root`], for the components that link to the site's files.
#[derive(Clone)]
pub struct SiteRoot(pub String);

impl Start {
    /// The current page's query string, the browser's languages and, in the release wasm, its
    /// statement's data; an error when that data cannot be read.
    pub fn from_page() -> Result<Self, data::pack::PackError> {
        Ok(Self {
            view: ViewState::parse(&url_sync::current_query()),
            browser_lang: url_sync::browser_lang(),
            site_root: document()
                .document_element()
                .and_then(|html| html.get_attribute("data-root"))
                .unwrap_or_default(),
            #[cfg(not(target_arch = "wasm32"))]
            dataset: None,
            page_statement: document()
                .document_element()
                .and_then(|html| html.get_attribute("data-page"))
                .and_then(|page| Some(page.split_once('@')?.1.to_owned())),
            written_map_paths: written_map_paths(),
            #[cfg(data_from_page)]
            data: ui::statement_files::page_data()?,
        })
    }
}

/// How many paths the written map's base layer draws.
fn written_map_paths() -> usize {
    document()
        .query_selector_all(&format!("{} > path", ui::map::WRITTEN_BASE_LAYER))
        .map_or(0, |paths| paths.length() as usize)
}

/// The map's region, and the dataset's places as the map sees them: in the release wasm, the
/// compiled-in outline (codes, kinds, label points), whose shapes the written page draws
/// (`None`, and a message instead of the map, if its base layer was not drawn from it);
/// elsewhere (natively, in a development build, in the component tests, where no page was
/// written) decoded from the compiled-in arcs.
fn map_region(
    data: &Dataset,
    written_paths: usize,
) -> Option<(Region, Vec<geo::features::PlaceFeature>)> {
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    {
        let outline = geo::asset::region_outline();
        let features = geo::features::place_features(data, &outline);
        let interactive: Vec<usize> = features
            .iter()
            .filter_map(|feature| feature.shape)
            .collect();
        outline
            .drawn_by(&interactive, written_paths)
            .then_some((outline, features))
    }
    #[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
    {
        let _ = written_paths;
        let region = geo::embedded_region().ok()?;
        let features = geo::features::place_features(data, &region);
        Some((region, features))
    }
}

/// The whole application, laid out around the compiled-in dataset from `start`.
///
/// Building it touches neither `window` nor `document` (browser work happens in effects and
/// handlers), so the same components render to HTML at build time.
#[component]
pub fn App(start: Start) -> impl IntoView {
    let initial = start.view;
    provide_context(SiteRoot(start.site_root));
    // Choice order: `?lang=`, then the browser's languages, then Spanish (the source's).
    let detected_lang = start.browser_lang.unwrap_or(Lang::Es);
    let lang = RwSignal::new(initial.lang.unwrap_or(detected_lang));

    Effect::new(move |_| {
        // `<html lang>` follows the choice so screen readers pronounce the page correctly.
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().code());
        }
    });

    // Read once and never changed: shared as `&'static`, not as a signal. Another statement
    // is another page (the picker's links), so it never changes here either.
    let current = statement_index(
        initial.statement.as_deref(),
        start.page_statement.as_deref(),
    );
    // A statement folder to render alone: natively only.
    #[cfg(not(target_arch = "wasm32"))]
    let alone = start.dataset;
    #[cfg(all(target_arch = "wasm32", not(data_from_page)))]
    let alone = None;
    #[cfg(not(data_from_page))]
    let (data, series) = compiled_series(current, alone);
    #[cfg(data_from_page)]
    let (data, series) = (
        start.data,
        Series {
            listing: &LISTING,
            current,
        },
    );
    let current = series.current;
    provide_context(series);
    let mut initial = initial;
    // A link to this view names its statement, unless it is the first (links written before
    // the series open the first).
    if initial.statement.is_some() || current > 0 {
        initial.statement = Some(LISTING[current].id.to_string());
    }
    view! {
        <ui::header::Header lang=lang data embed=initial.embed />
        <Reader data lang detected_lang initial written_map_paths=start.written_map_paths />
    }
}

/// Everything a reader explores, sharing one state: map, details, timeline and tables.
#[component]
fn Reader(
    data: &'static Dataset,
    lang: RwSignal<Lang>,
    detected_lang: Lang,
    initial: ViewState,
    written_map_paths: usize,
) -> impl IntoView {
    // Without geometry the map is replaced by a message; the timeline and the tables still
    // work, and the details of events.
    let (region, features): (
        Option<&'static Region>,
        &'static [geo::features::PlaceFeature],
    ) = match map_region(data, written_map_paths) {
        Some((region, features)) => (
            Some(&*Box::leak(Box::new(region))),
            Box::leak(features.into_boxed_slice()),
        ),
        None => (None, &[]),
    };
    let (width, height) = region.map_or((1000.0, 1000.0), |r| (r.width, r.height));
    let full = ViewBox::full(width, height);
    let initial = initial.sanitized(data);
    let state = ReaderState::new(lang, data, full);
    state.provide();
    // Before the components that keep a part as the page wrote it add theirs.
    #[cfg(data_from_page)]
    let written = ui::written_parts::WrittenParts::provide(state);
    url_sync::apply(&initial, state, data, full);
    let embed = initial.embed;
    let current =
        Memo::new(move |_| url_sync::to_view_state(state, data, full, detected_lang, &initial));
    url_sync::sync(state, data, full, detected_lang, current);
    let theme = current.get_untracked().theme;
    Effect::new(move |_| {
        // On the root element, so the page around the app (body, scrollbars) follows too.
        if let Some(root) = document().document_element() {
            if embed {
                // The compact layout at every width (a standalone page has it on phones only,
                // set by `boot.js`).
                // (`add_2` would link another import: 1.2 KB of wasm.)
                for class in ["embed", "compact"] {
                    let _ = root.class_list().add_1(class);
                }
            }
            if theme != state::url::Theme::Auto {
                let _ = root.set_attribute("data-theme", theme.name());
            }
        }
    });

    let picture = match region {
        // The details panel lives in the map's section, so an embed can lay it over or beside
        // the map; without geometry it stands alone under the message.
        Some(region) => {
            let map = MapData {
                data,
                region,
                features,
            };
            // For "Download image", which draws the live map.
            provide_context(map);
            view! { <MapPanel map /> }.into_any()
        }
        None => view! {
            <p class="data-error" role="alert">{move || Text::MapError.in_lang(lang.get())}</p>
            <PlaceDetails data features />
        }
        .into_any(),
    };
    // In an embed the tables stay one click away, so the iframe stays short; print shows
    // them anyway (a collapsed <details> would keep them off paper).
    let tables_open = RwSignal::new(!embed);
    let toggle = embed.then(|| {
        view! {
            <ui::parts::DisclosureButton open=tables_open controls="tables" class="button button--quiet tables-toggle" test_id="tables-toggle">
                <svg class="icon icon--stroke button__icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M2 3h12v10H2zM2 7h12M2 10h12M6 3v10"></path>
                </svg>
                <span class="button__label">{ui::tr(lang, Text::ShowTables)}</span>
            </ui::parts::DisclosureButton>
        }
    });
    let region = ui::written_tables::TablesRegion::new(data, state);
    let tables = view! {
        <div id="tables" class="tables-region" class:tables-region--collapsed=move || !tables_open.get()
            node_ref=region.element on:click=region.on_click(data, state)>
            {drawn_tables(data)}
        </div>
    };
    #[cfg(data_from_page)]
    let (problem, footer) = (language_problem(written, lang), written_footer(embed));
    #[cfg(not(data_from_page))]
    let (problem, footer) = ((), view! { <ui::footer::Footer data lang embed /> });
    view! {
        <main class="page" id="content">
            {problem}
            // The tables' switch and the statements' picker sit with the share buttons, above
            // the map: one row that an embed keeps (its frame keeps its height), one click away.
            <div class="page-actions">
                <ui::embed::ShareBar data current=current.into() />
                {toggle}
                <ui::series::StatementPicker lang embed />
            </div>
            <div class="explorer">{picture}</div>
            <ui::timeline::Timeline data embed />
            {tables}
        </main>
        {footer}
        {written_details(data, features)}
    }
}

/// What a language switch could not put in, said where the reader pressed: at the top.
#[cfg(data_from_page)]
fn language_problem(
    written: ui::written_parts::WrittenParts,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <p role="status" class="data-error" data-testid="language-problem" hidden=move || written.problem.get().is_none()>
            {move || written.problem.get().map(|text| text.in_lang(lang.get()))}
        </p>
    }
}

/// None drawn: the release wasm keeps the footer its page wrote (`boot.rs` puts it back), a
/// written part that a language switch puts in again from its layout's file.
#[cfg(data_from_page)]
fn written_footer(embed: bool) {
    use ui::written_parts::{Part, WrittenParts};
    const FOOTER: &str = "footer.colophon";
    let shown = || document().query_selector(FOOTER).ok().flatten();
    WrittenParts::add(Part {
        file: Box::new(move |lang| state::pages::footer_file(lang, embed)),
        shown_lang: Box::new(move || shown()?.get_attribute("lang")),
        put_in: Box::new(move |footer| {
            let fits = footer.matches(FOOTER).unwrap_or(false);
            if let (true, Some(shown)) = (fits, shown()) {
                let _ = shown.replace_with_with_node_1(&footer);
            }
            fits
        }),
    });
}

/// Every selection's details body, written by the build for the release wasm to show.
#[cfg(not(target_arch = "wasm32"))]
fn written_details(
    data: &'static Dataset,
    features: &'static [geo::features::PlaceFeature],
) -> impl IntoView {
    ui::map::every_body(data, features)
}

/// None in the wasm: the release wasm takes the page's (`boot.rs` keeps them), a development
/// build draws the selection's body alone.
#[cfg(target_arch = "wasm32")]
fn written_details(_: &'static Dataset, _: &'static [geo::features::PlaceFeature]) {}

/// The tables, drawn where no page wrote them: natively (the build writes them from here)
/// and in a development build.
#[cfg(not(data_from_page))]
fn drawn_tables(data: &'static Dataset) -> impl IntoView {
    view! { <ui::tables::Tables data /> }
}

/// None in the release wasm: it keeps the tables its page wrote (`boot.rs` moves them into
/// the region), so it carries no code to draw them.
#[cfg(data_from_page)]
fn drawn_tables(_: &'static Dataset) -> impl IntoView {}
