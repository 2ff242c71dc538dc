//! Reading a statement's folder: every file, every row, every check, with each problem
//! located; then the app's [`Dataset`] where this build's views can show it.

use std::collections::BTreeSet;

use serde::de::DeserializeOwned;

use crate::data::error::{Expected, Problem};
use crate::data::model::*;
use crate::data::statement::corrections::{self, Correction};
use crate::data::statement::dataset::{app_figures, Origins};
use crate::data::statement::figures::{self, Figure, Unit};
use crate::data::statement::metadata::{self, Metadata};
use crate::data::statement::nearest::{closest_passage, nearest};
use crate::data::statement::sheet::{self, utf8, Columns, Row, Sheet};
use crate::data::statement::{files, Folder, Gazetteer, Located, Location};
use crate::data::validate::{citation_complete, validate_parts, SourceTexts};
use crate::data::Day;
use crate::lang::Lang;

/// The gazetteer's columns.
pub const PLACE_COLUMNS: Columns = Columns {
    required: &["id", "kind", "name_es", "name_en"],
    optional: &["iso", "longitude", "latitude"],
};

/// `events.csv`'s columns.
pub const EVENT_COLUMNS: Columns = Columns {
    required: &[
        "id",
        "kind",
        "date",
        "title_es",
        "title_en",
        "summary_es",
        "summary_en",
        "quote_es",
        "quote_en",
    ],
    optional: &[
        "year_inferred",
        "places",
        "participants_es",
        "participants_en",
        "date_note_es",
        "date_note_en",
        "place_note_es",
        "place_note_en",
        "outcomes",
        "agenda_quote_es",
        "agenda_quote_en",
        "agenda_items",
    ],
};

/// `claims.csv`'s columns.
pub const CLAIM_COLUMNS: Columns = Columns {
    required: &[
        "id", "topic", "title_es", "title_en", "quote_es", "quote_en",
    ],
    optional: &[
        "quantity",
        "value",
        "denominator",
        "relative_to",
        "places",
        "cause_es",
        "cause_en",
        "note_es",
        "note_en",
    ],
};

/// `context.csv`'s columns.
pub const CONTEXT_COLUMNS: Columns = Columns {
    required: &[
        "id",
        "about",
        "text_es",
        "text_en",
        "cited_publisher",
        "cited_date",
        "cited_url",
    ],
    optional: &[],
};

/// What reading a folder gives.
#[derive(Debug, Default)]
pub struct Reading {
    /// The statement's id (`id:` in `statement.txt`).
    pub id: String,
    /// Its data version (`version:`).
    pub version: Option<u32>,
    /// The app's dataset, when the figures fit this build's views (see `not_shown`).
    pub dataset: Option<Dataset>,
    /// The statement's figures, in their file's order.
    pub figures: Vec<Figure>,
    /// The corrections log, in its order.
    pub corrections: Vec<Correction>,
    /// Every problem of the statement, in file order.
    pub problems: Vec<Located>,
    /// The figures this build's views cannot show yet (and, for a worked example, that no
    /// build shows it).
    pub not_shown: Vec<Located>,
}

