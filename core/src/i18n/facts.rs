//! Interface strings that state facts of the dataset. They are built from the model, so no
//! figure, date or name of the statement is ever typed into a string by hand (see
//! `docs/dataset.md`, "Source, context, computed"); the test in `i18n::audit` reads
//! every one of them in both languages.

use crate::data::timeline::Status;
use crate::data::{Dataset, Day, Flights, Networks};
use crate::i18n::{flights_total, format, Lang};

/// The statement's date in words (its year is in the text: never bracketed).
fn statement_date(data: &Dataset, lang: Lang) -> String {
    Day::parse(&data.source.date)
        .map(|day| format::day(day, lang))
        .unwrap_or_else(|| data.source.date.to_string())
}

/// How the app names the document, everywhere: its title and its date, or the last day it
/// can have been issued on when that is all that is known.
///
/// ```
/// let mut data = corredor_core::data::load_embedded().unwrap();
/// let name = corredor_core::i18n::facts::document_name(&data, corredor_core::i18n::Lang::En);
/// assert_eq!(name, "Mexico–US statement on migration of 23 January 2024");
/// data.source.on_or_before = true;
/// let name = corredor_core::i18n::facts::document_name(&data, corredor_core::i18n::Lang::Es);
/// assert_eq!(name, "Comunicado México–Estados Unidos sobre migración, emitido el 23 de enero de 2024 o antes");
/// ```
pub fn document_name(data: &Dataset, lang: Lang) -> String {
    let title = data.source.title.get(lang);
    let date = statement_date(data, lang);
    match (lang, data.source.on_or_before) {
        (Lang::Es, false) => format!("{title} del {date}"),
        (Lang::En, false) => format!("{title} of {date}"),
        (Lang::Es, true) => format!("{title}, emitido el {date} o antes"),
        (Lang::En, true) => format!("{title}, issued on or before {date}"),
    }
}

/// The source line, as news graphics carry it: "Fuente: Comunicado …, Ciudad de México.", the
/// dateline left out when it is not known.
pub fn source_line(data: &Dataset, lang: Lang) -> String {
    let name = document_name(data, lang);
    let label = super::Text::SourceLine.in_lang(lang);
    match data.place(&data.source.place) {
        Some(place) => format!("{label}: {name}, {}.", place.name.get(lang)),
        None => format!("{label}: {name}."),
    }
}

/// Whether we have the statement's own text (a statement known only from the press has none:
/// its figures are cited, never quoted).
pub fn has_text(data: &Dataset) -> bool {
    !data.source.original_file.is_empty()
}

/// The figures table's heading: "other" figures beside the flights and organizations
/// blocks, "in the text" only when there is a text.
///
/// ```
/// use corredor_core::i18n::{facts::figures_heading, Text};
/// let mut data = corredor_core::data::load_embedded().unwrap();
/// assert_eq!(figures_heading(&data), Text::OtherFiguresHeading);
/// data.source.original_file = "".into();
/// assert_eq!(figures_heading(&data), Text::ReportedFiguresHeading);
/// ```
pub fn figures_heading(data: &Dataset) -> super::Text {
    use super::Text;
    match (
        has_text(data),
        data.flights.is_some() || data.networks.is_some(),
    ) {
        (false, _) => Text::ReportedFiguresHeading,
        (true, true) => Text::OtherFiguresHeading,
        (true, false) => Text::FiguresHeading,
    }
}

/// The details' prompt: the source sentence is promised only where there is a text.
pub fn select_prompt(data: &Dataset) -> super::Text {
    match has_text(data) {
        true => super::Text::SelectPrompt,
        false => super::Text::SelectPromptReported,
    }
}

/// The data's version and the day of its latest correction: "Datos: versión 4, actualizados
/// el 2 de diciembre de 2026." (the footer, the log page, the images).
///
/// ```
/// let data = corredor_core::data::load_embedded().unwrap();
/// let line = corredor_core::i18n::facts::data_version(&data, corredor_core::i18n::Lang::En);
/// assert!(line.starts_with("Data: version 4, updated "), "{line}");
/// ```
pub fn data_version(data: &Dataset, lang: Lang) -> String {
    let version = data.source.data_version;
    let updated = data
        .source
        .data_updated
        .as_deref()
        .and_then(crate::data::Day::parse)
        .map(|day| super::format::day(day, lang));
    match (lang, updated) {
        (Lang::Es, Some(day)) => format!("Datos: versión {version}, actualizados el {day}."),
        (Lang::En, Some(day)) => format!("Data: version {version}, updated {day}."),
        (Lang::Es, None) => format!("Datos: versión {version}."),
        (Lang::En, None) => format!("Data: version {version}."),
    }
}

/// The page's `<title>`.
pub fn page_title(data: &Dataset, lang: Lang) -> String {
    format!("Corredor · {}", document_name(data, lang))
}

