//! The timeline: an axis over the events' months, a date cursor (a real slider) with play,
//! pause and previous/next, and the events as buttons linked to the map's selection.

use gloo::timers::callback::Interval;
use leptos::prelude::*;

use crate::ui::tr;

use crate::data::timeline::{chronological, figure_marks, status, Span, Status};
use crate::data::Dataset;
use crate::data::Event;
use crate::i18n::{facts, format, Text};
use crate::presentation::timeline as playback;
use crate::state::url::Selection;
use crate::ui::parts::{EventDate, InferredYearNote, SelectButton};
use crate::ui::reader_state::ReaderState;

/// Whether the reader asked the system for less motion.
fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The timeline section (`embed`: the statements' marks link to their embed pages).
#[component]
pub fn Timeline(data: &'static Dataset, embed: bool) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let Some(span) = Span::of(data) else {
        return ().into_any();
    };
    let playing = RwSignal::new(false);
    let ticker = StoredValue::new_local(None::<Interval>);
    Effect::new(move |_| {
        if !playing.get() {
            // Dropping the interval cancels it.
            ticker.set_value(None);
            return;
        }
        let reduced = prefers_reduced_motion();
        let interval = Interval::new(
            playback::frame_ms(reduced),
            move || match playback::next_frame(data, span, state.date.get_untracked(), reduced) {
                Some(next) => state.date.set(next),
                None => playing.set(false),
            },
        );
        ticker.set_value(Some(interval));
    });
    let toggle_play = move |_| {
        let day = state.date.get_untracked();
        let from = playback::play_from(span, day);
        if !playing.get_untracked() && from != day {
            state.date.set(from);
        }
        playing.update(|p| *p = !*p);
    };
    let step = move |forward: bool| {
        playing.set(false);
        if let Some(target) = playback::stepped(data, span, state.date.get_untracked(), forward) {
            state.date.set(target);
        }
    };
    let percent = move |day| playback::axis_left(span, day);
    let width_percent = move |first, last| playback::axis_width(span, first, last);
    let months = span
        .months()
        .into_iter()
        .map(|month| {
            view! {
                <span class="axis__month" style:left=percent(month.first_day())>
                    {move || facts::axis_month(data, month, lang.get())}
                </span>
            }
        })
        .collect_view();
    let marks = chronological(data)
        .into_iter()
        .filter_map(|event| Some((event, event.date.span()?)))
        .map(|(event, (first, last))| {
            let id = &*event.id;
            let band = first != last;
            view! {
                <span
                    class=format!("axis__mark axis__mark--{}", event.kind.class())
                    class:axis__mark--band=band
                    class:axis__mark--selected=move || is_event_selected(state, id)
                    class:axis__mark--related=move || is_event_related(state, event)
                    class:axis__mark--upcoming=move || status(event, state.date.get()) == Status::Upcoming
                    style:left=percent(first)
                    style:width=band.then(|| width_percent(first, last))
                    aria-hidden="true"
                ></span>
            }
        })
        .collect_view();
    // The figures with a day of their own (a list by day, a scheduled month): ticks under the
    // events, outlined when still to come. Their words are in the tables and the details.
    let figure_marks = figure_marks(data)
        .into_iter()
        .map(|mark| {
            let band = mark.first != mark.last;
            let class = match (band, mark.to_come) {
                (false, false) => "axis__mark axis__mark--figure",
                (true, false) => "axis__mark axis__mark--figure axis__mark--band",
                (false, true) => "axis__mark axis__mark--figure axis__mark--to-come",
                (true, true) => {
                    "axis__mark axis__mark--figure axis__mark--band axis__mark--to-come"
                }
            };
            view! {
                <span
                    class=class
                    class:axis__mark--upcoming=move || state.date.get() < mark.first
                    style:left=percent(mark.first)
                    style:width=band.then(|| width_percent(mark.first, mark.last))
                    data-testid="figure-mark"
                    aria-hidden="true"
                ></span>
            }
        })
        .collect_view();
    let items = chronological(data)
        .into_iter()
        .map(|event| view! { <EventItem data event /> })
        .collect_view();

    view! {
        <section class="timeline" aria-labelledby="timeline-heading" data-testid="timeline">
            <h2 id="timeline-heading">{tr(lang, Text::TimelineHeading)}</h2>
            <div class="timeline__controls">
                <button type="button" class="icon-button" on:click=move |_| step(false)
                    aria-label=tr(lang, Text::PreviousEvent) title=tr(lang, Text::PreviousEvent)>
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h2v12H3zM14 2v12L6 8z"></path></svg>
                </button>
                <button type="button" class="icon-button" on:click=toggle_play data-testid="play"
                    aria-label=move || if playing.get() { Text::Pause.in_lang(lang.get()) } else { Text::Play.in_lang(lang.get()) }
                    title=move || if playing.get() { Text::Pause.in_lang(lang.get()) } else { Text::Play.in_lang(lang.get()) }>
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                        <path d=move || if playing.get() { "M3 2h4v12H3zM9 2h4v12H9z" } else { "M4 2v12l10-6z" }></path>
                    </svg>
                </button>
                <button type="button" class="icon-button" on:click=move |_| step(true)
                    aria-label=tr(lang, Text::NextEvent) title=tr(lang, Text::NextEvent)>
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M11 2h2v12h-2zM2 2v12l8-6z"></path></svg>
                </button>
                <output class="timeline__date" data-testid="timeline-date" for="timeline-cursor">
                    {move || format::day(state.date.get(), lang.get())}
                </output>
            </div>
            <div class="axis">
                <crate::ui::series::StatementMarks span lang embed />
                <div class="axis__track">{marks} {figure_marks}</div>
                <span class="axis__cursor" style:left=move || percent(state.date.get()) aria-hidden="true"></span>
                <div class="axis__months" aria-hidden="true">{months}</div>
            </div>
            <input
                id="timeline-cursor"
                class="timeline__cursor"
                type="range"
                min="0"
                max=span.days() - 1
                step="1"
                prop:value=move || span.offset_of(state.date.get()).to_string()
                aria-label=tr(lang, Text::TimelineCursor)
                aria-valuetext=move || format::day(state.date.get(), lang.get())
                on:input=move |event| {
                    playing.set(false);
                    if let Ok(offset) = event_target_value(&event).parse::<i64>() {
                        state.date.set(span.day_at(offset));
                    }
                }
            />
            <ol class="timeline__events">{items}</ol>
            <InferredYearNote data shown=facts::any_inferred_year(data) />
        </section>
    }
    .into_any()
}

fn is_event_selected(state: ReaderState, id: &str) -> bool {
    state
        .selection
        .with(|s| s.as_ref().is_some_and(|s| s.is_event(id)))
}

/// Whether the event involves the selected place.
fn is_event_related(state: ReaderState, event: &Event) -> bool {
    state
        .selection
        .with(|s| s.as_ref().is_some_and(|s| s.is_place_of(event)))
}

/// One event as a button: its kind (shape and text), date, title and, once over, its figure.
#[component]
fn EventItem(data: &'static Dataset, event: &'static Event) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let id = &*event.id;
    let figure =
        move || facts::event_figure(data, event, status(event, state.date.get()), lang.get());
    view! {
        <li
            class=format!("event event--{}", event.kind.class())
            class:event--related=move || is_event_related(state, event)
            class:event--upcoming=move || status(event, state.date.get()) == Status::Upcoming
        >
            <SelectButton selection=Selection::Event(id.to_owned()) class="event__button">
                <span class="event__shape" aria-hidden="true"></span>
                <span class="event__kind">{move || event.kind.name(lang.get())}</span>
                <EventDate date=&event.date />
                <span class="event__title">{move || event.title.get(lang.get())} {figure}</span>
            </SelectButton>
        </li>
    }
}