/// Reads everything; see [`super::check`] and [`super::load`].
pub fn read(gazetteer: Gazetteer, folder: Folder) -> Reading {
    let mut problems = Vec::new();
    let mut origins = Origins::default();
    // Ids of rows that could not be read: references to them are not reported again.
    let mut unread = BTreeSet::new();

    let metadata_file = folder.label(files::METADATA);
    // Without a readable file, every key is reported missing at its first line.
    let unreadable = Metadata {
        file: metadata_file.clone(),
        entries: Vec::new(),
    };
    let metadata = match folder.file(files::METADATA) {
        None => {
            problems.push(missing_file(&folder, files::METADATA));
            unreadable
        }
        Some(bytes) => match utf8(&metadata_file, bytes) {
            Ok(text) => metadata::parse(&metadata_file, &text, &mut problems),
            Err(problem) => {
                problems.push(problem);
                unreadable
            }
        },
    };
    let meta = Meta {
        metadata: &metadata,
    };
    let language = meta.value("language", &mut problems).and_then(|entry| {
        let lang = match entry.value.as_str() {
            "es" => Some(Lang::Es),
            "en" => Some(Lang::En),
            _ => None,
        };
        if lang.is_none() {
            problems.push(bad(entry.at.clone(), &entry.value, Expected::Language));
        }
        lang
    });
    // A statement known only from other publications has no text: neither key. Its figures
    // are then cited, never quoted.
    let has_text = metadata.entry("original").is_some() || metadata.entry("translation").is_some();
    let (original, translation) = if has_text {
        (
            meta.text_file(&folder, "original", &mut problems),
            meta.text_file(&folder, "translation", &mut problems),
        )
    } else {
        (None, None)
    };
    let (es, en) = match language {
        Some(Lang::En) => (translation.clone(), original.clone()),
        _ => (original.clone(), translation.clone()),
    };
    let (es, en) = (es.unwrap_or_default(), en.unwrap_or_default());
    let sources = SourceTexts { es: &es, en: &en };
    let mut source = meta.source(&folder, has_text, &mut origins, &mut problems);
    // "../2024-01-26": issued on or before that day (the day itself is not known).
    let statement_date = metadata
        .entry("date")
        .and_then(|entry| Day::parse(entry.value.strip_prefix("../").unwrap_or(&entry.value)));
    if let Some(entry) = metadata.entry("version") {
        if figures::count(&entry.value).is_none_or(|version| version == 0) {
            problems.push(bad(entry.at.clone(), &entry.value, Expected::Version));
        }
    }

    let gazetteer_places = read_places(gazetteer, &mut problems);
    let known_places: Vec<&str> = gazetteer_places.iter().map(|(p, _)| &*p.id).collect();

    let open =
        |name: &str, columns: Columns, required: bool, problems: &mut Vec<Located>| match folder
            .file(name)
        {
            Some(bytes) => Sheet::open(&folder.label(name), bytes, columns, problems),
            None => {
                if required {
                    problems.push(missing_file(&folder, name));
                }
                None
            }
        };
    let problems_before_tables = problems.len();
    let mut found = Found {
        origins: &mut origins,
        problems: &mut problems,
        unread: &mut unread,
    };
    let sheet = open(files::FIGURES, figures::COLUMNS, true, found.problems);
    let figures: Vec<Figure> = found.rows(sheet, "figures", &|row, _, _, problems| {
        figures::read(row, problems)
    });
    let sheet = open(files::EVENTS, EVENT_COLUMNS, false, found.problems);
    let events = found.rows(sheet, "events", &read_event);
    let sheet = open(files::CLAIMS, CLAIM_COLUMNS, false, found.problems);
    let claims = found.rows(sheet, "claims", &read_claim);
    let sheet = open(files::CONTEXT, CONTEXT_COLUMNS, false, found.problems);
    let context = found.rows(sheet, "context", &read_context);

    let version = metadata
        .entry("version")
        .and_then(|entry| figures::count(&entry.value));
    let log = corrections::read_all(
        &folder.label(files::CORRECTIONS),
        folder.file(files::CORRECTIONS),
        &mut problems,
    );
    corrections::check(&log, version, &mut problems);
    source.data_version = version.unwrap_or_default();
    source.data_updated = log
        .iter()
        .map(|c| c.date)
        .max()
        .map(|day| Str::Owned(day.iso()));
    // A table that could not be read leaves its ids unknown: the log's references to them
    // would only repeat its problem.
    let tables_read = !problems
        .get(problems_before_tables..)
        .unwrap_or_default()
        .iter()
        .any(|p| {
            matches!(
                p.problem,
                Problem::NotUtf8
                    | Problem::UnterminatedQuote
                    | Problem::EmptyTable
                    | Problem::MissingFile { .. }
                    | Problem::UnknownColumn { .. }
                    | Problem::MissingColumn { .. }
                    | Problem::Repeated { .. }
            )
        });
    for correction in log.iter().filter(|_| tables_read) {
        let known = figures.iter().any(|f| f.id == correction.about)
            || events.iter().any(|e| *e.id == *correction.about)
            || claims.iter().any(|c| *c.id == *correction.about)
            || context.iter().any(|c| *c.id == *correction.about)
            || known_places.contains(&correction.about.as_str())
            || unread.contains(&correction.about);
        if !known {
            problems.push(Located::new(
                correction.at.clone(),
                Problem::UnknownSubject {
                    id: correction.about.clone(),
                },
            ));
        }
    }

    figures::check(&figures, statement_date, &mut problems);
    for figure in &figures {
        check_figure(
            figure,
            &Refs {
                places: &known_places,
                events: &events,
                metadata: &metadata,
                sources: &sources,
                unread: &unread,
            },
            &mut problems,
        );
    }

    let app = app_figures(&figures, &metadata, &mut origins);
    // The places the statement names, in the gazetteer's order.
    let mut named: BTreeSet<&str> = BTreeSet::new();
    named.insert(&source.place);
    for figure in &figures {
        for (_, ids) in figures::place_columns(figure) {
            named.extend(ids.iter().map(|id| &**id));
        }
        named.extend(figure.by.as_deref());
    }
    for event in &events {
        named.extend(event.places.iter().map(|id| &**id));
    }
    for claim in &claims {
        named.extend(claim.places.iter().map(|id| &**id));
    }
    for entry in &context {
        named.extend(entry.about.iter().map(|id| &**id));
    }
    let mut places = Vec::new();
    for (place, at) in &gazetteer_places {
        if named.contains(&*place.id) {
            origins.row(&format!("places[{}]", places.len()), at.clone());
            places.push(place.clone());
        }
    }
    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        source,
        places: List::Owned(places),
        events: List::Owned(events),
        flights: app.flights.clone(),
        networks: app.networks.clone(),
        figures: List::Owned(app.figures.clone()),
        claims: List::Owned(claims),
        context: List::Owned(context),
    };
    let shown = app.not_shown.is_empty();
    for error in validate_parts(&dataset, &sources, shown) {
        let Some((at, text)) = origins.locate(&error.path) else {
            continue;
        };
        let problem = match error.problem {
            Problem::QuoteNotInSource { .. } if !has_text => Problem::NoSourceText,
            Problem::QuoteNotInSource { lang } => quote_problem(&sources, lang, text),
            Problem::UnknownPlace { id } => Problem::UnknownPlaceNear {
                nearest: nearest(&id, known_places.iter().copied()),
                id,
            },
            // The figures' own check reports it, with the total's id.
            Problem::FlightsDoNotSum { .. } => continue,
            Problem::UnknownEvent { ref id }
            | Problem::UnknownClaim { ref id }
            | Problem::UnknownSubject { ref id }
                if unread.contains(id) =>
            {
                continue
            }
            // The places list keeps only the places the statement names, so a missing one
            // is reported where it is named, never as a gap in the gazetteer.
            other => other,
        };
        problems.push(Located::new(at, problem));
    }

    // One problem found by two checks is reported once; all in file order.
    let mut unique: Vec<Located> = Vec::new();
    for problem in problems {
        if !unique.contains(&problem) {
            unique.push(problem);
        }
    }
    unique.sort_by(|a, b| a.at.cmp(&b.at));
    let mut not_shown = app.not_shown;
    not_shown.sort_by(|a, b| a.at.cmp(&b.at));
    Reading {
        id: metadata
            .entry("id")
            .map(|entry| entry.value.clone())
            .unwrap_or_default(),
        version,
        corrections: log,
        dataset: (shown && not_shown.is_empty())
            .then(|| crate::data::validate::with_parsed_dates(dataset)),
        figures,
        problems: unique,
        not_shown,
    }
}

