//! The timeline's behaviour and layout as plain values: where a day sits on the axis, what
//! playback shows next, where the previous/next buttons go. The component binds them to a
//! timer, the slider and the buttons.

use crate::data::timeline::{next_stop, previous_stop, Span};
use crate::data::{Dataset, Day};
use crate::number::fixed;

/// How often playback moves, ms: a day at a time, or, with reduced motion, an event at a
/// time, slowly.
pub fn frame_ms(reduced_motion: bool) -> u32 {
    if reduced_motion {
        1200
    } else {
        120
    }
}

/// The day playback shows after `day`: the next day (with reduced motion, the next event's
/// day, so the cursor jumps instead of sliding); `None` once it is over.
pub fn next_frame(data: &Dataset, span: Span, day: Day, reduced_motion: bool) -> Option<Day> {
    if reduced_motion {
        next_stop(data, day)
    } else {
        (day < span.last).then(|| day.plus_days(1))
    }
}

/// Where playback starts when the reader presses play at `day`: there, or from the start
/// once the cursor has reached the end.
pub fn play_from(span: Span, day: Day) -> Day {
    if day >= span.last {
        span.first
    } else {
        day
    }
}

/// Where the previous or next button takes the cursor from `day`: the nearest event's day in
/// that direction, within the span; `None` when there is none.
pub fn stepped(data: &Dataset, span: Span, day: Day, forward: bool) -> Option<Day> {
    let target = if forward {
        next_stop(data, day)
    } else {
        previous_stop(data, day)
    };
    target.map(|target| span.clamp(target))
}

/// The CSS `left` of `day` on the axis, a percentage of its width.
pub fn axis_left(span: Span, day: Day) -> String {
    format!("{}%", fixed(span.fraction(day) * 100.0, 3))
}

/// The CSS `width` of a band from `first` to `last` (both days included) on the axis.
pub fn axis_width(span: Span, first: Day, last: Day) -> String {
    let share = span.fraction(last) - span.fraction(first) + 1.0 / span.days() as f64;
    format!("{}%", fixed(share * 100.0, 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn playback_slides_day_by_day_or_jumps_between_events_and_stops_at_the_end() {
        let data = crate::data::load_embedded().unwrap();
        let span = Span::of(&data).unwrap();
        assert_eq!(
            next_frame(&data, span, span.first, false),
            Some(span.first.plus_days(1))
        );
        assert_eq!(next_frame(&data, span, span.last, false), None);
        let jump = next_frame(&data, span, span.first, true).unwrap();
        assert_eq!(Some(jump), next_stop(&data, span.first));
        assert_eq!(next_frame(&data, span, span.last, true), None);
        assert_eq!(play_from(span, span.last), span.first);
        let middle = span.first.plus_days(3);
        assert_eq!(play_from(span, middle), middle);
        assert!(frame_ms(true) > frame_ms(false));
    }

    #[test]
    fn the_buttons_step_to_events_within_the_span() {
        let data = crate::data::load_embedded().unwrap();
        let span = Span::of(&data).unwrap();
        let next = stepped(&data, span, span.first, true).unwrap();
        assert!(next > span.first && next <= span.last);
        assert_eq!(
            stepped(&data, span, next, false),
            previous_stop(&data, next)
        );
        assert_eq!(stepped(&data, span, span.first, false), None);
    }

    #[test]
    fn the_axis_places_days_and_bands_as_percentages() {
        let span = Span {
            first: day("2024-01-01"),
            last: day("2024-01-10"),
        };
        assert_eq!(axis_left(span, day("2024-01-01")), "0%");
        assert_eq!(axis_left(span, day("2024-01-06")), "50%");
        assert_eq!(
            axis_width(span, day("2024-01-01"), day("2024-01-10")),
            "100%"
        );
        assert_eq!(
            axis_width(span, day("2024-01-03"), day("2024-01-03")),
            "10%"
        );
    }
}
