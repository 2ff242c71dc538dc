//! The details panel: the selected place's figures, events and source sentences.

use leptos::prelude::*;

use crate::ui::tr;

use crate::data::Dataset;
use crate::geo::features::PlaceFeature;
use crate::i18n::Text;
#[cfg(not(target_arch = "wasm32"))]
use crate::presentation::details::WRITTEN_ID;
use crate::state::url::Selection;
use crate::ui::reader_state::ReaderState;
#[cfg(not(data_from_page))]
use {
    crate::data::timeline::Status,
    crate::data::Event,
    crate::i18n::facts,
    crate::presentation::details::{body_key, place_figures},
    crate::ui::context_note::{cited_by, ContextNote},
    crate::ui::parts::{ClaimItem, EventDate},
    crate::ui::source_quote::SourceQuote,
};

/// What is known about the selected place or event, each figure with its source: one body
/// per selection, named by [`body_key`].
///
/// Natively and in a development build the body is drawn here; the build also writes every
/// selection's body into a `<template>` ([`WRITTEN_ID`]), which the release wasm keeps (`boot.rs`
/// moves it into the panel) and takes the selection's body from, so it carries none of the
/// code that draws them (issue 21: 13 KB of wasm) and a selection moves a written element
/// instead of building one.
#[component]
pub fn PlaceDetails(
    data: &'static Dataset,
    /// What the statement says of each place.
    features: &'static [PlaceFeature],
) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let panel = NodeRef::<leptos::html::Section>::new();
    let announcer = NodeRef::<leptos::html::P>::new();
    #[cfg(not(data_from_page))]
    let body = move || body(data, features, state.selection.get().as_ref());
    #[cfg(data_from_page)]
    written::follow(panel, announcer, state);
    // The written bodies come from the page.
    #[cfg(data_from_page)]
    let body = ();
    // The bodies' buttons (an event's places, "Clear selection") are answered here, so a
    // written body needs no code of its own.
    let on_click = move |event: web_sys::MouseEvent| {
        let Some(button) = crate::ui::pressed_button(&event) else {
            return;
        };
        if let Some(id) = button.get_attribute("data-place") {
            state.selection.set(Some(Selection::Place(id)));
        } else if button.has_attribute("data-clear") {
            state.selection.set(None);
        }
    };
    view! {
        <section
            class="details"
            class:details--empty=move || state.selection.with(Option::is_none)
            data-testid="details"
            aria-labelledby="details-heading"
            node_ref=panel
            on:click=on_click
        >
            <h2 id="details-heading" class="visually-hidden">{tr(lang, Text::DetailsHeading)}</h2>
            {body}
            // Announces a selection in one line, not the whole panel.
            <p class="visually-hidden" aria-live="polite" data-testid="announcer" node_ref=announcer>
                {announcement(data, features, state)}
            </p>
        </section>
    }
}

/// The announcer's line, for the body drawn here; the release wasm copies the written body's
/// own (its `data-announce`).
#[cfg(not(data_from_page))]
fn announcement(
    data: &'static Dataset,
    features: &'static [PlaceFeature],
    state: ReaderState,
) -> impl IntoView {
    move || {
        announce(
            data,
            features,
            state.selection.get().as_ref(),
            state.lang.get(),
        )
    }
}

#[cfg(data_from_page)]
fn announcement(_: &'static Dataset, _: &'static [PlaceFeature], _: ReaderState) {}

/// A selection's line for screen readers: the place's summary, the event's date and name.
#[cfg(not(data_from_page))]
fn announce(
    data: &Dataset,
    features: &[PlaceFeature],
    selection: Option<&Selection>,
    lang: crate::i18n::Lang,
) -> Option<String> {
    match selection? {
        Selection::Place(id) => Some(crate::i18n::places::place_summary(
            data,
            features.iter().find(|feature| feature.id == *id)?,
            lang,
        )),
        Selection::Event(id) => Some(facts::event_announcement(data.event(id)?, lang)),
    }
}

