//! Reads interface strings the way an editor checks a graphic against its source.
//!
//! Every number must be in the statement or come from a documented computation; a year the
//! text does not give is never shown bare (it is bracketed, `[2023]`); no number is spelled in
//! words unless the text spells it; a place-level string that mentions the dismantled
//! organizations says they *operated* there; and nothing calls the Otay Mesa II (East) site
//! what the text never calls it. The test below runs it over every interface string in both
//! languages; `docs/dataset.md` ("Source, context, computed") lists the computations.

/// What [`audit`] compares a string with.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// The numbers the statement contains, as written there ("79", "2024").
    pub source_numbers: Vec<String>,
    /// Numbers produced by documented computations: shares and their sum.
    pub computed_numbers: Vec<String>,
    /// Dates whose year the text does give (the statement's own date), in each language.
    pub stated_dates: Vec<String>,
    /// Both source texts, lower-cased: a number word they contain may be repeated.
    pub source_text: String,
    /// `(location, token)` pairs that are not figures (a key name in a keyboard hint).
    pub not_figures: Vec<(String, String)>,
}

/// Number words an interface string must not use for a figure, unless the text uses them.
const NUMBER_WORDS: [&str; 38] = [
    "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
    "trece", "catorce", "quince", "veinte", "treinta", "cuarenta", "setenta", "ochenta", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "seventy", "eighty",
];

/// Words the text never uses for "la Mesa de Otay II (East)": it names the site, nothing more.
const NOT_IN_THE_TEXT: [&str; 6] = [
    "cruce",
    "crossing",
    "garita",
    "puerto de entrada",
    "port of entry",
    "checkpoint",
];

/// The numbers written in `text`: digit runs, with a decimal part after `.` or `,`, the
/// separator normalised to `.` ("45,6" and "45.6" are the same number).
///
/// ```
/// use corredor_core::presentation::audit::numbers;
/// assert_eq!(numbers("1–21 de enero; 45,6 %"), vec!["1", "21", "45.6"]);
/// ```
pub fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if !chars.get(index).is_some_and(char::is_ascii_digit) {
            index += 1;
            continue;
        }
        let mut token = String::new();
        while let Some(&c) = chars.get(index) {
            let decimal_point = (c == '.' || c == ',')
                && !token.contains('.')
                && chars.get(index + 1).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit() {
                token.push(c);
            } else if decimal_point {
                token.push('.');
            } else {
                break;
            }
            index += 1;
        }
        found.push(token);
    }
    found
}

fn is_year(token: &str) -> bool {
    token.len() == 4
        && token
            .parse::<u32>()
            .is_ok_and(|year| (1900..=2100).contains(&year))
}

