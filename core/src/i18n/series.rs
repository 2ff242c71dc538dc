//! How the series reads: each statement's name in the picker and the comparisons, a figure
//! of another statement with its period, status and provenance, a place one list leaves out,
//! and the difference between two figures, always said to be ours and what it compares.

use crate::data::series::{FlightsFigure, Issued, Period, PlaceInStatement, Statement};
use crate::data::{Dataset, Day};
use crate::i18n::{figures, format, shared_line, Lang};

/// A statement by its date, as the picker and the comparisons name it: "Comunicado del 23 de
/// enero de 2024", "Statement issued on or before 26 January 2024".
///
/// ```
/// let data = corredor_core::data::load_follow_up().unwrap();
/// let label = corredor_core::i18n::series::statement_label(&data, corredor_core::i18n::Lang::En);
/// assert_eq!(label, "Statement issued on or before 26 January 2024");
/// ```
pub fn statement_label(data: &impl Issued, lang: Lang) -> String {
    label(data, lang, true)
}

/// A statement by its date in few letters, for the compact embed's picker: "23 ene 2024",
/// "≤ 26 Jan 2024" for one issued on or before that day (its full name goes with it for
/// screen readers and as its tooltip).
///
/// ```
/// let data = corredor_core::data::load_follow_up().unwrap();
/// let label = corredor_core::i18n::series::short_label(&data, corredor_core::i18n::Lang::Es);
/// assert_eq!(label, "≤ 26 ene 2024");
/// ```
pub fn short_label(data: &impl Issued, lang: Lang) -> String {
    let (date, on_or_before) = data.issued();
    let date = Day::parse(date)
        .map(|day| format::short_day(day, lang))
        .unwrap_or_else(|| date.to_string());
    if on_or_before {
        format!("≤ {date}")
    } else {
        date
    }
}

/// [`statement_label`], capitalized or inside a sentence ("respecto al comunicado del …"):
/// written both ways rather than lower-cased, which would bring Unicode's case tables into
/// the wasm.
fn label(data: &impl Issued, lang: Lang, capital: bool) -> String {
    let (date, on_or_before) = data.issued();
    let date = Day::parse(date)
        .map(|day| format::day(day, lang))
        .unwrap_or_else(|| date.to_string());
    let noun = match (lang, capital) {
        (Lang::Es, true) => "Comunicado",
        (Lang::Es, false) => "comunicado",
        (Lang::En, true) => "Statement",
        (Lang::En, false) => "statement",
    };
    match (lang, on_or_before) {
        (Lang::Es, false) => format!("{noun} del {date}"),
        (Lang::En, false) => format!("{noun} of {date}"),
        (Lang::Es, true) => format!("{noun} emitido el {date} o antes"),
        (Lang::En, true) => format!("{noun} issued on or before {date}"),
    }
}

/// A figure's period in words; for a part with none of its own, the total's, said as such.
pub fn period(period: Period, lang: Lang) -> Option<String> {
    match (period, lang) {
        (Period::Own(date), lang) => Some(format::event_date(date, lang)),
        (Period::OfTotal(date), Lang::Es) => Some(format!(
            "sin periodo propio; el del total: {}",
            format::event_date(date, lang)
        )),
        (Period::OfTotal(date), Lang::En) => Some(format!(
            "no period of its own; the total's: {}",
            format::event_date(date, lang)
        )),
        (Period::Unknown, _) => None,
    }
}

/// A flights figure with its status and period: "36 vuelos · Realizado · 1–21 de enero de
/// [2024]"; a line shared with other places says so ("1 vuelo, en una línea de la lista que
/// nombra también a India").
pub fn figure_text(
    statements: &[Statement],
    figure: &FlightsFigure,
    place: Option<&str>,
    lang: Lang,
) -> String {
    let count = match (figure.is_shared(), figure.quantity) {
        (true, crate::data::Quantity::Exact(count)) => {
            let partners: Vec<&str> = figure
                .places
                .iter()
                .filter(|id| Some(&***id) != place)
                .map(|id| crate::data::series::place_name(statements, id, lang))
                .collect();
            shared_line(count, &partners.join(", "), lang)
        }
        (_, quantity) => figures::amount(&crate::data::FigureUnit::Flights, quantity, lang),
    };
    let mut parts = vec![count, figures::status_cell(figure.status, lang).to_owned()];
    parts.extend(period(figure.period, lang));
    parts.join(" · ")
}

/// What statement `data` says of a place, for its line in the place's details and its cell
/// in the comparison table.
pub fn place_text(
    statements: &[Statement],
    found: &PlaceInStatement,
    place: &str,
    lang: Lang,
) -> String {
    match (found, lang) {
        (PlaceInStatement::Listed(figure), lang) => {
            figure_text(statements, figure, Some(place), lang)
        }
        (PlaceInStatement::NotListed, Lang::Es) => {
            "No está en la lista por destino de este comunicado".to_owned()
        }
        (PlaceInStatement::NotListed, Lang::En) => {
            "Not in this statement's list by destination".to_owned()
        }
    }
}

/// A difference with its sign: "+12", "−3", "±0".
pub fn signed(difference: i64, lang: Lang) -> String {
    let sign = match difference {
        d if d > 0 => "+",
        d if d < 0 => "−",
        _ => "±",
    };
    format!("{sign}{}", format::number(difference.unsigned_abs(), lang))
}