/// The body for `selection`: the prompt when there is none (or it names nothing of this
/// statement), else the place's or the event's details, named by [`body_key`] and carrying
/// the announcer's line.
#[cfg(not(data_from_page))]
fn body(
    data: &'static Dataset,
    features: &'static [PlaceFeature],
    selection: Option<&Selection>,
) -> AnyView {
    let lang = ReaderState::expect().lang;
    let content = match selection {
        Some(Selection::Event(id)) => data
            .event(id)
            .map(|event| view! { <EventDetails data event /> }.into_any()),
        Some(Selection::Place(id)) => features
            .iter()
            .find(|feature| feature.id == *id)
            .map(|feature| view! { <PlaceBody data feature /> }.into_any()),
        None => None,
    };
    let (key, content) = match content {
        Some(content) => (body_key(selection), content),
        None => (
            body_key(None),
            view! { <p class="details__prompt">{tr(lang, crate::i18n::facts::select_prompt(data))}</p> }
                .into_any(),
        ),
    };
    let selection = selection.cloned();
    let announced = move || announce(data, features, selection.as_ref(), lang.get());
    view! { <div class="details__body" data-details=key data-announce=announced>{content}</div> }
        .into_any()
}

/// Every selection's body, hidden in a `<template>`: what the build writes for the release wasm
/// to show ([`WRITTEN_ID`]). At the page's end, after everything it shows: a browser that paints
/// a page before it has read it all (a slow line) paints the panel where it stays.
#[cfg(not(target_arch = "wasm32"))]
pub fn every_body(data: &'static Dataset, features: &'static [PlaceFeature]) -> impl IntoView {
    let selections = std::iter::once(None)
        .chain(
            features
                .iter()
                .map(|feature| Some(Selection::Place(feature.id.to_string()))),
        )
        .chain(
            data.events
                .iter()
                .map(|event| Some(Selection::Event(event.id.to_string()))),
        );
    let bodies = selections
        .map(|selection| body(data, features, selection.as_ref()))
        .collect_view();
    let lang = ReaderState::expect().lang;
    view! { <template id=WRITTEN_ID lang=move || lang.get().code()>{bodies}</template> }
}

/// The selected place: its name, its figures with their sources, the same figure in each
/// statement, the events it takes part in.
#[cfg(not(data_from_page))]
#[component]
fn PlaceBody(data: &'static Dataset, feature: &'static PlaceFeature) -> impl IntoView {
    let lang = ReaderState::expect().lang;
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
        <crate::ui::comparisons::PlaceAcrossStatements place=id about />
        <h4>{tr(lang, Text::EventsHeading)}</h4>
        <ul class="details__events">{events}</ul>
        <button type="button" class="button button--quiet" data-clear="">
            {tr(lang, Text::ClearSelection)}
        </button>
    }
}

/// The selected event: its date, text, participants, places (each selectable) and quote.
#[cfg(not(data_from_page))]
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
                    <button type="button" class="link-button" data-place=id>
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
            // Each state's line in its attribute, for the release wasm to show the one of the
            // timeline's date.
            let said = move |status| move || facts::period_status(flights, status, lang.get());
            view! {
                <p class="details__figure" data-testid="details-flights"
                    data-status-upcoming=said(Status::Upcoming)
                    data-status-running=said(Status::Running)
                    data-status-done=said(Status::Done)>
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
        <button type="button" class="button button--quiet" data-clear="">
            {tr(lang, Text::ClearSelection)}
        </button>
    }
}

/// The release wasm's side: the selection's body taken from the bodies the page wrote.
#[cfg(data_from_page)]
mod written {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    use crate::presentation::details::{body_key, status_attribute, WRITTEN_ID};
    use crate::ui::reader_state::ReaderState;

