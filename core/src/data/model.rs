//! The dataset's types, as the downloaded `corredor-dataset.json` spells them (see
//! `docs/dataset.md`); the build fills them from the statement folder (`data::statement`).
//!
//! Uncertainty is explicit: [`Quantity`] says whether a number is exact or a bound,
//! [`Networks::places_complete`] whether a list is exhaustive, [`Precision`] how precise a
//! date is, and a [`Destination`] may serve several places without crediting any alone.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::data::Day;

use crate::lang::Lang;

/// A text: borrowed from the binary when the dataset is compiled in (`build.rs`), owned when
/// it is read from JSON (tests, tools, the downloads).
pub type Str = Cow<'static, str>;

/// A list, borrowed or owned likewise.
pub type List<T> = Cow<'static, [T]>;

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The document every fact comes from.
    pub source: Source,
    /// Countries, states, cities, the crossing and the region the text names.
    pub places: List<Place>,
    /// Dated events, for the timeline.
    pub events: List<Event>,
    /// The flights by destination (the map's circles), when the statement breaks a flights
    /// total down by destination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flights: Option<Flights>,
    /// The dismantled criminal organizations, when the statement counts them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<Networks>,
    /// The statement's other figures (people, scheduled totals, year-to-date counts…), one
    /// per row of its `figures.csv`, as the text states them, in the text's order.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub figures: List<StatedFigure>,
    /// What the governments state or commit to, each with its quote, in the text's order.
    pub claims: List<Claim>,
    /// Facts from outside the statement, each with its citation. The app shows them only
    /// labelled as context, never as the statement's words.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub context: List<Context>,
}

/// A text in both languages. Spanish is the source's; English is a translation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// Spanish.
    pub es: Str,
    /// English.
    pub en: Str,
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Es => &self.es,
            Lang::En => &self.en,
        }
    }
}

/// The source document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document's title.
    pub title: Bilingual,
    /// Its date, `YYYY-MM-DD`.
    pub date: Str,
    /// The statement is known only to have been issued on or before `date` (`../` in
    /// `statement.txt`): its name says so, never "of" that day.
    #[serde(default, skip_serializing_if = "is_false")]
    pub on_or_before: bool,
    /// Where it is datelined: a place id.
    pub place: Str,
    /// The original's language tag.
    pub language: Str,
    /// The original text's path in the repository.
    pub original_file: Str,
    /// SHA-256 of the original, so a changed copy is caught.
    pub original_sha256: Str,
    /// The translation's path in the repository.
    pub translation_file: Str,
    /// Says that the translation is not official.
    pub translation_note: Bilingual,
    /// Who speaks in the text, as far as the text shows it (it names no issuer): shown under
    /// the document's name, so the reader does not take it for a joint statement.
    pub voice: Bilingual,
    /// What the statement calls the meetings and visits in its cities (`meetings_name.es` and
    /// `.en`): the map's key names the diamonds with it. None: a plain name that adds no
    /// fact ("Reuniones y lugar del comunicado").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meetings_name: Option<Bilingual>,
    /// Where our copy of the text comes from: the earliest publication we cite, or that the
    /// first publisher is unknown.
    pub provenance: Provenance,
    /// The data's version (`version:` of `statement.txt`), raised by each correction.
    pub data_version: u32,
    /// The day of the latest correction (`YYYY-MM-DD`); none for data never corrected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_updated: Option<Str>,
    /// A made-up statement that shows the format (`example: yes`): every page says so at its
    /// top, so it is never taken for news.
    #[serde(default, skip_serializing_if = "is_false")]
    pub example: bool,
}

/// One entry of a statement's corrections log (`corrections.csv`), as the log page and the
/// downloads show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The data version the change made.
    pub version: u32,
    /// When, `YYYY-MM-DD`.
    pub date: Str,
    /// The id of the figure, event, claim, context entry or place it concerns.
    pub about: Str,
    /// What changed.
    pub what: Bilingual,
    /// What readers were shown before.
    pub old: Bilingual,
    /// What they are shown now.
    pub new: Bilingual,
    /// Why.
    pub why: Bilingual,
}

/// Where the statement's text was found: what we know of its publication, and the citation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// What we know, in both languages ("the earliest copy we cite is…").
    pub text: Bilingual,
    /// The publication.
    pub citation: Citation,
}

