//! Calendar dates as the dataset writes them (`YYYY-MM-DD`, `YYYY-MM`), with the honest
//! precision of each event: a day, a month, or a range of days.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use crate::data::model::{EventDate, Precision};

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// The year, e.g. 2024.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
}

impl YearMonth {
    /// Parses `YYYY-MM`; anything else, or a month outside 1–12, is `None`.
    ///
    /// ```
    /// use corredor_core::data::YearMonth;
    /// assert_eq!(YearMonth::parse("2023-12"), Some(YearMonth { year: 2023, month: 12 }));
    /// assert_eq!(YearMonth::parse("2023-13"), None);
    /// ```
    pub fn parse(text: &str) -> Option<YearMonth> {
        let (year, month) = text.split_once('-')?;
        let year = parse_digits(year, 4)?;
        let month = u8::try_from(parse_digits(month, 2)?).ok()?;
        (1..=12)
            .contains(&month)
            .then_some(YearMonth { year, month })
    }

    /// The first day of the month.
    pub fn first_day(self) -> Day {
        Day {
            year: self.year,
            month: self.month,
            day: 1,
        }
    }

    /// The last day of the month.
    pub fn last_day(self) -> Day {
        Day {
            year: self.year,
            month: self.month,
            day: days_in_month(self.year, self.month),
        }
    }
}

impl Day {
    /// Parses `YYYY-MM-DD`, refusing days that do not exist (such as 2023-02-29).
    ///
    /// ```
    /// use corredor_core::data::Day;
    /// assert_eq!(Day::parse("2024-02-29").map(|d| d.day), Some(29));
    /// assert_eq!(Day::parse("2023-02-29"), None);
    /// assert_eq!(Day::parse("27/12/2023"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = u8::try_from(parse_digits(parts.next()?, 2)?).ok()?;
        let day = u8::try_from(parse_digits(parts.next()?, 2)?).ok()?;
        if parts.next().is_some() || !(1..=12).contains(&month) {
            return None;
        }
        (1..=days_in_month(year, month))
            .contains(&day)
            .then_some(Day { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), for distances and positions on an axis.
    ///
    /// ```
    /// use corredor_core::data::Day;
    /// let peak_end = Day::parse("2023-12-31").unwrap();
    /// let new_year = Day::parse("2024-01-01").unwrap();
    /// assert_eq!(new_year.days_since_epoch() - peak_end.days_since_epoch(), 1);
    /// ```
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The day `days` after this one (before, if negative).
    pub fn plus_days(self, days: i64) -> Day {
        Day::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The inverse of [`Day::days_since_epoch`].
    pub fn from_days_since_epoch(days: i64) -> Day {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Day {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// `YYYY-MM-DD`, the form the dataset and the URL use.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl EventDate {
    /// The first and last day the date covers: one day, a whole month, or a range.
    ///
    /// `None` when the date is malformed; validation reports those.
    ///
    /// ```
    /// use corredor_core::data::{EventDate, Precision, Day};
    /// let december = EventDate { precision: Precision::Month, start: "2023-12".into(), end: None, year_inferred: true, days: None };
    /// let (first, last) = december.span().unwrap();
    /// assert_eq!((first.day, last.day), (1, 31));
    /// ```
    pub fn span(&self) -> Option<(Day, Day)> {
        self.days.or_else(|| self.parse_span())
    }

    /// The span read from the date's strings (what [`EventDate::days`] caches).
    pub fn parse_span(&self) -> Option<(Day, Day)> {
        match self.precision {
            Precision::Day | Precision::UpTo => {
                let day = Day::parse(&self.start)?;
                Some((day, day))
            }
            Precision::Month => {
                let month = YearMonth::parse(&self.start)?;
                Some((month.first_day(), month.last_day()))
            }
            Precision::Range => Some((Day::parse(&self.start)?, Day::parse(self.end.as_deref()?)?)),
        }
    }
}

/// The number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Exactly `width` ASCII digits.
fn parse_digits(text: &str, width: usize) -> Option<i32> {
    (text.len() == width && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

// Native only: proptest does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn refuses_malformed_and_impossible_dates() {
        for bad in [
            "",
            "2024",
            "2024-1-05",
            "2024-01-5",
            "2024-00-10",
            "2024-04-31",
            "+024-01-01",
            "2024-01-01-01",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        assert_eq!(YearMonth::parse("2023-12-01"), None);
    }

    #[test]
    fn a_month_spans_all_its_days() {
        let february = YearMonth::parse("2024-02").unwrap();
        assert_eq!(
            february.last_day(),
            Day {
                year: 2024,
                month: 2,
                day: 29
            }
        );
    }

    proptest! {
        #[test]
        fn days_round_trip_through_the_epoch_count(days in -800_000i64..800_000) {
            let day = Day::from_days_since_epoch(days);
            prop_assert_eq!(day.days_since_epoch(), days);
            prop_assert_eq!(Day::parse(&day.iso()), Some(day).filter(|d| d.year >= 0 && d.year <= 9999));
        }

        #[test]
        fn order_of_days_matches_order_of_counts(a in -10_000i64..10_000, b in -10_000i64..10_000) {
            prop_assert_eq!(a.cmp(&b), Day::from_days_since_epoch(a).cmp(&Day::from_days_since_epoch(b)));
        }
    }
}
