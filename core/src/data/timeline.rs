//! The timeline's logic: its span, what had happened by a date, and stepping between events.
//! Nothing here interpolates: a period is "running" or "finished", never a share of its total.

use crate::data::{Dataset, Day, Event, YearMonth};

/// Where an event stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// It has not started.
    Upcoming,
    /// It started and has not ended (a period or a month).
    Running,
    /// It is over.
    Done,
}

/// The timeline: whole months from the first event's month to the last event's month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// The first day shown.
    pub first: Day,
    /// The last day shown.
    pub last: Day,
}

impl Span {
    /// The span covering every event of `data`, widened to whole months.
    ///
    /// ```
    /// let data = corredor_core::data::load_embedded().unwrap();
    /// let span = corredor_core::data::timeline::Span::of(&data).unwrap();
    /// assert_eq!((span.first.iso(), span.last.iso()), ("2023-12-01".into(), "2024-01-31".into()));
    /// ```
    pub fn of(data: &Dataset) -> Option<Span> {
        let spans = dated_spans(data);
        let first = spans.iter().map(|s| s.0).min()?;
        let last = spans.iter().map(|s| s.1).max()?;
        Some(Span {
            first: YearMonth {
                year: first.year,
                month: first.month,
            }
            .first_day(),
            last: YearMonth {
                year: last.year,
                month: last.month,
            }
            .last_day(),
        })
    }

    /// Days in the span, counting both ends.
    pub fn days(&self) -> i64 {
        self.last.days_since_epoch() - self.first.days_since_epoch() + 1
    }

    /// The day `offset` days after the first, clamped to the span.
    pub fn day_at(&self, offset: i64) -> Day {
        self.first.plus_days(offset.clamp(0, self.days() - 1))
    }

    /// How many days `day` is after the first, clamped to the span.
    pub fn offset_of(&self, day: Day) -> i64 {
        (day.days_since_epoch() - self.first.days_since_epoch()).clamp(0, self.days() - 1)
    }

    /// `day` clamped into the span.
    pub fn clamp(&self, day: Day) -> Day {
        self.day_at(self.offset_of(day))
    }

    /// Where `day` falls along the span, from 0 (first day's start) to 1 (last day's end).
    pub fn fraction(&self, day: Day) -> f64 {
        self.offset_of(day) as f64 / self.days() as f64
    }

    /// Each month's first day, for the axis.
    pub fn months(&self) -> Vec<YearMonth> {
        let mut months = Vec::new();
        let mut month = YearMonth {
            year: self.first.year,
            month: self.first.month,
        };
        while month.first_day() <= self.last {
            months.push(month);
            month = if month.month == 12 {
                YearMonth {
                    year: month.year + 1,
                    month: 1,
                }
            } else {
                YearMonth {
                    year: month.year,
                    month: month.month + 1,
                }
            };
        }
        months
    }
}

/// Where `event` stands on `day`.
///
/// ```
/// use corredor_core::data::{load_embedded, Day, timeline::{status, Status}};
/// let data = load_embedded().unwrap();
/// let flights = data.event("repatriation-flights").unwrap();
/// assert_eq!(status(flights, Day::parse("2024-01-10").unwrap()), Status::Running);
/// assert_eq!(status(flights, Day::parse("2024-01-21").unwrap()), Status::Done);
/// ```
pub fn status(event: &Event, day: Day) -> Status {
    match event.date.span() {
        Some((first, _)) if day < first => Status::Upcoming,
        // A one-day event, or the last day of a period: what the text reports is complete.
        Some((_, last)) if day >= last => Status::Done,
        Some(_) => Status::Running,
        None => Status::Upcoming,
    }
}

/// Where the flights period stands on `day` (done when the dataset has no such event).
pub fn flights_status(data: &Dataset, day: Day) -> Status {
    data.flights
        .as_ref()
        .and_then(|flights| data.event(&flights.event))
        .map(|event| status(event, day))
        .unwrap_or(Status::Done)
}

/// The day the timeline opens on: the statement's date, when everything it reports is known.
pub fn default_day(data: &Dataset) -> Option<Day> {
    Day::parse(&data.source.date)
}

/// The first and last day of every event and of every figure with a date of its own.
fn dated_spans(data: &Dataset) -> Vec<(Day, Day)> {
    data.events
        .iter()
        .filter_map(|e| e.date.span())
        .chain(
            figure_marks(data)
                .into_iter()
                .map(|mark| (mark.first, mark.last)),
        )
        .collect()
}

/// The start days of the events, sorted and without repeats: where previous/next stop.
pub fn stops(data: &Dataset) -> Vec<Day> {
    let mut days: Vec<Day> = dated_spans(data)
        .into_iter()
        .flat_map(|(first, last)| [first, last])
        .collect();
    crate::sorting::sort_by(&mut days, |a, b| a.cmp(b));
    days.dedup();
    days
}