/// What kind of place a [`Place`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A country (ISO 3166-1 alpha-2 code).
    Country,
    /// A state or province (ISO 3166-2 code).
    State,
    /// A city (ISO 3166-2 code of its entity where it has one).
    City,
    /// A named site whose nature and exact location the text does not give (no ISO code):
    /// "la Mesa de Otay II (East)" is named, never called a crossing or a port.
    Site,
    /// A cross-border region (no ISO code).
    Region,
}

/// A place the text names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Stable id, referenced by events, flights, networks and claims.
    pub id: Str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// Its name in both languages.
    pub name: Bilingual,
    /// ISO 3166-1 alpha-2 for countries, ISO 3166-2 for states and cities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso: Option<Str>,
    /// A representative point, `[longitude, latitude]` in degrees, where the map needs one.
    /// Not from the text: map placement only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<[f64; 2]>,
    /// `point` projected onto the map, `[x, y]` in map units: filled by the build
    /// (`geo::features::project_points`) and compiled in, so the wasm never projects (and
    /// links no trigonometry).
    #[serde(skip)]
    pub map_point: Option<[f64; 2]>,
}

/// How precisely the text dates an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// One day: `start` is `YYYY-MM-DD`, no `end`.
    Day,
    /// A whole month, not a day in it: `start` is `YYYY-MM`, no `end`.
    Month,
    /// A range of days: `start` and `end` are `YYYY-MM-DD`, `start <= end`.
    Range,
    /// Up to a day, from whenever the count starts ("en lo que va de 2024"): `start` is that
    /// last day, `YYYY-MM-DD`, no `end`.
    UpTo,
}

/// A date with its precision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDate {
    /// How precise the date is.
    pub precision: Precision,
    /// The day, month or first day.
    pub start: Str,
    /// The last day, for ranges only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Str>,
    /// The text gives no year: it is inferred from the statement's date. Shown with a mark
    /// (the year in brackets) and the event's `date_note` wherever the date appears.
    #[serde(default, skip_serializing_if = "is_false")]
    pub year_inferred: bool,
    /// The first and last day, parsed once: filled by `data::load` after validation and
    /// compiled in by the build, so nothing parses a date string while the reader explores.
    #[serde(skip)]
    pub days: Option<(Day, Day)>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_empty<T: Clone>(list: &List<T>) -> bool {
    list.is_empty()
}

/// What kind of event an [`Event`] is; the timeline draws each differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A highest point ("su punto más alto"): a month, not a day.
    Peak,
    /// A visit by a delegation.
    Visit,
    /// A meeting.
    Meeting,
    /// An operation over a period (the flights).
    Operation,
    /// The publication of the statement.
    Statement,
}

impl EventKind {
    /// The class its mark is drawn with on the timeline (`timeline__mark--<class>`). A visit
    /// is drawn like a meeting: both are encounters on one day.
    pub fn class(self) -> &'static str {
        match self {
            EventKind::Peak => "peak",
            EventKind::Visit | EventKind::Meeting => "meeting",
            EventKind::Operation => "operation",
            EventKind::Statement => "statement",
        }
    }
}

/// A dated event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id.
    pub id: Str,
    /// What kind of event.
    pub kind: EventKind,
    /// When, with its precision.
    pub date: EventDate,
    /// A short title.
    pub title: Bilingual,
    /// One or two sentences; nothing the quote does not support.
    pub summary: Bilingual,
    /// Place ids; empty when the text names no place.
    pub places: List<Str>,
    /// People or bodies taking part, as the text names them.
    pub participants: List<Bilingual>,
    /// The source sentence.
    pub quote: Bilingual,
    /// How the date was read from the text (e.g. an inferred year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<Bilingual>,
    /// How the places were read from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_note: Option<Bilingual>,
    /// Claim ids the text states as this event's results ("En esta reunión …").
    #[serde(default, skip_serializing_if = "is_empty")]
    pub outcomes: List<Str>,
    /// What the text says was addressed at this meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda: Option<Agenda>,
}

/// A meeting's agenda as the text lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    /// The sentence that introduces the list ("En la reunión de alto nivel abordamos:").
    pub quote: Bilingual,
    /// Claim ids, one per item of the list, in its order.
    pub items: List<Str>,
}

