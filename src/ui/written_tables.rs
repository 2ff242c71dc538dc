//! The tables' controls, answered by one listener on their region, and their state (the
//! selection, the sort) marked on them, whoever drew them: in the release wasm the page wrote
//! them at build time and the app keeps them as they are (`boot.rs` moves them into the app's
//! region), so it carries none of their code (issue 21: a sixth of the wasm); in a development
//! build `ui::tables` draws the same markup. On a language switch the release wasm puts in the
//! other language's tables, written beside the statement's pages
//! ([`crate::state::pages::tables_file`], [`crate::ui::written_parts`]).

use leptos::prelude::*;

use crate::data::Dataset;
use crate::state::table::{header_state, next_sort, sorted_destinations, Sort, SortKey};
use crate::state::url::Selection;
use crate::ui::elements;
use crate::ui::picture::{Format, ImageDownload};
use crate::ui::reader_state::ReaderState;

/// The tables, as the page and their files write them.
#[cfg(data_from_page)]
const TABLES: &str = "section.tables";

/// The tables' region and what is shown on it.
#[derive(Clone, Copy)]
pub struct TablesRegion {
    /// The element holding the tables (`#tables`).
    pub element: NodeRef<leptos::html::Div>,
    /// Counts the tables put in: marks are set again on new ones.
    shown: RwSignal<u32>,
    /// The flights table's sort.
    sort: RwSignal<Sort>,
}

impl TablesRegion {
    /// The region's state, its marks kept on whatever tables it holds.
    pub fn new(data: &'static Dataset, state: ReaderState) -> TablesRegion {
        let region = TablesRegion {
            element: NodeRef::new(),
            shown: RwSignal::new(0),
            sort: RwSignal::new(None),
        };
        region.mark_selection(state);
        region.mark_sort(data, state);
        #[cfg(data_from_page)]
        region.follow_language();
        region
    }