/// The next stop after `day`, if any.
pub fn next_stop(data: &Dataset, day: Day) -> Option<Day> {
    stops(data).into_iter().find(|stop| *stop > day)
}

/// The last stop before `day`, if any.
pub fn previous_stop(data: &Dataset, day: Day) -> Option<Day> {
    stops(data).into_iter().rev().find(|stop| *stop < day)
}

/// A figure's place on the timeline: its day (or days), and whether it is still to come when
/// the statement is written (scheduled or projected), which the axis draws apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureMark {
    /// Its first day.
    pub first: Day,
    /// Its last day (the first, for a day).
    pub last: Day,
    /// Scheduled or projected, not done.
    pub to_come: bool,
}

/// Where the figures that carry their own date sit: the days of a list by day, and the other
/// figures' days, months and ranges (an "up to" count at its day), once each.
///
/// ```
/// let data = corredor_core::data::load_embedded().unwrap();
/// // The 23 January list gives no day per destination: its period is an event.
/// assert!(corredor_core::data::timeline::figure_marks(&data).is_empty());
/// ```
pub fn figure_marks(data: &Dataset) -> Vec<FigureMark> {
    let lines = data
        .destinations()
        .iter()
        .filter_map(|d| Some((d.date.as_ref()?.span()?, false)));
    let others = data.figures.iter().filter_map(|f| {
        let to_come = f.status != crate::data::FigureStatus::Done;
        Some((f.date.as_ref()?.span()?, to_come))
    });
    let mut marks: Vec<FigureMark> = Vec::new();
    for ((first, last), to_come) in lines.chain(others) {
        let mark = FigureMark {
            first,
            last,
            to_come,
        };
        if !marks.contains(&mark) {
            marks.push(mark);
        }
    }
    crate::sorting::sort_by_key(&mut marks, |mark| (mark.first, mark.last));
    marks
}

/// The events in chronological order (by first day, then last day).
pub fn chronological(data: &Dataset) -> Vec<&Event> {
    let mut events: Vec<&Event> = data.events.iter().collect();
    crate::sorting::sort_by_key(&mut events, |e| e.date.span());
    events
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load_embedded;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn the_peak_is_a_month_and_runs_through_december() {
        let data = load_embedded().unwrap();
        let peak = data.event("december-peak").unwrap();
        assert_eq!(status(peak, day("2023-11-30")), Status::Upcoming);
        assert_eq!(status(peak, day("2023-12-15")), Status::Running);
        assert_eq!(status(peak, day("2024-01-01")), Status::Done);
    }

    #[test]
    fn stepping_visits_every_event_in_order() {
        let data = load_embedded().unwrap();
        let span = Span::of(&data).unwrap();
        let mut cursor = span.first;
        let mut visited = vec![];
        while let Some(next) = next_stop(&data, cursor) {
            visited.push(next.iso());
            cursor = next;
        }
        assert_eq!(
            visited,
            [
                "2023-12-01",
                "2023-12-27",
                "2023-12-31",
                "2024-01-01",
                "2024-01-19",
                "2024-01-21",
                "2024-01-23"
            ]
            .iter()
            .skip(1)
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
        );
        assert_eq!(
            previous_stop(&data, day("2024-01-19")),
            Some(day("2024-01-01"))
        );
        assert_eq!(previous_stop(&data, span.first), None);
    }

    #[test]
    fn a_statement_s_figures_by_day_are_stops_and_a_scheduled_month_is_a_mark_to_come() {
        let reading = crate::data::statement::disk::read_example();
        assert_eq!((reading.problems, reading.not_shown), (vec![], vec![]));
        let data = reading.dataset.unwrap();
        let marks = figure_marks(&data);
        let to_come: Vec<&FigureMark> = marks.iter().filter(|mark| mark.to_come).collect();
        assert_eq!(to_come.len(), 1);
        assert_eq!(
            (to_come[0].first, to_come[0].last),
            (day("2024-03-01"), day("2024-03-31"))
        );
        // Tuesday 5 March is no event's day: only the list by day puts a stop there.
        assert!(data
            .events
            .iter()
            .all(|e| e.date.span().is_none_or(|(first, last)| {
                first != day("2024-03-05") && last != day("2024-03-05")
            })));
        assert_eq!(next_stop(&data, day("2024-03-04")), Some(day("2024-03-05")));
        assert_eq!(
            previous_stop(&data, day("2024-03-06")),
            Some(day("2024-03-05"))
        );
    }

    #[test]
    fn the_span_clamps_and_measures() {
        let data = load_embedded().unwrap();
        let span = Span::of(&data).unwrap();
        assert_eq!(span.days(), 62);
        assert_eq!(span.clamp(day("2025-01-01")), span.last);
        assert_eq!(span.day_at(-5), span.first);
        assert_eq!(span.months().len(), 2);
        assert!((span.fraction(day("2024-01-01")) - 31.0 / 62.0).abs() < 1e-9);
        assert_eq!(default_day(&data), Some(day("2024-01-23")));
    }
}