/// The repatriation flights.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flights {
    /// What the statement calls them, plural and lower-case ("vuelos de repatriación"):
    /// the flights table's heading, the map's key and summary say it, never a word of ours.
    pub name: Bilingual,
    /// The place id of the government that flew them.
    pub operator: Str,
    /// The event id of the flights period.
    pub event: Str,
    /// The stated total; the destinations must sum to it.
    pub total: u32,
    /// The period, a range.
    pub period: EventDate,
    /// The sentence stating the total.
    pub quote: Bilingual,
    /// One entry per line of the source's list.
    pub destinations: List<Destination>,
    /// What the source does not give (per-day split, departure airports).
    pub not_in_source: Bilingual,
    /// Why the text gives the flights, verbatim ("Como una parte importante para gestionar
    /// …"): shown beside the figure, so the reader has the text's framing and not ours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Bilingual>,
}

/// One line of the source's list of flights.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Destination {
    /// One place id, or several when one flight served several countries.
    pub places: List<Str>,
    /// Flights to this destination.
    pub flights: u32,
    /// The line of the source.
    pub quote: Bilingual,
    /// A note, e.g. for a shared flight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Bilingual>,
    /// The places the flights left from, when the text names them: a flight from several
    /// origins is one figure, never split between them.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub from: List<Str>,
    /// The day (or days) of these flights, when the text gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<EventDate>,
}

impl Destination {
    /// Whether one flight (or several) served more than one place together.
    pub fn is_shared(&self) -> bool {
        self.places.len() > 1
    }
}

/// A number as the text states it: exact, or a bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// Exactly this many.
    Exact(u32),
    /// This many or more ("al menos 10").
    AtLeast(u32),
    /// Strictly more than this many ("más de 100").
    MoreThan(u32),
    /// About this many ("unos 100", "alrededor de 100").
    About(u32),
    /// Strictly more than this fraction ("más de la mitad").
    MoreThanFraction {
        /// The fraction's numerator.
        numerator: u32,
        /// The fraction's denominator, above the numerator.
        denominator: u32,
    },
}

/// Whether a figure is done or still to come when the statement is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureStatus {
    /// Done ("ha realizado").
    Done,
    /// Scheduled ("se ha programado").
    Scheduled,
    /// Projected ("habrá llevado a cabo", "prevé").
    Projected,
}

/// What a figure counts: a unit the app names itself, or one the statement names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureUnit {
    /// Flights.
    Flights,
    /// People.
    People,
    /// Organizations.
    Organizations,
    /// The statement's own unit, with its name (plural) in both languages.
    Named(Bilingual),
}

/// A figure outside the flights and organizations blocks, as the text states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatedFigure {
    /// Its id in `figures.csv`.
    pub id: Str,
    /// What it counts.
    pub unit: FigureUnit,
    /// How many, with its bound.
    pub quantity: Quantity,
    /// Done, scheduled or projected.
    pub status: FigureStatus,
    /// When it applies, when the text says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<EventDate>,
    /// Where to (place ids).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub to: List<Str>,
    /// Where from (place ids).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub from: List<Str>,
    /// Where (place ids).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub places: List<Str>,
    /// The id of the total it is a part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<Str>,
    /// The source sentence; none for a figure known only from another publication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Bilingual>,
    /// The publication that reported it, for a figure the statement's text does not give us.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// How to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Bilingual>,
    /// How its date was read from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<Bilingual>,
}

/// The dismantled criminal organizations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Networks {
    /// How many were dismantled: a lower bound in this text.
    pub dismantled: Quantity,
    /// Where they operated.
    pub places: List<Str>,
    /// False when the text says "among other places".
    pub places_complete: bool,
    /// The sentences behind the count and the places.
    pub quotes: List<Bilingual>,
    /// The place id of the government the text credits ("Reconocemos los esfuerzos de México").
    pub credited_to: Str,
    /// The sentence that credits it.
    pub credit_quote: Bilingual,
    /// The text's own qualifier of the count, quoted ("de las … más prolíficas que …").
    pub qualifier: Bilingual,
}