    /// Keeps the selection's written body in `panel` (the others in their template), the
    /// announcer saying it, an event's flights line saying the period's state on the
    /// timeline's date, and the bodies in the reader's language.
    pub fn follow(
        panel: NodeRef<leptos::html::Section>,
        announcer: NodeRef<leptos::html::P>,
        state: ReaderState,
    ) {
        // Counts the templates put in (a language switch): the body is shown again from the new one.
        let bodies = RwSignal::new(0u32);
        Effect::new(move |_| {
            bodies.track();
            let key = body_key(state.selection.get().as_ref());
            let status = state.flights_status.get();
            let (Some(panel), Some(store)) = (panel.get(), template()) else {
                return;
            };
            let shown = panel
                .query_selector(":scope > .details__body")
                .ok()
                .flatten();
            let shown = match shown {
                Some(shown) if shown.get_attribute("data-details").as_deref() == Some(&*key) => {
                    shown
                }
                shown => {
                    let store = store.content();
                    let named = |key: &str| {
                        store
                            .query_selector(&format!("[data-details=\"{key}\"]"))
                            .ok()
                            .flatten()
                    };
                    // A selection this statement has no body for shows the prompt.
                    let Some(wanted) = named(&key).or_else(|| named("")) else {
                        return;
                    };
                    if let Some(shown) = shown {
                        let _ = store.append_child(&shown);
                    }
                    let announcer = announcer.get_untracked();
                    let _ = panel.insert_before(&wanted, announcer.as_deref().map(|p| p.as_ref()));
                    if let Some(announcer) = announcer {
                        announcer
                            .set_text_content(wanted.get_attribute("data-announce").as_deref());
                    }
                    wanted
                }
            };
            let attribute = status_attribute(status);
            for line in
                crate::ui::elements(shown.query_selector_all(&format!("[{attribute}]")).ok())
            {
                line.set_text_content(line.get_attribute(attribute).as_deref());
            }
        });
        follow_language(panel, bodies);
    }

    /// The page's bodies.
    fn template() -> Option<web_sys::HtmlTemplateElement> {
        document()
            .get_element_by_id(WRITTEN_ID)?
            .dyn_into::<web_sys::HtmlTemplateElement>()
            .ok()
    }

    /// The bodies as a written part ([`crate::ui::written_parts`]): a language switch puts in
    /// the other language's, the shown body's sources open as they were.
    fn follow_language(panel: NodeRef<leptos::html::Section>, bodies: RwSignal<u32>) {
        use crate::ui::written_parts::{Part, WrittenParts};
        WrittenParts::add(Part {
            file: Box::new(crate::state::pages::details_file),
            shown_lang: Box::new(|| template()?.get_attribute("lang")),
            put_in: Box::new(move |written| {
                let (Some(shown), Ok(written)) = (
                    template(),
                    written.dyn_into::<web_sys::HtmlTemplateElement>(),
                ) else {
                    return false;
                };
                if let Some(panel) = panel.get_untracked() {
                    if let Ok(Some(body)) = panel.query_selector(":scope > .details__body") {
                        keep_open(&body, &written);
                        body.remove();
                    }
                }
                let _ = shown.replace_with_with_node_1(&written);
                bodies.update(|count| *count += 1);
                true
            }),
        });
    }

    /// The sources open in `body` open in its counterpart among `written`'s (the same
    /// disclosures, in the same order, in either language).
    fn keep_open(body: &web_sys::Element, written: &web_sys::HtmlTemplateElement) {
        let Some(key) = body.get_attribute("data-details") else {
            return;
        };
        let Ok(Some(other)) = written
            .content()
            .query_selector(&format!("[data-details=\"{key}\"]"))
        else {
            return;
        };
        let theirs = crate::ui::elements(other.query_selector_all("details").ok());
        let ours = crate::ui::elements(body.query_selector_all("details").ok());
        for (ours, theirs) in ours.iter().zip(&theirs) {
            if ours.has_attribute("open") {
                let _ = theirs.set_attribute("open", "");
            }
        }
    }
}