/// Reads one row of a table into its item, at its JSON path, recording where its cells are.
type RowReader<'r, T> = &'r dyn Fn(&Row, &str, &mut Origins, &mut Vec<Located>) -> Option<T>;

/// What reading the tables gathers besides their items.
struct Found<'f> {
    origins: &'f mut Origins,
    problems: &'f mut Vec<Located>,
    /// Ids of rows that could not be read: references to them are not reported again.
    unread: &'f mut BTreeSet<String>,
}

impl Found<'_> {
    /// Each row of `sheet` read by `reader`, in order; a row that cannot be read is reported
    /// and its id noted.
    fn rows<T>(&mut self, sheet: Option<Sheet>, list: &str, reader: RowReader<'_, T>) -> Vec<T> {
        let mut read = Vec::new();
        for row in sheet.iter().flat_map(Sheet::rows) {
            let path = format!("{list}[{}]", read.len());
            match reader(&row, &path, self.origins, self.problems) {
                Some(item) => read.push(item),
                None => note_unread(&row, self.unread),
            }
        }
        read
    }
}

fn note_unread(row: &Row, unread: &mut BTreeSet<String>) {
    if let Some(id) = row.text("id") {
        unread.insert(id.to_owned());
    }
}

fn missing_file(folder: &Folder, name: &str) -> Located {
    Located::new(
        Location::new(&folder.label(name), 1, 1),
        Problem::MissingFile {
            name: folder.label(name),
        },
    )
}

