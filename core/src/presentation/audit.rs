//! Reads interface strings the way an editor checks a graphic against its source.
//!
//! Every number must be in the statement or come from a documented computation; a year the
//! text does not give is never shown bare (it is bracketed, `[2023]`); no number is spelled in
//! words unless the text spells it; a place-level string that mentions the dismantled
//! organizations says they *operated* there; and nothing calls the Otay Mesa II (East) site
//! what the text never calls it. `tests/audit.rs` runs it over the text of every view the
//! app renders, in both languages; `docs/dataset.md` ("Source, context, computed") lists the
//! computations.

use crate::data::{Dataset, Day, SOURCE_EN, SOURCE_ES};
use crate::i18n::format;
use crate::lang::Lang;
use crate::state::table::{flight_rows, share_percent};

/// What [`audit`] compares a string with.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// The numbers the statement contains, as written there ("79", "2024").
    pub source_numbers: Vec<String>,
    /// Numbers produced by documented computations: shares and their sum, the size key.
    pub computed_numbers: Vec<String>,
    /// Numbers of figures known only from another publication, and of that publication's
    /// dates: the outlet's, shown with a "Reportado por" label beside them (each figure's
    /// row and details, which `tests/render.rs` checks), never as the statement's own.
    pub reported_numbers: Vec<String>,
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
/// assert_eq!(numbers("5,400 people; 12\u{a0}345 personas"), vec!["5400", "12345"]);
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
            // A group of thousands: "5,400" in English, "12\u{a0}345" in Spanish (exactly three
            // digits after the separator). The interface writes no decimal with three digits.
            let grouping = matches!(c, ',' | '\u{a0}')
                && !token.contains('.')
                && (1..=3).all(|k| chars.get(index + k).is_some_and(char::is_ascii_digit))
                && !chars.get(index + 4).is_some_and(char::is_ascii_digit);
            if grouping {
                index += 1;
                continue;
            }
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
        } else if !rules.source_numbers.contains(&token)
            && !rules.computed_numbers.contains(&token)
            && !rules.reported_numbers.contains(&token)
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

/// Where the keyboard hint is shown (`Rules::not_figures`): a location starts with it.
pub const KEYBOARD_HINT: &str = "p.map-note map-note--keys";

/// The rules for `data`: the statement's numbers, the shares the tables compute, the size
/// key's reference values, the statement's own date (and so its month), and the one key name that is not a figure (the
/// keyboard hint's "0", in the map's notes).
pub fn rules(data: &Dataset) -> Rules {
    rules_for(data, SOURCE_ES, SOURCE_EN)
}

/// [`rules`] for any statement: `data` read from its folder, with its original and its
/// translation.
pub fn rules_for(data: &Dataset, original: &str, translation: &str) -> Rules {
    let mut computed: Vec<String> = Lang::ALL
        .iter()
        .flat_map(|lang| flight_rows(data, *lang))
        .map(|row| numbers(&format::percent(row.share, Lang::En)).concat())
        .collect();
    if let Some(flights) = &data.flights {
        computed.push(
            numbers(&format::percent(
                share_percent(data.flights_sum(), flights.total),
                Lang::En,
            ))
            .concat(),
        );
    }
    // The data's version, and the day of its latest correction: metadata of the data, not
    // figures of the statement (`facts::data_version`).
    computed.push(data.source.data_version.to_string());
    let updated = data.source.data_updated.as_deref().and_then(Day::parse);
    // The dateline gives its day, and so its month, with the year.
    let dateline = Day::parse(&data.source.date);
    let mut stated_dates: Vec<String> = Lang::ALL
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
    stated_dates.extend(
        Lang::ALL
            .iter()
            .flat_map(|lang| updated.map(|day| format::day(day, *lang))),
    );
    // The size key's reference circles: the largest count any place gets alone and round
    // values below it (`geo::symbols::legend_values`), a scale, not figures of the statement.
    let largest = data
        .places
        .iter()
        .map(|place| data.flights_to(&place.id).own)
        .max()
        .unwrap_or(1)
        .max(1);
    computed.extend(
        crate::geo::symbols::legend_values(largest)
            .into_iter()
            .map(|value| value.to_string()),
    );
    // The sum of a total's parts, shown under them as computed.
    computed.extend(
        data.figures
            .iter()
            .filter_map(|figure| crate::i18n::figures::parts_sum(data, &figure.id))
            .map(|sum| sum.to_string()),
    );
    Rules {
        source_numbers: numbers(original),
        computed_numbers: computed,
        reported_numbers: reported_numbers(data),
        stated_dates,
        source_text: format!("{original}\n{translation}").to_lowercase(),
        // "0 to show the whole region": a key on the keyboard.
        not_figures: vec![(KEYBOARD_HINT.into(), "0".into())],
    }
}

