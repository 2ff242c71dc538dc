//! The details panel: the selected place's figures, events and source sentences.

use leptos::prelude::*;

use crate::data::Bilingual;
use crate::i18n::places::{flight_partners, place_name};
use crate::i18n::{self, format, Text};
use crate::ui::map::{MapData, MapState};
use crate::ui::source_quote::SourceQuote;

/// What is known about the selected place, each figure with its source.
#[component]
pub fn PlaceDetails(map: MapData, state: MapState) -> impl IntoView {
    let lang = state.lang;
    let body = move || {
        let Some(id) = state.selected.get() else {
            return view! { <p class="details__prompt">{move || Text::SelectPrompt.in_lang(lang.get())}</p> }.into_any();
        };
        let Some(feature) = map.feature(&id) else {
            return view! { <p class="details__prompt">{move || Text::SelectPrompt.in_lang(lang.get())}</p> }.into_any();
        };
        let data = map.data;
        let id: &'static str = &feature.id;
        let about = Signal::derive(move || place_name(data, id, lang.get()).to_owned());
        let mut figures: Vec<AnyView> = Vec::new();
        for destination in data
            .flights
            .destinations
            .iter()
            .filter(|d| d.places.iter().any(|p| p == id))
        {
            let line = move || {
                let lang = lang.get();
                if destination.is_shared() {
                    i18n::shared_flights(
                        destination.flights,
                        &flight_partners(data, id, lang),
                        lang,
                    )
                } else {
                    i18n::flights_count(destination.flights, lang)
                }
            };
            figures.push(
                view! {
                    <li>
                        <p class="details__figure" data-testid="details-flights">{line}</p>
                        <SourceQuote quote=&destination.quote about lang />
                    </li>
                }
                .into_any(),
            );
        }
        if data.flights.operator == id {
            figures.push(
                view! {
                    <li>
                        <p class="details__figure">{move || i18n::operated_flights(data.flights.total, lang.get())}</p>
                        <SourceQuote quote=&data.flights.quote about lang />
                    </li>
                }
                .into_any(),
            );
        }
        if feature.in_networks {
            let quote: &'static Bilingual =
                data.networks.quotes.last().unwrap_or(&data.flights.quote);
            figures.push(
                view! {
                    <li>
                        <p class="details__figure">{move || Text::NetworksHere.in_lang(lang.get())}</p>
                        <SourceQuote quote about lang />
                    </li>
                }
                .into_any(),
            );
        }
        for claim in data.claims.iter().filter(|claim| {
            claim.places.iter().any(|p| p == id) && claim.id != "networks-dismantled"
        }) {
            figures.push(
                view! {
                    <li>
                        <p class="details__figure">{move || claim.title.get(lang.get()).to_owned()}</p>
                        <SourceQuote quote=&claim.quote about lang />
                    </li>
                }
                .into_any(),
            );
        }
        let events = feature
            .events
            .iter()
            .filter_map(|event_id| data.event(event_id))
            .map(|event| {
                view! {
                    <li class="details__event">
                        <p>
                            <time datetime=event.date.start.clone()>{move || format::event_date(&event.date, lang.get())}</time>
                            ": "
                            {move || event.title.get(lang.get()).to_owned()}
                        </p>
                        {event.place_note.as_ref().map(|note| view! { <p class="note">{move || note.get(lang.get()).to_owned()}</p> })}
                        <SourceQuote quote=&event.quote about=Signal::derive(move || event.title.get(lang.get()).to_owned()) lang />
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3 class="details__name" data-testid="details-name">{move || about.get()}</h3>
            <ul class="details__figures">{figures}</ul>
            <h4>{move || Text::EventsHeading.in_lang(lang.get())}</h4>
            <ul class="details__events">{events}</ul>
            <button type="button" class="button button--quiet" on:click=move |_| state.selected.set(None)>
                {move || Text::ClearSelection.in_lang(lang.get())}
            </button>
        }
        .into_any()
    };
    let announcement = move || {
        let id = state.selected.get()?;
        let feature = map.feature(&id)?;
        Some(crate::i18n::places::place_summary(
            map.data,
            feature,
            lang.get(),
        ))
    };
    view! {
        <section class="details" data-testid="details" aria-labelledby="details-heading">
            <h2 id="details-heading" class="visually-hidden">{move || Text::DetailsHeading.in_lang(lang.get())}</h2>
            {body}
            // Announces a selection in one line, not the whole panel.
            <p class="visually-hidden" aria-live="polite" data-testid="announcer">{announcement}</p>
        </section>
    }
}
