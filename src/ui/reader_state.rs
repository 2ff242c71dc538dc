//! The reader's state: one set of signals shared by every component through context.

use leptos::prelude::*;

use crate::data::timeline::Status;
use crate::data::{Dataset, Day};
use crate::geo::ViewBox;
use crate::i18n::Lang;
use crate::state::url::Selection;
use crate::state::Layers;

/// The place under the pointer or with focus, and where its tooltip goes.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    /// The place's id.
    pub place: String,
    /// The tooltip's position in the map figure, px from its left and top edges.
    pub x: f64,
    pub y: f64,
}

/// The reader's whole state: what the map, the details, the timeline, the tables, the share
/// bar and the picture read and write. Provided once by the reader (`crate::Reader`) as
/// context, so components take it from there instead of passing it down.
#[derive(Clone, Copy)]
pub struct ReaderState {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// What is selected: a place or an event, shared with the timeline and the tables.
    pub selection: RwSignal<Option<Selection>>,
    /// The timeline's cursor: the map shows what had happened by this day.
    pub date: RwSignal<Day>,
    /// The visible layers.
    pub layers: RwSignal<Layers>,
    /// The visible part of the map.
    pub view: RwSignal<ViewBox>,
    /// The place under the pointer or focus, with where to show its tooltip (px in the figure).
    pub hover: RwSignal<Option<Hover>>,
    /// The drawing's width on screen, px; labels and symbols keep their screen size with it.
    pub screen_width: RwSignal<f64>,
    /// Where the flights period stands at the cursor: computed once per date change and read
    /// by every symbol, label, status line and panel that depends on it.
    pub flights_status: Memo<Status>,
}

impl ReaderState {
    /// The state a reader starts from: nothing selected, every layer on, the whole map, the
    /// timeline at its default day.
    pub fn new(lang: RwSignal<Lang>, data: &'static Dataset, full: ViewBox) -> ReaderState {
        let date = RwSignal::new(crate::data::timeline::default_day(data).unwrap_or(Day {
            year: 2024,
            month: 1,
            day: 23,
        }));
        ReaderState {
            lang,
            selection: RwSignal::new(None),
            date,
            flights_status: Memo::new(move |_| {
                crate::data::timeline::flights_status(data, date.get())
            }),
            layers: RwSignal::new(Default::default()),
            view: RwSignal::new(full),
            hover: RwSignal::new(None),
            // Until measured, assume a mid-size drawing; the first measurement replaces it.
            screen_width: RwSignal::new(640.0),
        }
    }

    /// Shares this state with every component below the current one.
    pub fn provide(self) {
        provide_context(self);
    }

    /// The state the reader provided. Every component that reads it renders inside the
    /// reader, which provides it first. (Not `expect_context`: its message formats the
    /// caller's location with `Debug`, which links about 2 KB of formatting into the wasm.)
    #[inline(never)]
    pub fn expect() -> ReaderState {
        use_context::<ReaderState>().unwrap_or_else(|| {
            panic!("a component that reads the reader's state renders outside the reader")
        })
    }

    /// Screen pixels per map unit at the current view.
    pub fn px_per_unit(&self) -> f64 {
        self.screen_width.get() / self.view.get().width
    }

    /// Selects `id`, or clears the selection if it is already selected.
    pub fn toggle(&self, id: &str) {
        self.toggle_selection(Selection::Place(id.to_owned()));
    }

    /// Selects `selection`, or clears it if it is already selected.
    pub fn toggle_selection(&self, selection: Selection) {
        self.selection.update(|current| {
            *current = if current.as_ref() == Some(&selection) {
                None
            } else {
                Some(selection)
            };
        });
    }

    /// Whether place `id` is the selection.
    pub fn is_selected(&self, id: &str) -> bool {
        self.selection
            .with(|selection| selection.as_ref().is_some_and(|s| s.is_place(id)))
    }
}