fn has_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Every reason `text` (shown at `location`, e.g. `place:chiapas:es`) says more than the
/// statement or says it differently; empty when it is faithful.
///
/// ```
/// use corredor_core::presentation::audit::{audit, Rules};
/// let rules = Rules { source_numbers: vec!["79".into()], ..Rules::default() };
/// assert!(audit("headline", "79 vuelos", &rules).is_empty());
/// assert_eq!(audit("headline", "80 vuelos", &rules).len(), 1);
/// ```
pub fn audit(location: &str, text: &str, rules: &Rules) -> Vec<String> {
    let mut reasons = Vec::new();
    // Stated dates and bracketed (inferred) years are fine; anything left that looks like a
    // year is one the text does not give, shown as if it did.
    let mut rest = text.to_owned();
    for date in &rules.stated_dates {
        rest = rest.replace(date.as_str(), " ");
    }
    let mut unbracketed = String::new();
    let mut cursor = rest.as_str();
    while let Some(open) = cursor.find('[') {
        unbracketed.push_str(&cursor[..open]);
        let after = &cursor[open + 1..];
        match after.find(']') {
            Some(close) if is_year(&after[..close]) => cursor = &after[close + 1..],
            _ => {
                unbracketed.push('[');
                cursor = after;
            }
        }
    }
    unbracketed.push_str(cursor);
    for token in numbers(&unbracketed) {
        let exempt = rules
            .not_figures
            .iter()
            .any(|(at, figure)| location.starts_with(at.as_str()) && *figure == token);
        if exempt {
            continue;
        }
        if is_year(&token) {
            reasons.push(format!(
                "the year {token} is not in the text for this date: bracket it as inferred"
            ));
        } else if !rules.source_numbers.contains(&token) && !rules.computed_numbers.contains(&token)
        {
            reasons.push(format!(
                "{token} is neither in the statement nor a documented computation"
            ));
        }
    }
    let lower = text.to_lowercase();
    for word in NUMBER_WORDS {
        if has_word(&lower, word) && !has_word(&rules.source_text, word) {
            reasons.push(format!(
                "the number word \"{word}\" is not in the statement"
            ));
        }
    }
    for word in NOT_IN_THE_TEXT {
        if has_word(&lower, word) {
            reasons.push(format!(
                "\"{word}\": the text only names the site (\"la Mesa de Otay II (East)\")"
            ));
        }
    }
    let names_networks = lower.contains("desarticulad") || lower.contains("dismantled");
    let says_operated = lower.contains("operaban") || lower.contains("operated");
    if location.starts_with("place:") && names_networks && !says_operated {
        reasons.push(
            "the text says the organizations operated in these places, not that they were dismantled there"
                .to_owned(),
        );
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{load_embedded, Dataset, Day, SOURCE_EN, SOURCE_ES};
    use crate::geo::{features::place_features, load_region, REGION_JSON};
    use crate::i18n::{facts, format, places, Lang, Text};
    use crate::state::table::{flight_rows, share_percent};

    /// The rules for the committed dataset: the statement's numbers, the shares the tables
    /// compute, the statement's own date, and the one key name that is not a figure.
    fn rules(data: &Dataset) -> Rules {
        let mut computed: Vec<String> = Lang::ALL
            .iter()
            .flat_map(|lang| flight_rows(data, *lang))
            .map(|row| numbers(&format::percent(row.share, Lang::En)).concat())
            .collect();
        computed.push(
            numbers(&format::percent(
                share_percent(data.flights_sum(), data.flights.total),
                Lang::En,
            ))
            .concat(),
        );
        // The dateline gives its day, and so its month, with the year.
        let dateline = Day::parse(&data.source.date);
        let stated_dates = Lang::ALL
            .iter()
            .flat_map(|lang| {
                dateline.map(|day| {
                    let month = crate::data::YearMonth {
                        year: day.year,
                        month: day.month,
                    };
                    [format::day(day, *lang), format::month(month, *lang)]
                })
            })
            .flatten()
            .collect();
        Rules {
            source_numbers: numbers(SOURCE_ES),
            computed_numbers: computed,
            stated_dates,
            source_text: format!("{SOURCE_ES}\n{SOURCE_EN}").to_lowercase(),
            // "0 to show the whole region": a key on the keyboard.
            not_figures: vec![("text:KeyboardHint".into(), "0".into())],
        }
    }

    /// Every string the interface can show, in `lang`, with where it is shown. Quotes are
    /// left out (validation finds each verbatim in its source), and so is outside context
    /// (always labelled, with its citation).
    fn interface_strings(data: &Dataset, lang: Lang) -> Vec<(String, String)> {
        let code = lang.code();
        let mut out: Vec<(String, String)> = Text::ALL
            .iter()
            .map(|text| {
                (
                    format!("text:{text:?}:{code}"),
                    text.in_lang(lang).to_owned(),
                )
            })
            .collect();
        let mut push = |location: String, text: String| out.push((location, text));
        push("document_name".into(), facts::document_name(data, lang));
        push(
            "source:voice".into(),
            data.source.voice.get(lang).to_owned(),
        );
        push(
            "source:provenance".into(),
            data.source.provenance.text.get(lang).to_owned(),
        );
        push("embed_title".into(), facts::embed_title(data, lang));
        push("flights_caption".into(), facts::flights_caption(data, lang));
        push(
            "flights_headline".into(),
            facts::flights_headline(data, lang),
        );
        push(
            "networks_headline".into(),
            facts::networks_headline(data, lang),
        );
        push(
            "networks_legend".into(),
            facts::networks_legend_note(data, lang),
        );
        push(
            "place:networks_here".into(),
            facts::networks_here(data, lang),
        );
        push(
            "inferred_year_note".into(),
            facts::inferred_year_note(data, lang),
        );
        push(
            "border_layer".into(),
            crate::i18n::places::border_layer(data, lang),
        );
        if let Some(purpose) = facts::flights_purpose(data, lang) {
            push("flights_purpose".into(), purpose);
        }
        for month in crate::data::timeline::Span::of(data)
            .map(|span| span.months())
            .unwrap_or_default()
        {
            push("axis_month".into(), facts::axis_month(data, month, lang));
        }
        for status in [
            crate::data::timeline::Status::Upcoming,
            crate::data::timeline::Status::Running,
            crate::data::timeline::Status::Done,
        ] {
            push(
                format!("period_status:{status:?}"),
                facts::period_status(data, status, lang),
            );
        }
        let region = load_region(REGION_JSON).unwrap();
        for feature in place_features(data, &region) {
            push(
                format!("place:{}:{code}", feature.id),
                places::place_summary(data, &feature, lang),
            );
        }
        push("map_summary".into(), places::map_summary(data, lang));
        for row in flight_rows(data, lang) {
            push("share".into(), format::percent(row.share, lang));
        }
        for event in data.events.iter() {
            let at = format!("event:{}:{code}", event.id);
            push(format!("{at}:date"), format::event_date(&event.date, lang));
            push(format!("{at}:title"), event.title.get(lang).to_owned());
            push(format!("{at}:summary"), event.summary.get(lang).to_owned());
            for note in [&event.date_note, &event.place_note].into_iter().flatten() {
                push(format!("{at}:note"), note.get(lang).to_owned());
            }
            for participant in event.participants.iter() {
                push(
                    format!("{at}:participant"),
                    participant.get(lang).to_owned(),
                );
            }
        }
        for claim in data.claims.iter() {
            let at = format!("claim:{}:{code}", claim.id);
            push(format!("{at}:title"), claim.title.get(lang).to_owned());
            if let Some(note) = &claim.note {
                push(format!("{at}:note"), note.get(lang).to_owned());
            }
            if let (Some(quantity), Some(peak)) = (
                claim.quantity,
                claim.relative_to.as_deref().and_then(|id| data.event(id)),
            ) {
                push(
                    format!("{at}:headline"),
                    crate::i18n::flows_reduced(
                        &format::quantity(quantity, lang),
                        &format::event_date(&peak.date, lang),
                        claim.cause.as_ref().map(|cause| cause.get(lang)),
                        lang,
                    ),
                );
            }
        }
        for destination in data.flights.destinations.iter() {
            push(
                "destination".into(),
                crate::i18n::flights_count(destination.flights, lang),
            );
            if let Some(note) = &destination.note {
                push("destination:note".into(), note.get(lang).to_owned());
            }
            for place in destination
                .places
                .iter()
                .filter(|_| destination.is_shared())
            {
                push(
                    format!("place:{place}:shared"),
                    crate::i18n::shared_flights(
                        destination.flights,
                        &places::flight_partners(data, place, lang),
                        lang,
                    ),
                );
            }
        }
        push(
            "operated_flights".into(),
            crate::i18n::operated_flights(data.flights.total, lang),
        );
        push(
            "not_in_source".into(),
            data.flights.not_in_source.get(lang).to_owned(),
        );
        push(
            "source_title".into(),
            data.source.title.get(lang).to_owned(),
        );
        out
    }

    #[test]
    fn every_interface_string_is_true_to_the_statement_in_both_languages() {
        let data = load_embedded().unwrap();
        let rules = rules(&data);
        let mut findings = Vec::new();
        let mut read = 0;
        for lang in Lang::ALL {
            for (location, text) in interface_strings(&data, lang) {
                read += 1;
                for reason in audit(&location, &text, &rules) {
                    findings.push(format!("{location}: {reason}\n    «{text}»"));
                }
            }
        }
        // Both languages, every Text variant and the model-built strings.
        assert!(read > 2 * Text::ALL.len() + 100, "only {read} strings read");
        assert!(findings.is_empty(), "\n{}", findings.join("\n"));
    }

    /// The mistakes of the first version, each caught (issue 10, items 1, 5 and 8).
    #[test]
    fn the_first_versions_mistakes_are_caught() {
        let data = load_embedded().unwrap();
        let rules = rules(&data);
        let eleven = "Del 1 al 21 de enero, el Gobierno de Estados Unidos realizó 79 vuelos de repatriación a once destinos.";
        assert_eq!(audit("event:summary", eleven, &rules).len(), 1);
        assert_eq!(
            audit(
                "event:summary",
                "79 repatriation flights to eleven destinations",
                &rules
            )
            .len(),
            1
        );
        assert_eq!(
            audit(
                "place:chiapas:es",
                "Chiapas: redes criminales desarticuladas",
                &rules
            )
            .len(),
            1
        );
        assert!(audit(
            "place:chiapas:es",
            "Chiapas: aquí operaban organizaciones criminales desarticuladas",
            &rules
        )
        .is_empty());
        let bare = "Los flujos se redujeron en más de la mitad desde su punto más alto (diciembre de 2023).";
        assert_eq!(audit("flows", bare, &rules).len(), 1);
        let marked = "Los flujos se redujeron en más de la mitad desde su punto más alto (diciembre de [2023]).";
        assert!(audit("flows", marked, &rules).is_empty());
        assert!(audit("document", "… del 23 de enero de 2024", &rules).is_empty());
        assert_eq!(
            audit("legend", "Cruce Mesa de Otay II (East)", &rules).len(),
            1
        );
        assert_eq!(audit("share", "45,7 %", &rules).len(), 1);
        assert!(audit("share", "45,6 %", &rules).is_empty());
        assert!(audit("text:KeyboardHint:es", "0 para ver toda la región", &rules).is_empty());
        assert_eq!(audit("text:ZoomIn:es", "0 vuelos", &rules).len(), 1);
    }
}
