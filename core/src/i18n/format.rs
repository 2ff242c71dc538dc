//! Dates, numbers and bounds written the way each language writes them.

use crate::data::{Day, EventDate, Precision, Quantity, YearMonth};
use crate::lang::Lang;

/// `text` with its first letter upper-case, for a heading made of a statement's words
/// ("vuelos de repatriación" → "Vuelos de repatriación"). Only ASCII and the letters of Spanish
/// change: the full Unicode case tables would weigh on the wasm for nothing this beat writes.
///
/// ```
/// use corredor_core::i18n::format::capitalized;
/// assert_eq!(capitalized("vuelos de repatriación"), "Vuelos de repatriación");
/// assert_eq!(capitalized("órdenes"), "Órdenes");
/// assert_eq!(capitalized(""), "");
/// ```
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    const SPANISH: [(char, char); 7] = [
        ('á', 'Á'),
        ('é', 'É'),
        ('í', 'Í'),
        ('ó', 'Ó'),
        ('ú', 'Ú'),
        ('ñ', 'Ñ'),
        ('ü', 'Ü'),
    ];
    let upper = SPANISH
        .iter()
        .find(|(lower, _)| *lower == first)
        .map_or(first.to_ascii_uppercase(), |(_, upper)| *upper);
    let mut out = String::with_capacity(text.len());
    out.push(upper);
    out.push_str(chars.as_str());
    out
}