fn bad(at: Location, value: &str, expected: Expected) -> Located {
    Located::new(
        at,
        Problem::BadValue {
            value: sheet::shorten(value),
            expected,
        },
    )
}

/// The problem for a quote not found verbatim: with the closest passage when there is one.
fn quote_problem(sources: &SourceTexts, lang: Lang, quote: Option<&str>) -> Problem {
    let source = match lang {
        Lang::Es => sources.es,
        Lang::En => sources.en,
    };
    match quote.and_then(|quote| closest_passage(source, quote)) {
        Some((closest, differs_at)) => Problem::QuoteNotVerbatim {
            lang,
            closest: excerpt(&closest, differs_at),
            differs_at,
        },
        None => Problem::QuoteNotInSource { lang },
    }
}

/// A long passage cut to the 40 characters either side of where it differs, so the message
/// shows the slip.
fn excerpt(passage: &str, differs_at: usize) -> String {
    let chars: Vec<char> = passage.chars().collect();
    if chars.len() <= 100 {
        return passage.to_owned();
    }
    let from = differs_at.saturating_sub(41);
    let to = (differs_at + 40).min(chars.len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.extend(chars.get(from..to).unwrap_or_default());
    if to < chars.len() {
        out.push('…');
    }
    out
}

/// Reads an enum by its snake_case name, as the JSON schema spells it.
fn named<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
}

struct Meta<'m> {
    metadata: &'m Metadata,
}