impl Rules {
    /// These rules for a page that also shows the other statements of `statements` (the
    /// picker, a place's figure in each statement, the comparison table): each other
    /// statement's flights figures, the days of their periods and the dates of their
    /// citations, shown beside that statement's name, are accepted as reported; its date as
    /// a stated one; and the differences [`series::difference`] allows, as computed.
    pub fn with_series(mut self, statements: &[crate::data::series::Statement]) -> Rules {
        use crate::data::series::{self, PlaceInStatement};
        let places = series::listed_places(statements);
        for statement in statements {
            let data = &statement.data;
            self.reported_numbers
                .extend(date_numbers(&data.source.date));
            if let Some(day) = Day::parse(&data.source.date) {
                self.stated_dates.extend(
                    Lang::ALL
                        .iter()
                        .flat_map(|lang| [format::day(day, *lang), format::short_day(day, *lang)]),
                );
            }
        }
        // Every figure the comparisons show, a row per subject (the totals, then each listed
        // place), a column per statement.
        let mut rows: Vec<Vec<Option<series::FlightsFigure<'_>>>> = vec![statements
            .iter()
            .map(|statement| series::flights_total(&statement.data))
            .collect()];
        rows.extend(places.iter().map(|place| {
            statements
                .iter()
                .map(
                    |statement| match series::place_flights(&statement.data, place) {
                        Some(PlaceInStatement::Listed(figure)) => Some(figure),
                        _ => None,
                    },
                )
                .collect()
        }));
        for row in rows {
            let mut previous = None;
            for figure in row.into_iter().flatten() {
                self.reported_numbers
                    .extend(numbers(&format::quantity(figure.quantity, Lang::En)));
                if let series::Period::Own(date) | series::Period::OfTotal(date) = figure.period {
                    self.reported_numbers.extend(date_numbers(&date.start));
                    self.reported_numbers
                        .extend(date.end.iter().flat_map(|end| date_numbers(end)));
                }
                if let Some(citation) = figure.citation {
                    self.reported_numbers.extend(date_numbers(&citation.date));
                }
                // Against the previous statement's that gives one, as the comparisons
                // subtract them.
                if let Some(before) = previous {
                    if let Some(difference) = series::difference(&before, &figure) {
                        self.computed_numbers
                            .push(difference.unsigned_abs().to_string());
                    }
                }
                previous = Some(figure);
            }
        }
        self.reported_numbers.sort();
        self.reported_numbers.dedup();
        self
    }
}

/// The numbers of an ISO date as the interface shows them: "2024-01-05" → "2024", "1", "5".
fn date_numbers(date: &str) -> Vec<String> {
    numbers(date)
        .into_iter()
        .map(|token| token.parse::<u32>().map_or(token, |n| n.to_string()))
        .collect()
}

/// The numbers a statement's cited figures and citations show ([`Rules::reported_numbers`]):
/// each cited figure's value and the days of its date, each citation's date, and, for a
/// statement known only to have been issued on or before a day, that day.
fn reported_numbers(data: &Dataset) -> Vec<String> {
    use crate::data::Quantity;
    let mut reported = Vec::new();
    let mut citations = vec![&data.source.provenance.citation];
    for figure in data.figures.iter() {
        let Some(citation) = &figure.citation else {
            continue;
        };
        citations.push(citation);
        match figure.quantity {
            Quantity::Exact(n)
            | Quantity::AtLeast(n)
            | Quantity::MoreThan(n)
            | Quantity::About(n) => reported.push(n.to_string()),
            Quantity::MoreThanFraction {
                numerator,
                denominator,
            } => reported.extend([numerator.to_string(), denominator.to_string()]),
        }
        if let Some(date) = &figure.date {
            reported.extend(date_numbers(&date.start));
            reported.extend(date.end.iter().flat_map(|end| date_numbers(end)));
        }
    }
    for citation in citations {
        reported.extend(date_numbers(&citation.date));
    }
    if data.source.on_or_before {
        reported.extend(date_numbers(&data.source.date));
    }
    reported.sort();
    reported.dedup();
    reported
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;

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
        assert!(audit(KEYBOARD_HINT, "0 para ver toda la región", &rules).is_empty());
        assert_eq!(audit("text:ZoomIn:es", "0 vuelos", &rules).len(), 1);
    }
}