fn month_name(month: u8, lang: Lang) -> &'static str {
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    };
    names
        .get(usize::from(month).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// A day in words: "27 de diciembre de 2023", "27 December 2023".
///
/// ```
/// use corredor_core::{data::Day, i18n::{format::day, Lang}};
/// let blinken = Day::parse("2023-12-27").unwrap();
/// assert_eq!(day(blinken, Lang::Es), "27 de diciembre de 2023");
/// assert_eq!(day(blinken, Lang::En), "27 December 2023");
/// ```
pub fn day(day: Day, lang: Lang) -> String {
    day_with_year(day, &day.year.to_string(), lang)
}

/// A day in few letters, for a compact control: "23 ene 2024", "23 Jan 2024".
///
/// ```
/// use corredor_core::{data::Day, i18n::{format::short_day, Lang}};
/// let day = Day::parse("2024-01-23").unwrap();
/// assert_eq!(short_day(day, Lang::Es), "23 ene 2024");
/// assert_eq!(short_day(day, Lang::En), "23 Jan 2024");
/// ```
pub fn short_day(day: Day, lang: Lang) -> String {
    // Every month name of both languages is ASCII, so its first three bytes are letters.
    let name = month_name(day.month, lang);
    format!("{} {} {}", day.day, name.get(..3).unwrap_or(name), day.year)
}

fn day_with_year(day: Day, year: &str, lang: Lang) -> String {
    match lang {
        Lang::Es => format!("{} de {} de {year}", day.day, month_name(day.month, lang)),
        Lang::En => format!("{} {} {year}", day.day, month_name(day.month, lang)),
    }
}

/// When an outside publication appeared, as its citation gives it: the day where the copy
/// we found shows one, and otherwise the month with a word that the day was not shown (a
/// bare "2024-01" reads as a date we chose not to give).
///
/// ```
/// use corredor_core::i18n::{format::citation_date, Lang};
/// assert_eq!(citation_date("2023-12-29", Lang::Es), "29 de diciembre de 2023");
/// assert_eq!(citation_date("2024-01", Lang::En), "January 2024 (the copy found shows no day)");
/// ```
pub fn citation_date(date: &str, lang: Lang) -> String {
    if let Some(day) = Day::parse(date) {
        return self::day(day, lang);
    }
    match (YearMonth::parse(date), lang) {
        (Some(month), Lang::Es) => format!(
            "{} (la copia consultada no muestra el día)",
            self::month(month, lang)
        ),
        (Some(month), Lang::En) => {
            format!("{} (the copy found shows no day)", self::month(month, lang))
        }
        (None, _) => date.to_owned(),
    }
}

/// A month in words: "diciembre de 2023", "December 2023".
pub fn month(month: YearMonth, lang: Lang) -> String {
    month_with_year(month, &month.year.to_string(), lang)
}

/// A month with its year in brackets when the text does not give that year: "diciembre de
/// [2023]".
///
/// ```
/// use corredor_core::{data::YearMonth, i18n::{format::month_marked, Lang}};
/// let december = YearMonth { year: 2023, month: 12 };
/// assert_eq!(month_marked(december, true, Lang::Es), "diciembre de [2023]");
/// assert_eq!(month_marked(december, false, Lang::En), "December 2023");
/// ```
pub fn month_marked(month: YearMonth, year_inferred: bool, lang: Lang) -> String {
    month_with_year(month, &year(month.year, year_inferred), lang)
}

fn month_with_year(month: YearMonth, year: &str, lang: Lang) -> String {
    match lang {
        Lang::Es => format!("{} de {year}", month_name(month.month, lang)),
        Lang::En => format!("{} {year}", month_name(month.month, lang)),
    }
}

/// A year as a date shows it: in brackets, the editorial mark, when the text does not give it.
///
/// ```
/// assert_eq!(corredor_core::i18n::format::year(2023, true), "[2023]");
/// assert_eq!(corredor_core::i18n::format::year(2024, false), "2024");
/// ```
pub fn year(year: i32, inferred: bool) -> String {
    if inferred {
        format!("[{year}]")
    } else {
        year.to_string()
    }
}

/// A range of days, shortened when it stays within a month: "1–21 de enero de 2024".
///
/// ```
/// use corredor_core::{data::Day, i18n::{format::range, Lang}};
/// let (first, last) = (Day::parse("2024-01-01").unwrap(), Day::parse("2024-01-21").unwrap());
/// assert_eq!(range(first, last, Lang::Es), "1–21 de enero de 2024");
/// assert_eq!(range(first, last, Lang::En), "1–21 January 2024");
/// ```
pub fn range(first: Day, last: Day, lang: Lang) -> String {
    range_with_years(first, last, false, lang)
}

fn range_with_years(first: Day, last: Day, inferred: bool, lang: Lang) -> String {
    let last_text = day_with_year(last, &year(last.year, inferred), lang);
    if first.year == last.year && first.month == last.month {
        format!("{}–{last_text}", first.day)
    } else {
        let first_text = day_with_year(first, &year(first.year, inferred), lang);
        format!("{first_text} – {last_text}")
    }
}

/// An event's date in words, at its own precision, its year in brackets when inferred.
///
/// ```
/// let data = corredor_core::data::load_embedded().unwrap();
/// let visit = data.event("blinken-visit").unwrap();
/// let lang = corredor_core::i18n::Lang::Es;
/// assert_eq!(corredor_core::i18n::format::event_date(&visit.date, lang), "27 de diciembre de [2023]");
/// ```
pub fn event_date(date: &EventDate, lang: Lang) -> String {
    let Some((first, last)) = date.span() else {
        return date.start.to_string();
    };
    let year_text = year(first.year, date.year_inferred);
    match date.precision {
        Precision::Day => day_with_year(first, &year_text, lang),
        Precision::Month => month_with_year(
            YearMonth {
                year: first.year,
                month: first.month,
            },
            &year_text,
            lang,
        ),
        Precision::Range => range_with_years(first, last, date.year_inferred, lang),
        Precision::UpTo => {
            let day = day_with_year(first, &year_text, lang);
            match lang {
                Lang::Es => format!("hasta el {day}"),
                Lang::En => format!("up to {day}"),
            }
        }
    }
}

/// The last day of a date, in words, with the same year mark as [`event_date`].
pub fn event_end(date: &EventDate, lang: Lang) -> String {
    match date.span() {
        Some((_, last)) => day_with_year(last, &year(last.year, date.year_inferred), lang),
        None => date.start.to_string(),
    }
}

/// The first day of a date, in words, with the same year mark as [`event_date`].
pub fn event_start(date: &EventDate, lang: Lang) -> String {
    match date.span() {
        Some((first, _)) => day_with_year(first, &year(first.year, date.year_inferred), lang),
        None => date.start.to_string(),
    }
}

/// A whole number with the language's grouping: "12 345" (es, from five digits), "12,345" (en).
///
/// ```
/// use corredor_core::i18n::{format::number, Lang};
/// assert_eq!(number(79, Lang::Es), "79");
/// assert_eq!(number(1234, Lang::Es), "1234");
/// assert_eq!(number(12345, Lang::Es), "12\u{a0}345");
/// assert_eq!(number(1234, Lang::En), "1,234");
/// ```
pub fn number(value: u64, lang: Lang) -> String {
    let digits = value.to_string();
    let (separator, min_len) = match lang {
        Lang::Es => ('\u{a0}', 5),
        Lang::En => (',', 4),
    };
    if digits.len() < min_len {
        return digits;
    }
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// A share of a total with one decimal, always written: "45,6 %" in Spanish, "45.6%" in
/// English. A documented computation (`docs/dataset.md`), not a figure of the text.
///
/// ```
/// use corredor_core::i18n::{format::percent, Lang};
/// assert_eq!(percent(45.5696, Lang::Es), "45,6\u{a0}%");
/// assert_eq!(percent(100.0, Lang::En), "100.0%");
/// ```
pub fn percent(value: f64, lang: Lang) -> String {
    let mut text = crate::number::fixed(value, 1);
    if !text.contains('.') {
        text.push_str(".0");
    }
    match lang {
        Lang::Es => format!("{}\u{a0}%", text.replace('.', ",")),
        Lang::En => format!("{text}%"),
    }
}

/// A quantity with its bound in words: "al menos 10", "more than half".
///
/// ```
/// use corredor_core::{data::Quantity, i18n::{format::quantity, Lang}};
/// assert_eq!(quantity(Quantity::AtLeast(10), Lang::Es), "al menos 10");
/// let half = Quantity::MoreThanFraction { numerator: 1, denominator: 2 };
/// assert_eq!(quantity(half, Lang::En), "more than half");
/// ```
pub fn quantity(quantity: Quantity, lang: Lang) -> String {
    match (quantity, lang) {
        (Quantity::Exact(n), lang) => number(u64::from(n), lang),
        (Quantity::AtLeast(n), Lang::Es) => format!("al menos {}", number(u64::from(n), lang)),
        (Quantity::AtLeast(n), Lang::En) => format!("at least {}", number(u64::from(n), lang)),
        (Quantity::MoreThan(n), Lang::Es) => format!("más de {}", number(u64::from(n), lang)),
        (Quantity::MoreThan(n), Lang::En) => format!("more than {}", number(u64::from(n), lang)),
        (Quantity::About(n), Lang::Es) => format!("unos {}", number(u64::from(n), lang)),
        (Quantity::About(n), Lang::En) => format!("about {}", number(u64::from(n), lang)),
        (
            Quantity::MoreThanFraction {
                numerator: 1,
                denominator: 2,
            },
            Lang::Es,
        ) => "más de la mitad".into(),
        (
            Quantity::MoreThanFraction {
                numerator: 1,
                denominator: 2,
            },
            Lang::En,
        ) => "more than half".into(),
        (
            Quantity::MoreThanFraction {
                numerator,
                denominator,
            },
            Lang::Es,
        ) => {
            format!("más de {numerator}/{denominator}")
        }
        (
            Quantity::MoreThanFraction {
                numerator,
                denominator,
            },
            Lang::En,
        ) => {
            format!("more than {numerator}/{denominator}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_at_each_precision() {
        let data = crate::data::load_embedded().unwrap();
        let peak = data.event("december-peak").unwrap();
        assert_eq!(event_date(&peak.date, Lang::Es), "diciembre de [2023]");
        assert_eq!(event_date(&peak.date, Lang::En), "December [2023]");
        let flights = data.event("repatriation-flights").unwrap();
        assert_eq!(event_date(&flights.date, Lang::En), "1–21 January [2024]");
        assert_eq!(event_end(&flights.date, Lang::Es), "21 de enero de [2024]");
        let statement = data.event("joint-statement").unwrap();
        assert_eq!(event_date(&statement.date, Lang::Es), "23 de enero de 2024");
    }

    #[test]
    fn ranges_across_months_spell_both_ends() {
        let first = Day::parse("2023-12-27").unwrap();
        let last = Day::parse("2024-01-23").unwrap();
        assert_eq!(
            range(first, last, Lang::En),
            "27 December 2023 – 23 January 2024"
        );
    }

    #[test]
    fn every_month_has_a_name_in_both_languages() {
        for month in 1..=12 {
            for lang in Lang::ALL {
                assert_ne!(month_name(month, lang), "?");
            }
        }
        assert_eq!(month_name(13, Lang::En), "?");
    }
}
