//! From a statement's figures to the app's figure blocks (today: a flights total by
//! destination, and a count of organizations), and from the app dataset's JSON paths back to
//! the cells they came from, so the dataset's own checks speak in files, lines and columns.

use crate::data::error::{NotShownYet, Problem};
use crate::data::model::*;
use crate::data::statement::figures::{Figure, Status, Unit, When};
use crate::data::statement::metadata::Metadata;
use crate::data::statement::{Located, Location};
use crate::lang::Lang;

/// Where each JSON path of the built dataset came from (and, for a text, the text).
#[derive(Debug, Default)]
pub struct Origins {
    entries: Vec<(String, Location, Option<String>)>,
}

impl Origins {
    /// `path` came from `at`.
    pub fn row(&mut self, path: &str, at: Location) {
        self.entries.push((path.to_owned(), at, None));
    }

    /// The text at `path`, `text`, came from `at`.
    pub fn text(&mut self, path: &str, at: Location, text: &str) {
        self.entries
            .push((path.to_owned(), at, Some(text.to_owned())));
    }

    /// The cell of the longest recorded path that `path` starts with (`events[2].date.end`
    /// falls to `events[2].date`), and its text when it recorded one.
    pub fn locate(&self, path: &str) -> Option<(Location, Option<&str>)> {
        self.entries
            .iter()
            .filter(|(prefix, _, _)| {
                path.strip_prefix(prefix.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
            })
            .max_by_key(|(prefix, _, _)| prefix.len())
            .map(|(prefix, at, text)| (at.clone(), text.as_deref().filter(|_| prefix == path)))
    }

    fn figure_text(&mut self, path: &str, figure: &Figure, base: &str, text: Option<&Bilingual>) {
        for lang in Lang::ALL {
            let column = format!("{base}_{}", lang.code());
            self.text(
                &format!("{path}.{}", lang.code()),
                figure.at(&column),
                text.map(|text| text.get(lang)).unwrap_or_default(),
            );
        }
    }
}

/// The app's figure blocks, when the figures fit them, the statement's other figures, and why
/// a figure meant for a block does not fit it.
#[derive(Debug, Default)]
pub struct AppFigures {
    /// The flights block.
    pub flights: Option<Flights>,
    /// The organizations block.
    pub networks: Option<Networks>,
    /// Every other figure, in the file's order.
    pub figures: Vec<StatedFigure>,
    /// Each figure the app cannot show yet, at its row.
    pub not_shown: Vec<Located>,
}

/// Why `figure` does not fit a block: the first thing about it the block does not draw.
fn why_not(figure: &Figure) -> NotShownYet {
    if !matches!(figure.unit, Unit::Flights | Unit::Organizations) {
        NotShownYet::Unit
    } else if figure.status != Status::Done {
        NotShownYet::NotDone
    } else if figure.quote.is_none() {
        NotShownYet::Cited
    } else {
        NotShownYet::Shape
    }
}

fn fits(figure: &Figure) -> bool {
    matches!(figure.unit, Unit::Flights | Unit::Organizations)
        && figure.status == Status::Done
        && figure.quote.is_some()
}

/// A [`Problem::Missing`] at each of `figure`'s cells that the app's block needs and that is
/// empty.
fn missing_cells<const N: usize>(
    figure: &Figure,
    cells: [(&str, bool); N],
    not_shown: &mut Vec<Located>,
) {
    for (column, absent) in cells {
        if absent {
            not_shown.push(Located::new(
                figure.at(column),
                Problem::Missing {
                    name: column.to_owned(),
                },
            ));
        }
    }
}

/// Whether `total` is a done flights total quoted from the text whose parts each go to named
/// places: the shape of the flights block (the map's circles, the flights table).
fn is_flights_block(total: &Figure, figures: &[Figure]) -> bool {
    let mut parts = figures
        .iter()
        .filter(|p| p.part_of.as_deref() == Some(&total.id))
        .peekable();
    total.unit == Unit::Flights
        && total.part_of.is_none()
        && fits(total)
        && parts.peek().is_some()
        && parts.all(|part| fits(part) && !part.to.is_empty())
}

/// Builds the app's blocks from `figures`: one flights total with its destinations as parts,
/// and one organizations count; every other figure is shown as the text states it.
pub fn app_figures(figures: &[Figure], metadata: &Metadata, origins: &mut Origins) -> AppFigures {
    let mut app = AppFigures::default();
    let mut used: Vec<&str> = Vec::new();
    if let Some(total) = figures.iter().find(|f| is_flights_block(f, figures)) {
        let parts: Vec<&Figure> = figures
            .iter()
            .filter(|p| p.part_of.as_deref() == Some(&total.id))
            .collect();
        used.push(&total.id);
        used.extend(parts.iter().map(|p| p.id.as_str()));
        app.flights = flights(total, &parts, metadata, origins, &mut app.not_shown);
    }
    if let Some(count) = figures.iter().find(|f| {
        f.unit == Unit::Organizations
            && f.part_of.is_none()
            && fits(f)
            && !figures.iter().any(|p| p.part_of.as_deref() == Some(&f.id))
    }) {
        used.push(&count.id);
        app.networks = networks(count, origins, &mut app.not_shown);
    }
    for figure in figures {
        if !used.contains(&figure.id.as_str()) {
            let path = format!("figures[{}]", app.figures.len());
            origins.row(&path, figure.row.clone());
            origins.row(&format!("{path}.to"), figure.at("to"));
            origins.row(&format!("{path}.from"), figure.at("from"));
            origins.row(&format!("{path}.places"), figure.at("in"));
            origins.row(&format!("{path}.date"), figure.at("date"));
            origins.figure_text(
                &format!("{path}.quote"),
                figure,
                "quote",
                figure.quote.as_ref(),
            );
            origins.figure_text(
                &format!("{path}.note"),
                figure,
                "note",
                figure.note.as_ref(),
            );
            app.figures.push(stated(figure, metadata));
        }
    }
    app
}

/// `figure` as the app shows it outside the blocks.
fn stated(figure: &Figure, metadata: &Metadata) -> StatedFigure {
    let unit_name = |name: &str, lang: &str| {
        let entry = metadata.entry(&format!("unit.{name}.{lang}"));
        Str::Owned(entry.map_or_else(|| name.to_owned(), |entry| entry.value.clone()))
    };
    StatedFigure {
        id: Str::Owned(figure.id.clone()),
        unit: match &figure.unit {
            Unit::Flights => FigureUnit::Flights,
            Unit::People => FigureUnit::People,
            Unit::Organizations => FigureUnit::Organizations,
            // The check has made sure the metadata names it in both languages.
            Unit::Named(name) => FigureUnit::Named(Bilingual {
                es: unit_name(name, "es"),
                en: unit_name(name, "en"),
            }),
        },
        quantity: figure.quantity,
        status: figure.status,
        date: figure
            .when
            .map(|when| when.event_date(figure.year_inferred)),
        to: List::Owned(figure.to.clone()),
        from: List::Owned(figure.from.clone()),
        places: List::Owned(figure.in_places.clone()),
        part_of: figure.part_of.clone().map(Str::Owned),
        quote: figure.quote.clone(),
        citation: figure.citation.clone(),
        note: figure.note.clone(),
        date_note: figure.date_note.clone(),
    }
}

fn flights(
    total: &Figure,
    parts: &[&Figure],
    metadata: &Metadata,
    origins: &mut Origins,
    not_shown: &mut Vec<Located>,
) -> Option<Flights> {
    let before = not_shown.len();
    for figure in std::iter::once(&total).chain(parts) {
        if !fits(figure) {
            not_shown.push(Located::new(
                figure.row.clone(),
                Problem::NotShownYet {
                    what: why_not(figure),
                },
            ));
        }
    }
    let exact = |figure: &Figure| match figure.quantity {
        Quantity::Exact(value) => Some(value),
        _ => None,
    };
    let period = match total.when {
        Some(when @ When::Range(..)) => Some(when.event_date(total.year_inferred)),
        _ => {
            not_shown.push(Located::new(
                total.at("date"),
                Problem::NotShownYet {
                    what: NotShownYet::Date,
                },
            ));
            None
        }
    };
    let (Some(operator), Some(event), Some(note)) = (&total.by, &total.event, &total.note) else {
        missing_cells(
            total,
            [
                ("by", total.by.is_none()),
                ("event", total.event.is_none()),
                ("note_es", total.note.is_none()),
            ],
            not_shown,
        );
        return None;
    };
    let mut destinations = Vec::new();
    for (index, part) in parts.iter().enumerate() {
        let path = format!("flights.destinations[{index}]");
        origins.row(&path, part.row.clone());
        origins.row(&format!("{path}.places"), part.at("to"));
        origins.row(&format!("{path}.flights"), part.at("value"));
        origins.figure_text(&format!("{path}.quote"), part, "quote", part.quote.as_ref());
        origins.figure_text(&format!("{path}.note"), part, "note", part.note.as_ref());
        let Some(flights) = exact(part) else {
            not_shown.push(Located::new(
                part.at("quantity"),
                Problem::NotShownYet {
                    what: NotShownYet::Shape,
                },
            ));
            continue;
        };
        origins.row(&format!("{path}.from"), part.at("from"));
        origins.row(&format!("{path}.date"), part.at("date"));
        destinations.push(Destination {
            places: List::Owned(part.to.clone()),
            flights,
            quote: part.quote.clone()?,
            note: part.note.clone(),
            from: List::Owned(part.from.clone()),
            // A part over the total's own period says nothing more than the total.
            date: part
                .when
                .filter(|when| Some(*when) != total.when)
                .map(|when| when.event_date(part.year_inferred)),
        });
    }
    let Some(stated) = exact(total) else {
        not_shown.push(Located::new(
            total.at("quantity"),
            Problem::NotShownYet {
                what: NotShownYet::Shape,
            },
        ));
        return None;
    };
    origins.row("flights", total.row.clone());
    origins.row("flights.total", total.at("value"));
    origins.row("flights.operator", total.at("by"));
    origins.row("flights.event", total.at("event"));
    origins.row("flights.period", total.at("date"));
    origins.figure_text("flights.quote", total, "quote", total.quote.as_ref());
    origins.figure_text("flights.not_in_source", total, "note", total.note.as_ref());
    origins.figure_text("flights.purpose", total, "purpose", total.purpose.as_ref());
    if not_shown.len() != before {
        return None;
    }
    Some(Flights {
        name: flights_name(metadata, not_shown)?,
        operator: operator.clone(),
        event: event.clone(),
        total: stated,
        period: period?,
        quote: total.quote.clone()?,
        destinations: List::Owned(destinations),
        not_in_source: note.clone(),
        purpose: total.purpose.clone(),
    })
}

/// What the statement calls its flights (`flights_name.es` and `.en` in `statement.txt`):
/// plain "vuelos" / "flights" when it gives no name, so the app never adds a word the text
/// does not use. A name in one language only is a problem at the one given.
fn flights_name(metadata: &Metadata, not_shown: &mut Vec<Located>) -> Option<Bilingual> {
    match metadata.optional_pair("flights_name") {
        Ok(Some([es, en])) => Some(Bilingual {
            es: Str::Owned(es.value.clone()),
            en: Str::Owned(en.value.clone()),
        }),
        Ok(None) => Some(Bilingual {
            es: Str::Borrowed("vuelos"),
            en: Str::Borrowed("flights"),
        }),
        Err(problem) => {
            not_shown.push(problem);
            None
        }
    }
}

fn networks(
    count: &Figure,
    origins: &mut Origins,
    not_shown: &mut Vec<Located>,
) -> Option<Networks> {
    if !fits(count) {
        not_shown.push(Located::new(
            count.row.clone(),
            Problem::NotShownYet {
                what: why_not(count),
            },
        ));
        return None;
    }
    origins.row("networks", count.row.clone());
    origins.row("networks.dismantled", count.at("value"));
    origins.row("networks.places", count.at("in"));
    origins.row("networks.credited_to", count.at("by"));
    origins.figure_text("networks.quotes[0]", count, "quote", count.quote.as_ref());
    origins.figure_text(
        "networks.quotes[1]",
        count,
        "in_quote",
        count.in_quote.as_ref(),
    );
    origins.figure_text(
        "networks.credit_quote",
        count,
        "credit_quote",
        count.credit_quote.as_ref(),
    );
    origins.figure_text(
        "networks.qualifier",
        count,
        "qualifier",
        count.qualifier.as_ref(),
    );
    let (Some(credited_to), Some(credit_quote), Some(qualifier)) =
        (&count.by, &count.credit_quote, &count.qualifier)
    else {
        missing_cells(
            count,
            [
                ("by", count.by.is_none()),
                ("credit_quote_es", count.credit_quote.is_none()),
                ("qualifier_es", count.qualifier.is_none()),
            ],
            not_shown,
        );
        return None;
    };
    Some(Networks {
        dismantled: count.quantity,
        places: List::Owned(count.in_places.clone()),
        places_complete: count.in_complete,
        quotes: List::Owned(
            count
                .quote
                .iter()
                .chain(count.in_quote.iter())
                .cloned()
                .collect(),
        ),
        credited_to: credited_to.clone(),
        credit_quote: credit_quote.clone(),
        qualifier: qualifier.clone(),
    })
}