impl Meta<'_> {
    fn value(&self, key: &str, problems: &mut Vec<Located>) -> Option<&metadata::Entry> {
        let entry = self
            .metadata
            .entry(key)
            .filter(|entry| !entry.value.is_empty());
        if entry.is_none() {
            problems.push(Located::new(
                self.metadata
                    .entry(key)
                    .map_or_else(|| self.metadata.top(), |entry| entry.at.clone()),
                Problem::Missing {
                    name: key.to_owned(),
                },
            ));
        }
        entry
    }

    fn string(
        &self,
        key: &str,
        origins: &mut Origins,
        path: &str,
        problems: &mut Vec<Located>,
    ) -> Str {
        match self.value(key, problems) {
            Some(entry) => {
                origins.text(path, entry.at.clone(), &entry.value);
                Str::Owned(entry.value.clone())
            }
            None => Str::Borrowed(""),
        }
    }

    fn bilingual(
        &self,
        key: &str,
        origins: &mut Origins,
        path: &str,
        problems: &mut Vec<Located>,
    ) -> Bilingual {
        let [es, en] = Lang::ALL.map(|lang| {
            self.string(
                &format!("{key}.{}", lang.code()),
                origins,
                &format!("{path}.{}", lang.code()),
                problems,
            )
        });
        if let Some(entry) = self.metadata.entry(&format!("{key}.es")) {
            origins.row(path, entry.at.clone());
        }
        Bilingual { es, en }
    }

    /// The text file named by `key`, read as UTF-8.
    fn text_file(&self, folder: &Folder, key: &str, problems: &mut Vec<Located>) -> Option<String> {
        let entry = self.value(key, problems)?;
        match folder.file(&entry.value) {
            None => {
                problems.push(Located::new(
                    entry.at.clone(),
                    Problem::MissingFile {
                        name: folder.label(&entry.value),
                    },
                ));
                None
            }
            Some(bytes) => utf8(&folder.label(&entry.value), bytes)
                .map_err(|problem| problems.push(problem))
                .ok(),
        }
    }

    fn source(
        &self,
        folder: &Folder,
        has_text: bool,
        origins: &mut Origins,
        problems: &mut Vec<Located>,
    ) -> Source {
        let file = |key: &str, problems: &mut Vec<Located>| {
            if !has_text {
                return Str::Borrowed("");
            }
            self.value(key, problems)
                .map(|entry| Str::Owned(folder.label(&entry.value)))
                .unwrap_or_default()
        };
        let mut date = self.string("date", origins, "source.date", problems);
        let on_or_before = date.starts_with("../");
        if let Some(day) = date.strip_prefix("../") {
            date = Str::Owned(day.to_owned());
        }
        Source {
            title: self.bilingual("title", origins, "source.title", problems),
            date,
            on_or_before,
            place: if self.metadata.entry("dateline").is_some() {
                self.string("dateline", origins, "source.place", problems)
            } else {
                // Not known: say nothing, never guess (the check of the text's own dateline
                // needs it when there is a text).
                if has_text {
                    self.value("dateline", problems);
                }
                Str::Borrowed("")
            },
            language: self.string("language", origins, "source.language", problems),
            original_file: file("original", problems),
            original_sha256: Str::Owned(
                self.metadata
                    .entry("original_sha256")
                    .map(|entry| entry.value.clone())
                    .unwrap_or_default(),
            ),
            translation_file: file("translation", problems),
            translation_note: self.bilingual(
                "translation_note",
                origins,
                "source.translation_note",
                problems,
            ),
            voice: self.bilingual("voice", origins, "source.voice", problems),
            meetings_name: match self.metadata.optional_pair("meetings_name") {
                Ok(pair) => pair.map(|[es, en]| {
                    origins.row("source.meetings_name", es.at.clone());
                    Bilingual {
                        es: Str::Owned(es.value.clone()),
                        en: Str::Owned(en.value.clone()),
                    }
                }),
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            },
            provenance: Provenance {
                text: self.bilingual("provenance", origins, "source.provenance.text", problems),
                citation: Citation {
                    publisher: self.string(
                        "provenance.publisher",
                        origins,
                        "source.provenance.citation",
                        problems,
                    ),
                    date: self.string(
                        "provenance.date",
                        origins,
                        "source.provenance.citation.date",
                        problems,
                    ),
                    url: self.string(
                        "provenance.url",
                        origins,
                        "source.provenance.citation.url",
                        problems,
                    ),
                },
            },
            // Filled once the log is read.
            data_version: 0,
            data_updated: None,
            example: self
                .metadata
                .entry("example")
                .is_some_and(|entry| sheet::yes_no(&entry.value) != Some(false)),
        }
    }
}