/// The page's `<meta name="description">`: what the app shows of this statement, no figure.
/// Only what the statement has: its flights in its own words, meetings when it places one,
/// organizations when it counts them.
///
/// ```
/// use corredor_core::i18n::{facts::page_description, Lang};
/// let data = corredor_core::data::load_embedded().unwrap();
/// assert!(page_description(&data, Lang::En).ends_with(": repatriation flights, meetings and dismantled criminal organizations."));
/// ```
pub fn page_description(data: &Dataset, lang: Lang) -> String {
    let document = document_name(data, lang);
    let mut shown: Vec<&str> = Vec::new();
    match &data.flights {
        Some(flights) => shown.push(flights.name.get(lang)),
        None => shown.push(match lang {
            Lang::Es => "sus cifras",
            Lang::En => "its figures",
        }),
    }
    if crate::i18n::places::places_a_meeting(data) {
        shown.push(match lang {
            Lang::Es => "reuniones",
            Lang::En => "meetings",
        });
    }
    if data.networks.is_some() {
        shown.push(match lang {
            Lang::Es => "organizaciones criminales desarticuladas",
            Lang::En => "dismantled criminal organizations",
        });
    }
    let last = shown.pop().unwrap_or_default();
    let list = match (shown.is_empty(), lang) {
        (true, _) => last.to_owned(),
        (false, Lang::Es) => format!("{} y {last}", shown.join(", ")),
        (false, Lang::En) => format!("{} and {last}", shown.join(", ")),
    };
    match lang {
        Lang::Es => format!("Mapa y línea de tiempo del {document}: {list}."),
        Lang::En => format!("Map and timeline of the {document}: {list}."),
    }
}

/// The iframe's title, for screen readers on the host page.
pub fn embed_title(data: &Dataset, lang: Lang) -> String {
    let document = document_name(data, lang);
    match lang {
        Lang::Es => format!("Corredor, mapa y línea de tiempo: {document}"),
        Lang::En => format!("Corredor, map and timeline: {document}"),
    }
}

/// The flights, in the statement's words and with the government the list credits them to,
/// as a phrase inside a sentence: "vuelos de repatriación de Estados Unidos", "United States
/// repatriation flights" (the country as an attribute, no article).
pub fn flights_phrase(data: &Dataset, flights: &Flights, lang: Lang) -> String {
    let name = flights.name.get(lang);
    let operator = data.place_name(&flights.operator, lang);
    match lang {
        Lang::Es => format!("{name} de {operator}"),
        Lang::En => format!("{operator} {name}"),
    }
}

/// The flights section's heading: [`flights_phrase`], capitalized ("Vuelos de repatriación de
/// Estados Unidos").
pub fn flights_heading(data: &Dataset, flights: &Flights, lang: Lang) -> String {
    format::capitalized(&flights_phrase(data, flights, lang))
}

/// The map key's name of the flights layer: "Vuelos de repatriación por destino".
pub fn flights_layer(flights: &Flights, lang: Lang) -> String {
    let name = format::capitalized(flights.name.get(lang));
    match lang {
        Lang::Es => format!("{name} por destino"),
        Lang::En => format!("{name} by destination"),
    }
}

/// The flights table's caption, with the period as the text gives it.
pub fn flights_caption(flights: &Flights, lang: Lang) -> String {
    let period = format::event_date(&flights.period, lang);
    format!("{}, {period}", flights_layer(flights, lang))
}

/// The flights section's headline: "79 vuelos, 1–21 de enero de [2024]".
pub fn flights_headline(flights: &Flights, lang: Lang) -> String {
    flights_total(
        flights.total,
        &format::event_date(&flights.period, lang),
        lang,
    )
}

/// The statement's lead figure, as the images and the social card put it under the title:
/// the flights headline, or, for a statement without flights by destination, its first
/// figure as stated (with who reported it, for a figure we know only from a publication).
///
/// ```
/// use corredor_core::i18n::{facts::lead_figure, Lang};
/// let data = corredor_core::data::load_embedded().unwrap();
/// assert!(lead_figure(&data, Lang::Es).unwrap().starts_with("79 vuelos"));
/// ```
pub fn lead_figure(data: &Dataset, lang: Lang) -> Option<String> {
    if let Some(flights) = &data.flights {
        return Some(flights_headline(flights, lang));
    }
    let figure = data.figures.first()?;
    let line = crate::i18n::figures::line(data, figure, lang);
    Some(match &figure.citation {
        Some(citation) => format!(
            "{line} ({} {})",
            super::Text::ReportedBy.in_lang(lang),
            citation.publisher
        ),
        None => line,
    })
}

