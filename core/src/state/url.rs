//! The whole view in the query string: every parameter name in one enum, a lenient parser
//! (anything unknown or malformed falls back to its default, never an error) and a formatter
//! that leaves defaults out, so shared links stay short.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use crate::data::Day;
use crate::geo::Point;
use crate::lang::Lang;
use crate::state::{Layer, Layers};

/// Every query parameter Corredor reads or writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    /// `lang=es|en`.
    Lang,
    /// `place=<place id>`: the selected place.
    Place,
    /// `event=<event id>`: the selected event.
    Event,
    /// `date=YYYY-MM-DD`: the timeline's cursor.
    Date,
    /// `layers=flights,networks,…` or `none`: the visible layers (all when absent).
    Layers,
    /// `zoom=<1–8>`: the map's zoom.
    Zoom,
    /// `center=<x>,<y>`: the map's centre, in map units.
    Center,
    /// `embed=1`: the compact layout for iframes.
    Embed,
    /// `theme=light|dark|auto`.
    Theme,
    /// `statement=<folder name>`: the statement shown (the collection's first when absent).
    Statement,
    /// `pin=1`: that statement alone, without the picker and the other statements' figures
    /// (the pinned embed: adding a statement later never changes what it shows).
    Pin,
}

impl Param {
    /// Every parameter, in the order the formatter writes them.
    pub const ALL: [Param; 11] = [
        Param::Statement,
        Param::Lang,
        Param::Place,
        Param::Event,
        Param::Date,
        Param::Layers,
        Param::Zoom,
        Param::Center,
        Param::Embed,
        Param::Theme,
        Param::Pin,
    ];

    /// The name in the query string.
    pub fn name(self) -> &'static str {
        match self {
            Param::Lang => "lang",
            Param::Place => "place",
            Param::Event => "event",
            Param::Date => "date",
            Param::Layers => "layers",
            Param::Zoom => "zoom",
            Param::Center => "center",
            Param::Embed => "embed",
            Param::Theme => "theme",
            Param::Statement => "statement",
            Param::Pin => "pin",
        }
    }

    fn from_name(name: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|param| param.name() == name)
    }
}

/// The values of `embed` that mean the compact layout (`?embed` alone too); any other value
/// means the standalone page.
pub const EMBED_ON: [&str; 3] = ["1", "true", ""];

/// What is selected: a place or an event (one at a time, shared by map, timeline and table).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    /// A place id.
    Place(String),
    /// An event id.
    Event(String),
}

impl Selection {
    /// Whether this is place `id`.
    pub fn is_place(&self, id: &str) -> bool {
        matches!(self, Selection::Place(place) if place == id)
    }

    /// Whether this is event `id`.
    pub fn is_event(&self, id: &str) -> bool {
        matches!(self, Selection::Event(event) if event == id)
    }

    /// Whether this is a place that takes part in `event`.
    pub fn is_place_of(&self, event: &crate::data::Event) -> bool {
        matches!(self, Selection::Place(place) if event.places.iter().any(|id| id == place))
    }

    /// Whether this is an event of `data` that place `id` takes part in.
    pub fn involves(&self, data: &crate::data::Dataset, id: &str) -> bool {
        match self {
            Selection::Event(event) => data
                .event(event)
                .is_some_and(|event| event.places.iter().any(|place| place == id)),
            Selection::Place(_) => false,
        }
    }
}