fn read_places(gazetteer: Gazetteer, problems: &mut Vec<Located>) -> Vec<(Place, Location)> {
    let Some(sheet) = Sheet::open(gazetteer.path, gazetteer.bytes, PLACE_COLUMNS, problems) else {
        return Vec::new();
    };
    let mut places: Vec<(Place, Location)> = Vec::new();
    for row in sheet.rows() {
        let before = problems.len();
        let id = row.id("id", problems);
        let kind: Option<PlaceKind> = row.parsed("kind", Expected::PlaceKind, named, problems);
        if row.text("kind").is_none() {
            row.required("kind", problems);
        }
        let name = row.bilingual("name", problems);
        if name.is_none() {
            row.required("name_es", problems);
        }
        let degrees = |text: &str| text.parse::<f64>().ok().filter(|value| value.is_finite());
        let longitude = row.parsed("longitude", Expected::Degrees, degrees, problems);
        let latitude = row.parsed("latitude", Expected::Degrees, degrees, problems);
        let point = match (
            longitude,
            latitude,
            row.text("longitude"),
            row.text("latitude"),
        ) {
            (Some(lon), Some(lat), _, _) => Some([lon, lat]),
            (_, _, Some(_), None) => row.required("latitude", problems).map(|_| [0.0, 0.0]),
            (_, _, None, Some(_)) => row.required("longitude", problems).map(|_| [0.0, 0.0]),
            _ => None,
        };
        if let Some(id) = id {
            if places.iter().any(|(place, _)| place.id == id) {
                problems.push(Located::new(
                    row.at("id"),
                    Problem::DuplicateId { id: id.to_owned() },
                ));
            }
        }
        if problems.len() != before {
            continue;
        }
        let (Some(id), Some(kind), Some(name)) = (id, kind, name) else {
            continue;
        };
        let place = Place {
            id: Str::Owned(id.to_owned()),
            kind,
            name,
            iso: row.text("iso").map(|code| Str::Owned(code.to_owned())),
            point,
            map_point: None,
        };
        // The checks of a place's own cells (ISO code, point) run here: the dataset holds
        // only the places a statement names.
        if let Some(code) = &place.iso {
            if !crate::data::validate::iso_code_fits(place.kind, code) {
                problems.push(Located::new(
                    row.at("iso"),
                    Problem::MalformedIsoCode {
                        code: code.to_string(),
                    },
                ));
            }
        }
        if let Some([lon, lat]) = place.point {
            if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
                problems.push(Located::new(row.at("longitude"), Problem::PointOutOfRange));
            }
        }
        places.push((place, row.start()));
    }
    places
}

/// The columns of a bilingual text, recorded for its JSON path.
fn record_text(origins: &mut Origins, row: &Row, path: &str, base: &str) {
    for lang in Lang::ALL {
        let column = format!("{base}_{}", lang.code());
        origins.text(
            &format!("{path}.{}", lang.code()),
            row.at(&column),
            row.verbatim(&column).unwrap_or_default(),
        );
    }
    origins.row(path, row.at(&format!("{base}_es")));
}

fn required_text(row: &Row, base: &str, problems: &mut Vec<Located>) -> Option<Bilingual> {
    let text = row.bilingual(base, problems);
    if text.is_none() {
        row.required(&format!("{base}_es"), problems);
        row.required(&format!("{base}_en"), problems);
    }
    text
}

fn id_of<'r>(row: &Row<'r>, problems: &mut Vec<Located>) -> Option<&'r str> {
    row.id("id", problems)
}