/// The difference between two figures, labelled as ours and as what it compares: two
/// statements' counts, with the aspects in which they differ; never a count of flights on the
/// days between them.
///
/// ```
/// use corredor_core::data::series::flights_total;
/// use corredor_core::i18n::{series::difference_text, Lang};
/// let first = corredor_core::data::load_embedded().unwrap();
/// let second = corredor_core::data::load_follow_up().unwrap();
/// let (before, after) = (flights_total(&first).unwrap(), flights_total(&second).unwrap());
/// let text = difference_text(&first, &before, &after, Lang::En).unwrap();
/// assert!(text.starts_with("Computed by us, not in any statement: +33 from the statement of 23 January 2024"), "{text}");
/// assert!(text.contains("different periods, statuses and sources"), "{text}");
/// assert!(text.contains("not a count of flights between"), "{text}");
/// ```
pub fn difference_text(
    earlier_data: &Dataset,
    earlier: &FlightsFigure,
    later: &FlightsFigure,
    lang: Lang,
) -> Option<String> {
    let amount = signed(crate::data::series::difference(earlier, later)?, lang);
    let label = label(earlier_data, lang, false);
    let periods_differ = earlier.period != later.period;
    let provenance = |figure: &FlightsFigure| {
        (
            figure.quote.is_some(),
            figure.citation.map(|c| c.publisher.clone()),
        )
    };
    let mut aspects: Vec<&str> = Vec::new();
    if periods_differ {
        aspects.push(if lang == Lang::Es {
            "periodos"
        } else {
            "periods"
        });
    }
    if earlier.status != later.status {
        aspects.push(if lang == Lang::Es {
            "estados"
        } else {
            "statuses"
        });
    }
    if provenance(earlier) != provenance(later) {
        aspects.push(if lang == Lang::Es {
            "fuentes"
        } else {
            "sources"
        });
    }
    let joined = match aspects.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => {
            let and = if lang == Lang::Es { "y" } else { "and" };
            format!("{} {and} {last}", rest.join(", "))
        }
    };
    let mut text = match lang {
        Lang::Es => format!(
            "Calculado por nosotros, no está en ningún comunicado: {amount} respecto al {label}. Compara las cifras de comunicados distintos"
        ),
        Lang::En => format!(
            "Computed by us, not in any statement: {amount} from the {label}. It compares the figures of different statements"
        ),
    };
    if !joined.is_empty() {
        text.push_str(&match lang {
            Lang::Es => format!(", con distintos {joined}"),
            Lang::En => format!(", with different {joined}"),
        });
    }
    if periods_differ {
        text.push_str(match lang {
            Lang::Es => "; no es un número de vuelos entre una fecha y otra",
            Lang::En => "; it is not a count of flights between one date and the other",
        });
    }
    text.push('.');
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::series::place_flights;

    use crate::data::series::embedded_series as series;

    #[test]
    fn each_statement_says_its_figure_with_status_and_period() {
        let series = series();
        let found = place_flights(&series[0].data, "guatemala").unwrap();
        assert_eq!(
            place_text(&series, &found, "guatemala", Lang::Es),
            "36 vuelos · Realizado · 1–21 de enero de [2024]"
        );
        let found = place_flights(&series[1].data, "guatemala").unwrap();
        assert_eq!(
            place_text(&series, &found, "guatemala", Lang::En),
            "48 flights · Projected · no period of its own; the total's: 1–26 January 2024"
        );
    }

    #[test]
    fn a_shared_line_names_its_partner_and_a_missing_place_is_not_in_the_list() {
        let series = series();
        let found = place_flights(&series[0].data, "romania").unwrap();
        let text = place_text(&series, &found, "romania", Lang::Es);
        assert!(
            text.starts_with("1 vuelo, en una línea de la lista que nombra también a India"),
            "{text}"
        );
        let found = place_flights(&series[1].data, "india").unwrap();
        let text = place_text(&series, &found, "india", Lang::En);
        assert_eq!(text, "Not in this statement's list by destination");
        assert!(!text.contains("no flights") && !text.contains('0'));
    }

    #[test]
    fn the_difference_is_ours_and_never_a_count_of_days_between() {
        let series = series();
        let found = |index: usize| match place_flights(&series[index].data, "guatemala") {
            Some(PlaceInStatement::Listed(figure)) => figure,
            other => panic!("{other:?}"),
        };
        let text = difference_text(&series[0].data, &found(0), &found(1), Lang::Es).unwrap();
        assert_eq!(
            text,
            "Calculado por nosotros, no está en ningún comunicado: +12 respecto al comunicado del 23 de enero de 2024. Compara las cifras de comunicados distintos, con distintos periodos, estados y fuentes; no es un número de vuelos entre una fecha y otra."
        );
        assert!(!text.contains("22") && !text.contains("26"), "{text}");
        let same = difference_text(&series[0].data, &found(0), &found(0), Lang::En).unwrap();
        assert_eq!(
            same,
            "Computed by us, not in any statement: ±0 from the statement of 23 January 2024. It compares the figures of different statements."
        );
    }
}