    /// The listener for a click anywhere in the region: a place's or an event's button, a
    /// column's header, "Download image".
    pub fn on_click(
        self,
        data: &'static Dataset,
        state: ReaderState,
    ) -> impl Fn(web_sys::MouseEvent) + 'static {
        let image = ImageDownload::from_context(data);
        move |event: web_sys::MouseEvent| {
            let Some(button) = crate::ui::pressed_button(&event) else {
                return;
            };
            let named = |name: &str| button.get_attribute(name);
            if let Some(id) = named("data-place") {
                state.toggle_selection(Selection::Place(id));
            } else if let Some(id) = named("data-event") {
                state.toggle_selection(Selection::Event(id));
            } else if let Some(key) = named("data-sort").as_deref().and_then(SortKey::from_key) {
                self.sort.update(|sort| *sort = Some(next_sort(*sort, key)));
            } else if let Some(format) = named("data-image").as_deref().and_then(Format::named) {
                let problem = self.find(".downloads__problem");
                if let Some(problem) = problem {
                    image.start(state, format, problem);
                }
            }
        }
    }

    /// The first element under the region that `selector` matches.
    fn find(self, selector: &str) -> Option<web_sys::Element> {
        self.element
            .get_untracked()?
            .query_selector(selector)
            .ok()?
    }

    /// Every element under the region that `selector` matches.
    fn every(self, selector: &str) -> Vec<web_sys::Element> {
        elements(
            self.element
                .get_untracked()
                .and_then(|region| region.query_selector_all(selector).ok()),
        )
    }

    /// The selection's buttons pressed and their rows marked, the others not: only the
    /// buttons that change are touched.
    fn mark_selection(self, state: ReaderState) {
        Effect::new(move |_| {
            self.shown.track();
            let selection = state.selection.get();
            for pressed in self.every("button[aria-pressed=true]") {
                press(&pressed, false);
            }
            let wanted = match &selection {
                Some(Selection::Place(id)) => format!("button[data-place=\"{id}\"]"),
                Some(Selection::Event(id)) => format!("button[data-event=\"{id}\"]"),
                None => return,
            };
            // Ids are plain words (validated), so they go into the selector as they are.
            for button in self.every(&wanted) {
                press(&button, true);
            }
        });
    }

    /// The flights' rows in the sort's order (the same elements moved, so an open source stays
    /// open), and the headers saying which sort it is.
    fn mark_sort(self, data: &'static Dataset, state: ReaderState) {
        Effect::new(move |previous: Option<Sort>| {
            self.shown.track();
            let sort = self.sort.get();
            let lang = state.lang.get();
            // Written in the source's order: nothing to move until a header is pressed.
            if sort.is_some() || previous.flatten().is_some() {
                if let Some(body) = self.find("[data-testid=flights-table] tbody") {
                    for index in sorted_destinations(data, lang, sort) {
                        let row = format!("tr[data-destination=\"{index}\"]");
                        if let Ok(Some(row)) = body.query_selector(&row) {
                            let _ = body.append_child(&row);
                        }
                    }
                }
            }
            for button in self.every("button[data-sort]") {
                let Some(key) = button
                    .get_attribute("data-sort")
                    .as_deref()
                    .and_then(SortKey::from_key)
                else {
                    continue;
                };
                let (aria, arrow) = header_state(sort, key);
                if let Some(header) = button.parent_element() {
                    let _ = header.set_attribute("aria-sort", aria);
                }
                if let Ok(Some(glyph)) = button.query_selector(".sort-button__arrow") {
                    glyph.set_text_content(Some(arrow));
                }
            }
            sort
        });
    }

    /// The tables as a written part ([`crate::ui::written_parts`]): a language switch puts
    /// in the other language's, keeping which sources were open.
    #[cfg(data_from_page)]
    fn follow_language(self) {
        use crate::ui::written_parts::{Part, WrittenParts};
        WrittenParts::add(Part {
            file: Box::new(crate::state::pages::tables_file),
            shown_lang: Box::new(move || self.find(TABLES)?.get_attribute("lang")),
            put_in: Box::new(move |tables| {
                let fits = tables.matches(TABLES).unwrap_or(false);
                if fits {
                    self.put_in(tables);
                }
                fits
            }),
        });
    }

    /// `tables` in place of the shown ones, the same sources open.
    #[cfg(data_from_page)]
    fn put_in(self, tables: web_sys::Element) {
        let Some(region) = self.element.get_untracked() else {
            return;
        };
        // A source is named by its destination's row where it has one (the flights' rows
        // may be sorted here and are in the source's order in the file), else by its place
        // among the others.
        let shown = self.every("details");
        let open: Vec<String> = shown
            .iter()
            .filter(|details| details.has_attribute("open"))
            .filter_map(|details| details_key(details, &shown))
            .collect();
        let all = elements(tables.query_selector_all("details").ok());
        for details in &all {
            if details_key(details, &all).is_some_and(|key| open.contains(&key)) {
                let _ = details.set_attribute("open", "");
            }
        }
        match self.find(TABLES) {
            Some(shown) => {
                let _ = shown.replace_with_with_node_1(&tables);
            }
            None => {
                let _ = region.append_child(&tables);
            }
        }
        self.shown.update(|count| *count += 1);
    }
}

/// What names a source's disclosure across the two languages' tables: its destination's row,
/// or its place among the disclosures outside such rows (`all`, in document order).
#[cfg(data_from_page)]
fn details_key(details: &web_sys::Element, all: &[web_sys::Element]) -> Option<String> {
    let in_row = |element: &web_sys::Element| {
        element
            .closest("tr[data-destination]")
            .ok()
            .flatten()
            .and_then(|row| row.get_attribute("data-destination"))
    };
    if let Some(destination) = in_row(details) {
        return Some(format!("destination {destination}"));
    }
    let place = all
        .iter()
        .filter(|other| in_row(other).is_none())
        .position(|other| other == details)?;
    Some(format!("source {place}"))
}

/// Sets a selection button's state, and its row's mark.
fn press(button: &web_sys::Element, pressed: bool) {
    let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
    if let Ok(Some(row)) = button.closest("tr") {
        let _ = row.class_list().toggle_with_force("row--selected", pressed);
    }
}