fn read_event(
    row: &Row,
    path: &str,
    origins: &mut Origins,
    problems: &mut Vec<Located>,
) -> Option<Event> {
    let before = problems.len();
    let id = id_of(row, problems);
    let kind: Option<EventKind> = row.parsed("kind", Expected::EventKind, named, problems);
    if row.text("kind").is_none() {
        row.required("kind", problems);
    }
    let year_inferred = row.yes("year_inferred", problems);
    let date = match row.required("date", problems) {
        None => None,
        Some(text) => match figures::When::parse(text) {
            // An event happens on a day, in a month or over a range; "up to" is a count's.
            Some(Ok(figures::When::UpTo(_))) => {
                problems.push(bad(row.at("date"), text, Expected::Date));
                None
            }
            Some(Ok(when)) => Some(when.event_date(year_inferred)),
            Some(Err((first, last))) => {
                problems.push(Located::new(
                    row.at("date"),
                    Problem::RangeOutOfOrder {
                        start: first.iso(),
                        end: last.iso(),
                    },
                ));
                None
            }
            None => {
                problems.push(bad(row.at("date"), text, Expected::Date));
                None
            }
        },
    };
    let title = required_text(row, "title", problems);
    let summary = required_text(row, "summary", problems);
    let quote = required_text(row, "quote", problems);
    let participants = row.bilingual_list("participants", problems);
    let agenda_quote = row.bilingual("agenda_quote", problems);
    let event = Event {
        id: Str::Owned(id?.to_owned()),
        kind: kind?,
        date: date?,
        title: title?,
        summary: summary?,
        places: List::Owned(row.ids("places")),
        participants: List::Owned(participants),
        quote: quote?,
        date_note: row.bilingual("date_note", problems),
        place_note: row.bilingual("place_note", problems),
        outcomes: List::Owned(row.ids("outcomes")),
        agenda: agenda_quote.map(|quote| Agenda {
            quote,
            items: List::Owned(row.ids("agenda_items")),
        }),
    };
    origins.row(path, row.start());
    origins.row(&format!("{path}.id"), row.at("id"));
    origins.row(&format!("{path}.date"), row.at("date"));
    origins.row(
        &format!("{path}.date.year_inferred"),
        row.at("year_inferred"),
    );
    for base in ["title", "summary", "quote", "date_note", "place_note"] {
        record_text(origins, row, &format!("{path}.{base}"), base);
    }
    for (index, _) in event.participants.iter().enumerate() {
        record_text(
            origins,
            row,
            &format!("{path}.participants[{index}]"),
            "participants",
        );
    }
    origins.row(&format!("{path}.places"), row.at("places"));
    origins.row(&format!("{path}.outcomes"), row.at("outcomes"));
    record_text(
        origins,
        row,
        &format!("{path}.agenda.quote"),
        "agenda_quote",
    );
    origins.row(&format!("{path}.agenda.items"), row.at("agenda_items"));
    (problems.len() == before).then_some(event)
}

fn read_claim(
    row: &Row,
    path: &str,
    origins: &mut Origins,
    problems: &mut Vec<Located>,
) -> Option<Claim> {
    let before = problems.len();
    let id = id_of(row, problems);
    let topic: Option<Topic> = row.parsed("topic", Expected::Topic, named, problems);
    if row.text("topic").is_none() {
        row.required("topic", problems);
    }
    let title = required_text(row, "title", problems);
    let quote = required_text(row, "quote", problems);
    let quantity = if row.text("quantity").is_some() {
        Some(figures::quantity(row, problems)?)
    } else {
        None
    };
    let claim = Claim {
        id: Str::Owned(id?.to_owned()),
        topic: topic?,
        title: title?,
        quantity,
        relative_to: row.text("relative_to").map(|id| Str::Owned(id.to_owned())),
        places: List::Owned(row.ids("places")),
        quote: quote?,
        cause: row.bilingual("cause", problems),
        note: row.bilingual("note", problems),
    };
    origins.row(path, row.start());
    origins.row(&format!("{path}.id"), row.at("id"));
    origins.row(&format!("{path}.quantity"), row.at("quantity"));
    origins.row(&format!("{path}.relative_to"), row.at("relative_to"));
    origins.row(&format!("{path}.places"), row.at("places"));
    for base in ["title", "quote", "cause", "note"] {
        record_text(origins, row, &format!("{path}.{base}"), base);
    }
    (problems.len() == before).then_some(claim)
}

