//! The details panel: the selected place's figures, events and source sentences.

use leptos::prelude::*;

use crate::ui::tr;

use crate::data::Dataset;
use crate::data::Event;
use crate::geo::features::PlaceFeature;
use crate::i18n::{facts, Text};
use crate::presentation::details::place_figures;
use crate::state::url::Selection;
use crate::ui::context_note::{cited_by, ContextNote};
use crate::ui::parts::{ClaimItem, EventDate};
use crate::ui::reader_state::ReaderState;
use crate::ui::source_quote::SourceQuote;

/// What is known about the selected place, each figure with its source.
#[component]
pub fn PlaceDetails(
    data: &'static Dataset,
    /// What the statement says of each place.
    features: &'static [PlaceFeature],
) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let prompt = move || {
        view! { <p class="details__prompt">{tr(lang, crate::i18n::facts::select_prompt(data))}</p> }
            .into_any()
    };
    let body = move || {
        let feature = match state.selection.get() {
            None => return prompt(),
            Some(Selection::Event(id)) => match data.event(&id) {
                Some(event) => return view! { <EventDetails data event /> }.into_any(),
                None => return prompt(),
            },
            Some(Selection::Place(id)) => match features.iter().find(|feature| feature.id == id) {
                Some(feature) => feature,
                None => return prompt(),
            },
        };
        let id: &'static str = &feature.id;
        let about = Signal::derive(move || data.place_name(id, lang.get()).to_owned());
        let figures = place_figures(data, id)
            .into_iter()
            .map(|figure| {
                let test_id = figure.is_flights().then_some("details-flights");
                view! {
                    <li>
                        <p class="details__figure" data-testid=test_id>{move || figure.text(data, id, lang.get())}</p>
                        {figure.note().map(|note| view! { <p class="note" data-testid="claim-note">{move || note.get(lang.get())}</p> })}
                        {figure.quote().map(|quote| view! { <SourceQuote quote about lang /> })}
                        {figure.citation().map(|citation| cited_by(citation, lang))}
                    </li>
                }
            })
            .collect_view();
        let events = feature
            .events
            .iter()
            .filter_map(|event_id| data.event(event_id))
            .map(|event| {
                view! {
                    <li class="details__event">
                        <p>
                            <EventDate date=&event.date />
                            ": "
                            {move || event.title.get(lang.get())}
                        </p>
                        {event.date.year_inferred.then_some(event.date_note.as_ref()).flatten().map(|note| view! { <p class="note">{move || note.get(lang.get())}</p> })}
                        {event.place_note.as_ref().map(|note| view! { <p class="note">{move || note.get(lang.get())}</p> })}
                        <SourceQuote quote=&event.quote about=Signal::derive(move || event.title.get(lang.get()).to_owned()) lang />
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3 class="details__name" data-testid="details-name">{move || about.get()}</h3>
            <ul class="details__figures">{figures}</ul>
            <crate::ui::series::PlaceAcrossStatements place=id about />
            <h4>{tr(lang, Text::EventsHeading)}</h4>
            <ul class="details__events">{events}</ul>
            <button type="button" class="button button--quiet" on:click=move |_| state.selection.set(None)>
                {tr(lang, Text::ClearSelection)}
            </button>
        }
        .into_any()
    };
    let announcement = move || match state.selection.get()? {
        Selection::Place(id) => Some(crate::i18n::places::place_summary(
            data,
            features.iter().find(|feature| feature.id == id)?,
            lang.get(),
        )),
        Selection::Event(id) => Some(facts::event_announcement(data.event(&id)?, lang.get())),
    };
    view! {
        <section
            class="details"
            class:details--empty=move || state.selection.with(Option::is_none)
            data-testid="details"
            aria-labelledby="details-heading"
        >
            <h2 id="details-heading" class="visually-hidden">{tr(lang, Text::DetailsHeading)}</h2>
            {body}
            // Announces a selection in one line, not the whole panel.
            <p class="visually-hidden" aria-live="polite" data-testid="announcer">{announcement}</p>
        </section>
    }
}

/// The selected event: its date, text, participants, places (each selectable) and quote.
#[component]
fn EventDetails(data: &'static Dataset, event: &'static Event) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let about = Signal::derive(move || event.title.get(lang.get()).to_owned());
    let places = event
        .places
        .iter()
        .map(|id| {
            let id: &'static str = id;
            view! {
                <li>
                    <button type="button" class="link-button" on:click=move |_| state.selection.set(Some(Selection::Place(id.to_owned())))>
                        {move || data.place_name(id, lang.get()).to_owned()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let participants = event
        .participants
        .iter()
        .map(|participant| view! { <li>{move || participant.get(lang.get())}</li> })
        .collect_view();
    // Before, during and after the period, said as the map's status line says it.
    let flights_total = data
        .flights
        .as_ref()
        .filter(|f| f.event == event.id)
        .map(|flights| {
            view! {
                <p class="details__figure" data-testid="details-flights">
                    {move || facts::period_status(flights, state.flights_status.get(), lang.get())}
                </p>
            }
        });
    let claim_items = move |ids: &'static [crate::data::Str]| {
        ids.iter()
            .filter_map(|id| data.claim(id))
            .map(|claim| view! { <ClaimItem claim note_test_id="claim-note" /> })
            .collect_view()
    };
    let outcomes = (!event.outcomes.is_empty()).then(|| {
        view! {
            <h4>{tr(lang, Text::OutcomesHeading)}</h4>
            <ul class="details__claims" data-testid="details-outcomes">{claim_items(&event.outcomes)}</ul>
        }
    });
    // The agenda is introduced by the text's own sentence, quoted.
    let agenda = event.agenda.as_ref().map(|agenda| {
        view! {
            <h4 data-testid="details-agenda-heading">{move || agenda.quote.get(lang.get())}</h4>
            <ul class="details__claims" data-testid="details-agenda">{claim_items(&agenda.items)}</ul>
        }
    });
    let context = data
        .context_about(&event.id)
        .map(|context| view! { <ContextNote context lang /> })
        .collect_view();
    view! {
        <p class="details__date">
            <EventDate date=&event.date />
        </p>
        <h3 class="details__name" data-testid="details-name">{move || about.get()}</h3>
        {flights_total}
        <p>{move || event.summary.get(lang.get())}</p>
        {event.date_note.as_ref().map(|note| view! { <p class="note" data-testid="date-note">{move || note.get(lang.get())}</p> })}
        {event.place_note.as_ref().map(|note| view! { <p class="note" data-testid="place-note">{move || note.get(lang.get())}</p> })}
        <SourceQuote quote=&event.quote about lang />
        {outcomes}
        {agenda}
        <ul class="context-list">{context}</ul>
        {(!event.places.is_empty()).then(|| view! {
            <h4>{tr(lang, Text::PlacesHeading)}</h4>
            <ul class="details__places">{places}</ul>
        })}
        {(!event.participants.is_empty()).then(|| view! {
            <h4>{tr(lang, Text::ParticipantsHeading)}</h4>
            <ul class="details__participants">{participants}</ul>
        })}
        <button type="button" class="button button--quiet" on:click=move |_| state.selection.set(None)>
            {tr(lang, Text::ClearSelection)}
        </button>
    }
}