/// The colour scheme an embed asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's system.
    #[default]
    Auto,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The value in the query string.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The reader's whole view.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    /// The language, when the URL chooses it.
    pub lang: Option<Lang>,
    /// The selection.
    pub selection: Option<Selection>,
    /// The timeline's cursor, when not the default.
    pub date: Option<Day>,
    /// The visible layers.
    pub layers: Layers,
    /// The map's zoom, 1 (whole region) to 8.
    pub zoom: f64,
    /// The map's centre, when zoomed.
    pub center: Option<Point>,
    /// The compact embed layout.
    pub embed: bool,
    /// The colour scheme.
    pub theme: Theme,
    /// The statement, by its folder's name, when the URL names one.
    pub statement: Option<String>,
    /// That statement alone (`pin=1`).
    pub pinned: bool,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            lang: None,
            selection: None,
            date: None,
            layers: Layers::default(),
            zoom: 1.0,
            center: None,
            embed: false,
            theme: Theme::Auto,
            statement: None,
            pinned: false,
        }
    }
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Never fails: an unknown or
    /// malformed parameter is ignored (its default, or an earlier well-formed value, is kept);
    /// when a parameter is repeated, its last well-formed value wins.
    ///
    /// ```
    /// use corredor_core::state::url::{Selection, ViewState};
    /// let state = ViewState::parse("?lang=en&place=guatemala&zoom=banana&utm_source=x");
    /// assert_eq!(state.selection, Some(Selection::Place("guatemala".into())));
    /// assert_eq!(state.zoom, 1.0);
    /// ```
    pub fn parse(query: &str) -> ViewState {
        let mut state = ViewState::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(name), Some(value)) = (percent_decode(name), percent_decode(value)) else {
                continue;
            };
            let Some(param) = Param::from_name(&name) else {
                continue;
            };
            state.apply(param, value.trim());
        }
        state
    }

    fn apply(&mut self, param: Param, value: &str) {
        match param {
            Param::Lang => {
                if let Some(lang) = Lang::from_tag(value) {
                    self.lang = Some(lang);
                }
            }
            Param::Place if is_id(value) => {
                self.selection = Some(Selection::Place(value.to_owned()))
            }
            Param::Event if is_id(value) => {
                self.selection = Some(Selection::Event(value.to_owned()))
            }
            Param::Place | Param::Event => {}
            Param::Date => {
                if let Some(day) = Day::parse(value) {
                    self.date = Some(day);
                }
            }
            Param::Layers => {
                if value == "none" {
                    self.layers = Layers::NONE;
                } else {
                    let named: Vec<Layer> = value
                        .split(',')
                        .filter_map(|key| Layer::ALL.into_iter().find(|layer| layer.key() == key))
                        .collect();
                    if !named.is_empty() {
                        self.layers = named.into_iter().fold(Layers::NONE, Layers::with);
                    }
                }
            }
            Param::Zoom => {
                if let Some(zoom) = crate::number::parse(value) {
                    if zoom.is_finite() && (1.0..=crate::geo::view::MAX_ZOOM).contains(&zoom) {
                        self.zoom = zoom;
                    }
                }
            }
            Param::Center => {
                let parsed = value
                    .split_once(',')
                    .and_then(|(x, y)| Some((crate::number::parse(x)?, crate::number::parse(y)?)));
                if let Some((x, y)) = parsed.filter(|(x, y)| x.is_finite() && y.is_finite()) {
                    self.center = Some(Point::new(x, y));
                }
            }
            Param::Embed => self.embed = EMBED_ON.contains(&value),
            Param::Statement if is_id(value) => self.statement = Some(value.to_owned()),
            Param::Statement => {}
            Param::Pin => self.pinned = EMBED_ON.contains(&value),
            Param::Theme => match value {
                "auto" => self.theme = Theme::Auto,
                "light" => self.theme = Theme::Light,
                "dark" => self.theme = Theme::Dark,
                _ => {}
            },
        }
    }

    /// The query string for this state, with a leading `?`, defaults left out (empty when
    /// everything is default).
    ///
    /// ```
    /// use corredor_core::state::url::{Selection, ViewState};
    /// let state = ViewState { selection: Some(Selection::Event("blinken-visit".into())), ..ViewState::default() };
    /// assert_eq!(state.to_query(), "?event=blinken-visit");
    /// assert_eq!(ViewState::default().to_query(), "");
    /// ```
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        for param in Param::ALL {
            let value = match param {
                Param::Lang => self.lang.map(|lang| lang.code().to_owned()),
                Param::Place => match &self.selection {
                    Some(Selection::Place(id)) => Some(id.clone()),
                    _ => None,
                },
                Param::Event => match &self.selection {
                    Some(Selection::Event(id)) => Some(id.clone()),
                    _ => None,
                },
                Param::Date => self.date.map(Day::iso),
                Param::Layers => (self.layers != Layers::default()).then(|| {
                    let on: Vec<&str> = Layer::ALL
                        .into_iter()
                        .filter(|l| self.layers.shows(*l))
                        .map(Layer::key)
                        .collect();
                    if on.is_empty() {
                        "none".to_owned()
                    } else {
                        on.join(",")
                    }
                }),
                Param::Zoom => (self.zoom != 1.0).then(|| crate::number::fixed(self.zoom, 2)),
                Param::Center => self.center.map(|c| {
                    format!(
                        "{},{}",
                        crate::number::fixed(c.x, 1),
                        crate::number::fixed(c.y, 1)
                    )
                }),
                Param::Embed => self.embed.then(|| "1".to_owned()),
                Param::Theme => (self.theme != Theme::Auto).then(|| self.theme.name().to_owned()),
                Param::Statement => self.statement.clone(),
                Param::Pin => self.pinned.then(|| "1".to_owned()),
            };
            if let Some(value) = value {
                pairs.push(format!("{}={value}", param.name()));
            }
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

impl ViewState {
    /// This view with references to places or events `data` does not have dropped and the
    /// date clamped to the statement's span: a shared link from another build, or a typo,
    /// opens the nearest view that exists.
    pub fn sanitized(mut self, data: &crate::data::Dataset) -> ViewState {
        let known = match &self.selection {
            Some(Selection::Place(id)) => data.place(id).is_some(),
            Some(Selection::Event(id)) => data.event(id).is_some(),
            None => true,
        };
        if !known {
            self.selection = None;
        }
        if let (Some(day), Some(span)) = (self.date, crate::data::timeline::Span::of(data)) {
            self.date = Some(span.clamp(day));
        }
        self
    }
}

/// The zoom and centre to write for the visible part `view` of the map `full`: 1 and none
/// for the whole map, else rounded (zoom to 0.01, the centre to 0.1 map units), so a link
/// stays short and reopens the same view.
pub fn written_zoom(view: crate::geo::ViewBox, full: &crate::geo::ViewBox) -> (f64, Option<Point>) {
    let zoom = view.zoom(full);
    if (zoom - 1.0).abs() <= 1e-6 {
        return (1.0, None);
    }
    let center = view.center();
    (
        (zoom * 100.0).round() / 100.0,
        Some(Point::new(
            (center.x * 10.0).round() / 10.0,
            (center.y * 10.0).round() / 10.0,
        )),
    )
}

/// Ids are lowercase ASCII letters, digits and hyphens: anything else is not one of ours.
fn is_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Decodes `%XX` and `+`; `None` for a malformed escape or invalid UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b'%' => {
                let hex = text.get(index + 1..index + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                index += 3;
            }
            b'+' => {
                out.push(b' ');
                index += 1;
            }
            other => {
                out.push(other);
                index += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn id() -> impl Strategy<Value = String> {
        "[a-z][a-z0-9-]{0,20}"
    }

    fn selection() -> impl Strategy<Value = Option<Selection>> {
        prop_oneof![
            Just(None),
            id().prop_map(|i| Some(Selection::Place(i))),
            id().prop_map(|i| Some(Selection::Event(i)))
        ]
    }

    fn state() -> impl Strategy<Value = ViewState> {
        (
            prop_oneof![Just(None), Just(Some(Lang::Es)), Just(Some(Lang::En))],
            selection(),
            proptest::option::of(-20_000i64..40_000),
            0u8..16,
            100u32..=800,
            proptest::option::of((0i32..10_000, 0i32..12_520)),
            any::<bool>(),
            prop_oneof![Just(Theme::Auto), Just(Theme::Light), Just(Theme::Dark)],
            proptest::option::of(id()),
            any::<bool>(),
        )
            .prop_map(
                |(
                    lang,
                    selection,
                    date,
                    layer_bits,
                    zoom,
                    center,
                    embed,
                    theme,
                    statement,
                    pinned,
                )| ViewState {
                    lang,
                    selection,
                    date: date
                        .map(Day::from_days_since_epoch)
                        .filter(|d| (0..=9999).contains(&d.year)),
                    layers: Layer::ALL
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| layer_bits & (1 << i) != 0)
                        .fold(Layers::NONE, |layers, (_, layer)| layers.with(layer)),
                    zoom: f64::from(zoom) / 100.0,
                    center: center
                        .map(|(x, y)| Point::new(f64::from(x) / 10.0, f64::from(y) / 10.0)),
                    embed,
                    theme,
                    statement,
                    pinned,
                },
            )
    }

    /// `None` (use the value the formatter writes) or a malformed value.
    fn written_or_junk() -> impl Strategy<Value = Option<String>> {
        prop_oneof![
            3 => Just(None),
            1 => "[a-zA-Z0-9%<>.,-]{0,6}".prop_map(Some),
        ]
    }

    /// The value `param` has in `query`, as the formatter wrote it.
    fn value_of(param: Param, query: &str) -> Option<String> {
        query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(name, _)| *name == param.name())
            .map(|(_, value)| value.to_owned())
    }

    fn is_selection(param: Param) -> bool {
        matches!(param, Param::Place | Param::Event)
    }

    /// Two different well-formed values of `param`.
    fn sentinels(param: Param) -> (&'static str, &'static str) {
        match param {
            Param::Lang => ("es", "en"),
            Param::Place | Param::Event => ("a", "b"),
            Param::Date => ("2024-01-01", "2024-01-02"),
            Param::Layers => ("flights", "networks"),
            Param::Zoom => ("2", "3"),
            Param::Center => ("1,1", "2,2"),
            Param::Embed => ("1", "0"),
            Param::Theme => ("light", "dark"),
            Param::Statement => ("a", "b"),
            Param::Pin => ("1", "0"),
        }
    }

    /// What `value` leaves after an earlier `param`: the same state whichever well-formed
    /// value came before it when it is well-formed itself; `None` when it is ignored.
    fn read_after(param: Param, value: &str) -> Option<ViewState> {
        let (a, b) = sentinels(param);
        let name = param.name();
        let after_a = ViewState::parse(&format!("{name}={a}&{name}={value}"));
        let after_b = ViewState::parse(&format!("{name}={b}&{name}={value}"));
        (after_a == after_b).then_some(after_a)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn every_valid_state_round_trips(state in state()) {
            let query = state.to_query();
            prop_assert_eq!(ViewState::parse(&query), state);
        }

        #[test]
        fn any_text_parses_without_panicking(text in ".{0,120}") {
            let _ = ViewState::parse(&text);
        }

        /// Queries made of real parameter names, each with a value the formatter writes or a
        /// malformed one, repeated and in any order: what is read writes back to itself, and
        /// each parameter takes its last well-formed value.
        #[test]
        fn real_parameters_round_trip_and_the_last_well_formed_value_wins(
            pairs in proptest::collection::vec(
                (proptest::sample::select(Param::ALL.to_vec()), state(), written_or_junk()),
                1..8,
            )
        ) {
            let pairs: Vec<(Param, String)> = pairs
                .into_iter()
                .map(|(param, state, junk)| {
                    let value = junk.unwrap_or_else(|| value_of(param, &state.to_query()).unwrap_or_default());
                    (param, value)
                })
                .collect();
            let query = pairs
                .iter()
                .map(|(param, value)| format!("{}={value}", param.name()))
                .collect::<Vec<_>>()
                .join("&");
            let state = ViewState::parse(&query);
            prop_assert_eq!(ViewState::parse(&state.to_query()), state.clone());
            for param in Param::ALL {
                // The last occurrence that is well-formed decides.
                let decisive = pairs
                    .iter()
                    .rev()
                    // Place and event write one selection: either can override the other.
                    .filter(|(p, _)| *p == param || (is_selection(*p) && is_selection(param)))
                    .find_map(|(p, value)| read_after(*p, value));
                if let Some(expected) = decisive {
                    let written = |s: &ViewState| match param {
                        Param::Place | Param::Event => format!("{:?}", s.selection),
                        _ => value_of(param, &s.to_query()).unwrap_or_default(),
                    };
                    prop_assert_eq!(written(&state), written(&expected), "{} in {}", param.name(), query);
                }
            }
        }

        #[test]
        fn junk_around_valid_parameters_is_ignored(junk in "[a-z_]{1,8}=[^&#]{0,10}", state in state()) {
            let query = state.to_query();
            let noisy = if query.is_empty() { format!("?{junk}") } else { format!("{query}&{junk}") };
            let names: Vec<&str> = Param::ALL.iter().map(|p| p.name()).collect();
            prop_assume!(!names.contains(&junk.split('=').next().unwrap_or("")));
            prop_assert_eq!(ViewState::parse(&noisy), state);
        }
    }

    #[test]
    fn malformed_values_fall_back_to_defaults() {
        let state = ViewState::parse(
            "lang=fr&place=<script>&date=2024-02-30&zoom=99&center=1,x&layers=bogus&theme=neon",
        );
        assert_eq!(state, ViewState::default());
        assert_eq!(
            ViewState::parse("%zz=1&place=%E0%A4%A"),
            ViewState::default()
        );
    }

    #[test]
    fn a_repeated_parameter_takes_its_last_well_formed_value() {
        assert_eq!(ViewState::parse("lang=es&lang=en").lang, Some(Lang::En));
        assert_eq!(ViewState::parse("lang=en&lang=xx").lang, Some(Lang::En));
        assert_eq!(ViewState::parse("theme=dark&theme=neon").theme, Theme::Dark);
        assert_eq!(ViewState::parse("theme=dark&theme=auto").theme, Theme::Auto);
        assert_eq!(ViewState::parse("zoom=2&zoom=3").zoom, 3.0);
    }

    #[test]
    fn layers_none_and_a_subset() {
        assert_eq!(ViewState::parse("layers=none").layers, Layers::NONE);
        let subset = ViewState::parse("layers=networks,flights").layers;
        assert!(
            subset.shows(Layer::Flights)
                && subset.shows(Layer::Networks)
                && !subset.shows(Layer::Meetings)
        );
    }

    #[test]
    fn every_parameter_name_is_distinct() {
        let mut names: Vec<&str> = Param::ALL.iter().map(|p| p.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Param::ALL.len());
    }

    #[test]
    fn a_view_of_places_and_days_the_statement_lacks_opens_the_nearest_view_that_exists() {
        let data = crate::data::load_embedded().unwrap();
        let unknown = ViewState::parse("place=atlantis&date=2030-01-01").sanitized(&data);
        assert_eq!(unknown.selection, None);
        let span = crate::data::timeline::Span::of(&data).unwrap();
        assert_eq!(
            unknown.date,
            Some(span.clamp(Day::parse("2030-01-01").unwrap()))
        );
        assert_ne!(unknown.date, Day::parse("2030-01-01"));
        let known = ViewState::parse("place=honduras&event=no-such-event").sanitized(&data);
        assert_eq!(
            known.selection, None,
            "the last selection named wins, and is unknown"
        );
        let honduras = ViewState::parse("place=honduras").sanitized(&data);
        assert_eq!(
            honduras.selection,
            Some(Selection::Place("honduras".into()))
        );
    }

    #[test]
    fn the_whole_map_writes_no_zoom_and_a_zoomed_view_writes_it_rounded() {
        let full = crate::geo::ViewBox::full(1000.0, 800.0);
        assert_eq!(written_zoom(full, &full), (1.0, None));
        let zoomed = crate::geo::ViewBox::centered(Point::new(412.345, 300.06), 2.3456, &full);
        let (zoom, center) = written_zoom(zoomed, &full);
        assert_eq!(zoom, 2.35);
        assert_eq!(center, Some(Point::new(412.3, 300.1)));
    }

    #[test]
    fn a_selection_knows_what_it_is_and_what_it_involves() {
        let data = crate::data::load_embedded().unwrap();
        let meeting = data
            .events
            .iter()
            .find(|event| !event.places.is_empty())
            .unwrap();
        let place = meeting.places[0].to_string();
        let selected_place = Selection::Place(place.clone());
        assert!(selected_place.is_place(&place) && !selected_place.is_event(&place));
        assert!(selected_place.is_place_of(meeting));
        assert!(
            !selected_place.involves(&data, &place),
            "a place involves no place"
        );
        let selected_event = Selection::Event(meeting.id.to_string());
        assert!(selected_event.is_event(&meeting.id) && !selected_event.is_place(&meeting.id));
        assert!(selected_event.involves(&data, &place));
        assert!(!selected_event.involves(&data, "atlantis"));
        assert!(!Selection::Event("no-such-event".into()).involves(&data, &place));
    }
}