fn read_context(
    row: &Row,
    path: &str,
    origins: &mut Origins,
    problems: &mut Vec<Located>,
) -> Option<Context> {
    let before = problems.len();
    let id = id_of(row, problems);
    let text = required_text(row, "text", problems);
    let citation = figures::citation(row);
    if citation.is_none() {
        row.required("cited_publisher", problems);
    }
    let entry = Context {
        id: Str::Owned(id?.to_owned()),
        about: List::Owned(row.ids("about")),
        text: text?,
        citation: citation?,
    };
    origins.row(path, row.start());
    origins.row(&format!("{path}.id"), row.at("id"));
    origins.row(&format!("{path}.about"), row.at("about"));
    origins.row(&format!("{path}.citation"), row.at("cited_publisher"));
    record_text(origins, row, &format!("{path}.text"), "text");
    (problems.len() == before).then_some(entry)
}

/// What a figure's references are checked against.
struct Refs<'r> {
    places: &'r [&'r str],
    events: &'r [Event],
    metadata: &'r Metadata,
    sources: &'r SourceTexts<'r>,
    unread: &'r BTreeSet<String>,
}

/// One figure's own checks: its places, event, unit, quotes, citation and inferred year.
fn check_figure(figure: &Figure, refs: &Refs, problems: &mut Vec<Located>) {
    let by = figure.by.as_slice();
    for (column, ids) in figures::place_columns(figure)
        .into_iter()
        .chain([("by", by)])
    {
        for id in ids {
            if !refs.places.contains(&&**id) {
                problems.push(Located::new(
                    figure.at(column),
                    Problem::UnknownPlaceNear {
                        id: id.to_string(),
                        nearest: nearest(id, refs.places.iter().copied()),
                    },
                ));
            }
        }
    }
    let event = figure
        .event
        .as_deref()
        .and_then(|id| refs.events.iter().find(|event| *event.id == *id));
    if let Some(id) = &figure.event {
        if event.is_none() && !refs.unread.contains(&**id) {
            problems.push(Located::new(
                figure.at("event"),
                Problem::UnknownEvent { id: id.to_string() },
            ));
        }
    }
    if let Unit::Named(name) = &figure.unit {
        let named = Lang::ALL.iter().all(|lang| {
            refs.metadata
                .entry(&format!("unit.{name}.{}", lang.code()))
                .is_some_and(|entry| !entry.value.is_empty())
        });
        if !named {
            problems.push(Located::new(
                figure.at("unit"),
                Problem::UnknownUnit { unit: name.clone() },
            ));
        }
    }
    for (base, quote) in [
        ("quote", &figure.quote),
        ("in_quote", &figure.in_quote),
        ("credit_quote", &figure.credit_quote),
    ] {
        let Some(quote) = quote else { continue };
        for lang in Lang::ALL {
            let text = quote.get(lang);
            let source = match lang {
                Lang::Es => refs.sources.es,
                Lang::En => refs.sources.en,
            };
            if !text.trim().is_empty() && !source.contains(text) {
                let problem = if refs.sources.es.is_empty() && refs.sources.en.is_empty() {
                    Problem::NoSourceText
                } else {
                    quote_problem(refs.sources, lang, Some(text))
                };
                problems.push(Located::new(
                    figure.at(&format!("{base}_{}", lang.code())),
                    problem,
                ));
            }
        }
    }
    for (base, words) in [
        ("purpose", &figure.purpose),
        ("qualifier", &figure.qualifier),
    ] {
        let Some(words) = words else { continue };
        for lang in Lang::ALL {
            let inside = figure
                .quote
                .as_ref()
                .is_some_and(|quote| quote.get(lang).contains(words.get(lang)));
            if !words.get(lang).trim().is_empty() && !inside {
                problems.push(Located::new(
                    figure.at(&format!("{base}_{}", lang.code())),
                    Problem::NotInItsQuote { lang },
                ));
            }
        }
    }
    if let Some(citation) = &figure.citation {
        if !citation_complete(citation) {
            problems.push(Located::new(
                figure.at("cited_publisher"),
                Problem::IncompleteCitation,
            ));
        }
    }
    let noted = figure.date_note.is_some() || event.is_some_and(|e| e.date_note.is_some());
    if figure.year_inferred && !noted {
        problems.push(Located::new(
            figure.at("year_inferred"),
            Problem::InferredYearWithoutNote,
        ));
    }
}
