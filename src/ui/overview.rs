//! The headline figures of the statement, each with its source sentence one step away.

use leptos::prelude::*;

use crate::data::{Dataset, Destination, EventKind};
use crate::i18n::{self, format, Lang, Text};
use crate::ui::source_quote::SourceQuote;

/// Flights, networks, flows and meetings, in that order, then the downloads.
#[component]
pub fn Overview(
    /// The validated dataset.
    data: &'static Dataset,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <FlightsSection data lang />
        <NetworksSection data lang />
        <FlowsSection data lang />
        <MeetingsSection data lang />
        <Downloads lang />
    }
}

/// "Romania / India": a destination's places' names in `lang`.
fn destination_name(data: &Dataset, destination: &Destination, lang: Lang) -> String {
    destination
        .places
        .iter()
        .filter_map(|id| data.place(id))
        .map(|place| place.name.get(lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

#[component]
fn FlightsSection(data: &'static Dataset, lang: RwSignal<Lang>) -> impl IntoView {
    let flights = &data.flights;
    let headline = move || {
        let lang = lang.get();
        i18n::flights_total(
            flights.total,
            &format::event_date(&flights.period, lang),
            lang,
        )
    };
    let rows = flights
        .destinations
        .iter()
        .map(|destination| {
            let name = Signal::derive(move || destination_name(data, destination, lang.get()));
            let note = destination.note.as_ref();
            view! {
                <tr>
                    <th scope="row">
                        {move || name.get()}
                        {note.map(|note| view! {
                            <span class="shared-flight">
                                " (" {move || Text::SharedFlight.in_lang(lang.get())} ")"
                            </span>
                            <span class="note">{move || note.get(lang.get()).to_owned()}</span>
                        })}
                    </th>
                    <td class="number">{move || format::number(u64::from(destination.flights), lang.get())}</td>
                    <td><SourceQuote quote=&destination.quote about=name lang /></td>
                </tr>
            }
        })
        .collect_view();
    let total_label = Signal::derive(move || Text::Total.in_lang(lang.get()).to_owned());
    view! {
        <section class="figures" aria-labelledby="flights-heading">
            <h2 id="flights-heading">{move || Text::FlightsHeading.in_lang(lang.get())}</h2>
            <p class="headline" data-testid="flights-total">{headline}</p>
            <p class="caveat">{move || flights.not_in_source.get(lang.get()).to_owned()}</p>
            <SourceQuote quote=&flights.quote about=total_label lang />
            <table class="data-table">
                <caption>{move || Text::FlightsTableCaption.in_lang(lang.get())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || Text::Destination.in_lang(lang.get())}</th>
                        <th scope="col" class="number">{move || Text::FlightsColumn.in_lang(lang.get())}</th>
                        <th scope="col">{move || Text::ShowSource.in_lang(lang.get())}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{move || total_label.get()}</th>
                        <td class="number">{move || format::number(u64::from(data.flights_sum()), lang.get())}</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </section>
    }
}

#[component]
fn NetworksSection(data: &'static Dataset, lang: RwSignal<Lang>) -> impl IntoView {
    let networks = &data.networks;
    let headline = move || {
        let lang = lang.get();
        i18n::organizations(&format::quantity(networks.dismantled, lang), lang)
    };
    let places = move || {
        let lang = lang.get();
        let names: Vec<&str> = networks
            .places
            .iter()
            .filter_map(|id| data.place(id))
            .map(|place| place.name.get(lang))
            .collect();
        let mut text = names.join(", ");
        if !networks.places_complete {
            text.push_str(", ");
            text.push_str(Text::AmongOtherPlaces.in_lang(lang));
        }
        text
    };
    let about = Signal::derive(move || Text::NetworksHeading.in_lang(lang.get()).to_owned());
    view! {
        <section class="figures" aria-labelledby="networks-heading">
            <h2 id="networks-heading">{move || Text::NetworksHeading.in_lang(lang.get())}</h2>
            <p class="headline" data-testid="networks-count">{headline}</p>
            <p data-testid="networks-places">{places}</p>
            {networks
                .quotes
                .iter()
                .map(|quote| view! { <SourceQuote quote about lang /> })
                .collect_view()}
        </section>
    }
}

#[component]
fn FlowsSection(data: &'static Dataset, lang: RwSignal<Lang>) -> impl IntoView {
    let claims = data.claims.iter().filter_map(|claim| {
        let quantity = claim.quantity?;
        let peak = data.event(claim.relative_to.as_deref()?)?;
        Some((claim, quantity, peak))
    });
    let items = claims
        .map(|(claim, quantity, peak)| {
            let text = move || {
                let lang = lang.get();
                i18n::flows_reduced(
                    &format::quantity(quantity, lang),
                    &format::event_date(&peak.date, lang),
                    lang,
                )
            };
            let about = Signal::derive(move || claim.title.get(lang.get()).to_owned());
            view! {
                <p class="headline" data-testid="flows-claim">{text}</p>
                <SourceQuote quote=&claim.quote about lang />
            }
        })
        .collect_view();
    view! {
        <section class="figures" aria-labelledby="flows-heading">
            <h2 id="flows-heading">{move || Text::FlowsHeading.in_lang(lang.get())}</h2>
            {items}
        </section>
    }
}

#[component]
fn MeetingsSection(data: &'static Dataset, lang: RwSignal<Lang>) -> impl IntoView {
    let items = data
        .events
        .iter()
        .filter(|event| matches!(event.kind, EventKind::Meeting | EventKind::Statement))
        .map(|event| {
            let about = Signal::derive(move || event.title.get(lang.get()).to_owned());
            view! {
                <li class="meeting">
                    <p class="meeting__date">
                        <time datetime=event.date.start.clone()>
                            {move || format::event_date(&event.date, lang.get())}
                        </time>
                    </p>
                    <h3 class="meeting__title">{move || event.title.get(lang.get()).to_owned()}</h3>
                    <p>{move || event.summary.get(lang.get()).to_owned()}</p>
                    <SourceQuote quote=&event.quote about lang />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="figures" aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">{move || Text::MeetingsHeading.in_lang(lang.get())}</h2>
            <ul class="meetings" data-testid="meetings">{items}</ul>
        </section>
    }
}

#[component]
fn Downloads(lang: RwSignal<Lang>) -> impl IntoView {
    use crate::data::export::{DATASET_JSON_FILE, FLIGHTS_CSV};
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{move || Text::DownloadsHeading.in_lang(lang.get())}</h2>
            <ul>
                <li>
                    <a href=format!("downloads/{FLIGHTS_CSV}") download=FLIGHTS_CSV>
                        {move || Text::DownloadFlightsCsv.in_lang(lang.get())}
                    </a>
                </li>
                <li>
                    <a href=format!("downloads/{DATASET_JSON_FILE}") download=DATASET_JSON_FILE>
                        {move || Text::DownloadDatasetJson.in_lang(lang.get())}
                    </a>
                </li>
            </ul>
        </section>
    }
}