/// The topic of a [`Claim`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Migration controls and their effect on flows.
    Controls,
    /// Action against smuggling networks.
    Smuggling,
    /// Repatriations.
    Repatriations,
    /// Legal pathways for migration.
    LegalPathways,
    /// Root causes of migration.
    RootCauses,
    /// The border.
    Border,
    /// The governments' framing commitments.
    Commitment,
}

/// A statement or commitment of the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Stable id.
    pub id: Str,
    /// Its topic.
    pub topic: Topic,
    /// A short title.
    pub title: Bilingual,
    /// The number it states, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
    /// The event the number is relative to (e.g. the December peak).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative_to: Option<Str>,
    /// Place ids it concerns.
    pub places: List<Str>,
    /// The source sentence.
    pub quote: Bilingual,
    /// What the text says brought it about, verbatim from `quote` (validated), so a headline
    /// states the claim with its stated cause and never in our own voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<Bilingual>,
    /// How to read it beside other figures (e.g. flights of both governments, not only the US's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Bilingual>,
}

/// A fact from outside the statement, with where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// Stable id.
    pub id: Str,
    /// Event or place ids it is shown beside.
    pub about: List<Str>,
    /// What the other source says, in both languages.
    pub text: Bilingual,
    /// Where it comes from.
    pub citation: Citation,
}

/// A public source outside the statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Who published it.
    pub publisher: Str,
    /// When: `YYYY-MM-DD` or `YYYY-MM`.
    pub date: Str,
    /// Its public address, `https://…`.
    pub url: Str,
}

/// Flights credited to one place: its own, and those it shared with other places.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FlightShare {
    /// Flights to this place alone.
    pub own: u32,
    /// Flights that served this place together with others (never counted as its own).
    pub shared: u32,
}

impl Dataset {
    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|place| place.id == id)
    }

    /// The name of place `id` in `lang`, or the id itself for a place it does not have.
    pub fn place_name<'a>(&'a self, id: &'a str, lang: crate::lang::Lang) -> &'a str {
        self.place(id)
            .map(|place| place.name.get(lang))
            .unwrap_or(id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|event| event.id == id)
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|claim| claim.id == id)
    }

    /// The context entries shown beside event or place `id`.
    pub fn context_about<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Context> + 'a {
        self.context
            .iter()
            .filter(move |context| context.about.iter().any(|about| about == id))
    }

    /// How many countries the flights went to: every place of every destination line, so
    /// "Rumania / India – 1 vuelo" counts two countries (and one flight).
    ///
    /// ```
    /// let data = corredor_core::data::load_embedded().unwrap();
    /// assert_eq!(data.destinations().len(), 11);
    /// assert_eq!(data.flight_countries(), 12);
    /// ```
    pub fn flight_countries(&self) -> usize {
        let mut ids: Vec<&str> = self
            .destinations()
            .iter()
            .flat_map(|d| d.places.iter().map(|id| &**id))
            .collect();
        crate::sorting::sort_by(&mut ids, |a, b| a.cmp(b));
        ids.dedup();
        ids.len()
    }

    /// The flights to `place_id`, keeping shared flights apart.
    ///
    /// ```
    /// let data = corredor_core::data::load_embedded().unwrap();
    /// assert_eq!(data.flights_to("guatemala").own, 36);
    /// let romania = data.flights_to("romania");
    /// assert_eq!((romania.own, romania.shared), (0, 1));
    /// ```
    pub fn flights_to(&self, place_id: &str) -> FlightShare {
        self.destinations()
            .iter()
            .filter(|destination| destination.places.iter().any(|id| id == place_id))
            .fold(FlightShare::default(), |mut share, destination| {
                if destination.is_shared() {
                    share.shared += destination.flights;
                } else {
                    share.own += destination.flights;
                }
                share
            })
    }

    /// The events that involve `place_id`.
    pub fn events_at<'a>(&'a self, place_id: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events
            .iter()
            .filter(move |event| event.places.iter().any(|id| id == place_id))
    }

    /// The sum of the destinations' flights (equal to the stated total once validated).
    pub fn flights_sum(&self) -> u32 {
        self.destinations().iter().map(|d| d.flights).sum()
    }

    /// The lines of the flights list, none when the statement gives no flights by
    /// destination.
    pub fn destinations(&self) -> &[Destination] {
        self.flights
            .as_ref()
            .map_or(&[], |flights| &flights.destinations[..])
    }
}