/// Why the statement gives the flights, in its words: "Según el comunicado, estos vuelos son
/// «una parte importante para gestionar los flujos migratorios sin precedentes»."
pub fn flights_purpose(flights: &Flights, lang: Lang) -> Option<String> {
    let purpose = flights.purpose.as_ref()?.get(lang);
    Some(match lang {
        Lang::Es => format!("Según el comunicado, estos vuelos son «{purpose}»."),
        Lang::En => format!("The statement presents these flights as \u{201c}{purpose}\u{201d}."),
    })
}

/// The networks' figure as the text attributes and qualifies it: who, the bound, and the
/// text's own qualifier in quotation marks.
///
/// ```
/// let data = corredor_core::data::load_embedded().unwrap();
/// let networks = data.networks.as_ref().unwrap();
/// let line = corredor_core::i18n::facts::networks_headline(&data, networks, corredor_core::i18n::Lang::Es);
/// assert!(line.starts_with("Esfuerzos de México: la desarticulación de al menos 10 «de las"));
/// ```
pub fn networks_headline(data: &Dataset, networks: &Networks, lang: Lang) -> String {
    let who = data.place_name(&networks.credited_to, lang);
    let count = format::quantity(networks.dismantled, lang);
    let qualifier = networks.qualifier.get(lang);
    match lang {
        Lang::Es => format!("Esfuerzos de {who}: la desarticulación de {count} «{qualifier}»"),
        Lang::En => {
            format!("{who}'s efforts: the dismantling of {count} \u{201c}{qualifier}\u{201d}")
        }
    }
}

/// The legend's note on the hatched places: they operated there, the list is not complete.
pub fn networks_legend_note(networks: &Networks, lang: Lang) -> String {
    let count = format::quantity(networks.dismantled, lang);
    let others = !networks.places_complete;
    match (lang, others) {
        // "Some places", not "…, among others": the others are places, not organizations.
        (Lang::Es, true) => {
            format!("Algunos lugares donde operaban las {count} organizaciones desarticuladas.")
        }
        (Lang::Es, false) => {
            format!("Lugares donde operaban las {count} organizaciones desarticuladas.")
        }
        (Lang::En, true) => {
            format!("Some of the places where the {count} dismantled organizations operated.")
        }
        (Lang::En, false) => format!("Places where the {count} dismantled organizations operated."),
    }
}

/// The details panel's line for a place where the networks operated.
pub fn networks_here(networks: &Networks, lang: Lang) -> String {
    let count = format::quantity(networks.dismantled, lang);
    let others = !networks.places_complete;
    match (lang, others) {
        (Lang::Es, true) => format!(
            "Uno de los lugares donde operaban las {count} organizaciones criminales desarticuladas (la lista de la fuente no es exhaustiva)."
        ),
        (Lang::Es, false) => format!(
            "Uno de los lugares donde operaban las {count} organizaciones criminales desarticuladas."
        ),
        (Lang::En, true) => format!(
            "One of the places where the {count} dismantled criminal organizations operated (the source's list is not exhaustive)."
        ),
        (Lang::En, false) => format!(
            "One of the places where the {count} dismantled criminal organizations operated."
        ),
    }
}

/// What the flights period looks like on the cursor's day, before, during and after it.
/// The map's status line and the details panel both say it this way.
///
/// ```
/// use corredor_core::{data::{load_embedded, timeline::Status}, i18n::{facts::period_status, Lang}};
/// let data = load_embedded().unwrap();
/// let flights = data.flights.as_ref().unwrap();
/// assert!(period_status(flights, Status::Upcoming, Lang::En).starts_with("The flights period starts on 1 January [2024]"));
/// assert!(period_status(flights, Status::Running, Lang::En).starts_with("Flights under way"));
/// assert!(period_status(flights, Status::Done, Lang::En).starts_with("79 flights"));
/// ```
pub fn period_status(flights: &Flights, status: Status, lang: Lang) -> String {
    let period = &flights.period;
    match (status, lang) {
        (Status::Upcoming, Lang::Es) => format!(
            "El periodo de los vuelos empieza el {}.",
            format::event_start(period, lang)
        ),
        (Status::Upcoming, Lang::En) => format!(
            "The flights period starts on {}.",
            format::event_start(period, lang)
        ),
        (Status::Running, Lang::Es) => format!(
            "Vuelos en curso: la fuente solo da el total del periodo, que se muestra al terminar ({}).",
            format::event_end(period, lang)
        ),
        (Status::Running, Lang::En) => format!(
            "Flights under way: the source only gives the period's total, shown when it ends ({}).",
            format::event_end(period, lang)
        ),
        (Status::Done, _) => flights_headline(flights, lang),
    }
}

/// What the brackets around a year mean, said wherever such a date is shown.
pub fn inferred_year_note(data: &Dataset, lang: Lang) -> String {
    let date = statement_date(data, lang);
    match lang {
        Lang::Es => {
            format!("[ ]: año deducido de la fecha del comunicado ({date}); el texto no lo da.")
        }
        Lang::En => format!(
            "[ ]: year inferred from the statement's date ({date}); the text does not give it."
        ),
    }
}

/// A month of the timeline's axis, its year bracketed unless the text gives that year (its
/// dateline, or a date it writes with its year): the cards beside it say "diciembre de
/// [2023]", and the axis must not say "diciembre de 2023".
///
/// ```
/// use corredor_core::{data::{load_embedded, YearMonth}, i18n::{facts::axis_month, Lang}};
/// let data = load_embedded().unwrap();
/// assert_eq!(axis_month(&data, YearMonth { year: 2023, month: 12 }, Lang::Es), "diciembre de [2023]");
/// assert_eq!(axis_month(&data, YearMonth { year: 2024, month: 1 }, Lang::En), "January 2024");
/// ```
pub fn axis_month(data: &Dataset, month: crate::data::YearMonth, lang: Lang) -> String {
    format::month_marked(month, !year_given(data, month.year), lang)
}

/// Whether the text writes `year` itself: in its dateline, or in a date not marked inferred.
fn year_given(data: &Dataset, year: i32) -> bool {
    let dateline = Day::parse(&data.source.date).is_some_and(|day| day.year == year);
    dateline
        || data.events.iter().any(|event| {
            !event.date.year_inferred
                && event
                    .date
                    .span()
                    .is_some_and(|(first, last)| first.year == year || last.year == year)
        })
}

/// Whether any of the dataset's dates has an inferred year (then the note is shown).
pub fn any_inferred_year(data: &Dataset) -> bool {
    data.flights
        .as_ref()
        .is_some_and(|flights| flights.period.year_inferred)
        || data.events.iter().any(|e| e.date.year_inferred)
}

/// What an event's timeline entry adds to its title at the cursor's status: the flights
/// event gives its total once the period is over and says it is under way meanwhile;
/// nothing before, and nothing for other events.
pub fn event_figure(
    data: &Dataset,
    event: &crate::data::Event,
    status: Status,
    lang: Lang,
) -> Option<String> {
    let flights = data.flights.as_ref().filter(|f| f.event == event.id)?;
    match status {
        Status::Done => Some(format!(
            " · {}",
            crate::i18n::flights_count(flights.total, lang)
        )),
        Status::Running => Some(format!(" · {}", super::Text::UnderWay.in_lang(lang))),
        Status::Upcoming => None,
    }
}

/// The map's status line at the cursor: where the flights period stands, with what the
/// brackets of its inferred year mean; nothing once it is over (the map then shows it all).
pub fn map_status(data: &Dataset, status: Status, lang: Lang) -> Option<String> {
    let flights = data.flights.as_ref()?;
    (status != Status::Done).then(|| {
        format!(
            "{} {}",
            period_status(flights, status, lang),
            inferred_year_note(data, lang)
        )
    })
}

/// What a screen reader hears when an event is selected: its date and title, in one line.
pub fn event_announcement(event: &crate::data::Event, lang: Lang) -> String {
    format!(
        "{}: {}",
        format::event_date(&event.date, lang),
        event.title.get(lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;

    /// The page title, the manifest, the embed documentation and the README name the
    /// document exactly as the app does (`docs/dataset.md`, "How the app names the document").
    #[test]
    fn one_name_for_the_document_everywhere() {
        let data = load_embedded().unwrap();
        let spanish = document_name(&data, Lang::Es);
        let english = document_name(&data, Lang::En);
        for (file, text) in [
            ("index.html", include_str!("../../../index.html")),
            (
                "public/manifest.webmanifest",
                include_str!("../../../public/manifest.webmanifest"),
            ),
        ] {
            assert!(
                text.matches(spanish.as_str()).count() >= 2,
                "{file}: title and description must name «{spanish}»"
            );
            assert!(
                !text.to_lowercase().contains("declaración conjunta"),
                "{file}"
            );
        }
        for (file, text) in [
            ("README.md", include_str!("../../../README.md")),
            (
                "docs/embedding.md",
                include_str!("../../../docs/embedding.md"),
            ),
        ] {
            assert!(
                text.contains(english.as_str()),
                "{file} must name «{english}»"
            );
            assert!(!text.contains("joint statement"), "{file}");
        }
        assert!(docs_embedding_title_matches(&data));
        // The Spanish page is written by hand; the English one from these at build time.
        let index = include_str!("../../../index.html");
        assert!(index.contains(&format!("<title>{}</title>", page_title(&data, Lang::Es))));
        assert!(index.contains(&page_description(&data, Lang::Es)));
    }

    fn docs_embedding_title_matches(data: &Dataset) -> bool {
        include_str!("../../../docs/embedding.md")
            .contains(&format!("title=\"{}\"", embed_title(data, Lang::En)))
    }
}
