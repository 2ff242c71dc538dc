//! The data as tables and figures: the accessible alternative to the map and the timeline,
//! sharing their selection. Every figure has its source sentence one step away.
//!
//! Drawn once, with no handler of their own: the build writes them into every page, and the
//! release wasm does not carry this code at all. One listener answers their controls (a place's
//! or an event's button, a column's header, "Download image") and marks the selection and the
//! sort on them, the same on the written tables and on these (`ui::written_tables`).

use leptos::prelude::*;

use crate::ui::tr;

use crate::data::timeline::chronological;
use crate::data::{Dataset, Flights, Networks};
use crate::i18n::places::place_names;
use crate::i18n::{self, facts, format, Text};
use crate::state::table::{flight_shares, header_state, SortKey};
use crate::ui::parts::{ClaimItem, EventDate, InferredYearNote};
use crate::ui::reader_state::ReaderState;
use crate::ui::source_quote::SourceQuote;

/// Flights, networks, flows and events, then the downloads.
#[component]
pub fn Tables(
    /// The data.
    data: &'static Dataset,
) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    view! {
        // Its language on it: on a switch the app sees which tables it shows.
        <section class="tables" aria-labelledby="tables-heading" lang=move || lang.get().code()>
            <h2 id="tables-heading" class="tables__heading">{tr(lang, Text::TablesHeading)}</h2>
            {data.flights.as_ref().map(|flights| view! { <FlightsSection data flights /> })}
            <crate::ui::comparisons::ComparisonTable lang />
            {data.networks.as_ref().map(|networks| view! { <NetworksSection data networks /> })}
            {(!data.figures.is_empty()).then(|| other_figures_section(data))}
            <FlowsSection data />
            {(!data.events.is_empty()).then(|| view! { <EventsSection data /> })}
            {(!data.claims.is_empty()).then(|| view! { <StatementSection data /> })}
            <Downloads data />
        </section>
    }
}

/// A button that selects a place (`data-place`), pressed when it is the selection: not yet.
fn place_button(state: ReaderState, data: &'static Dataset, id: &'static str) -> impl IntoView {
    view! {
        <button type="button" class="link-button" data-place=id aria-pressed="false">
            {move || data.place_name(id, state.lang.get()).to_owned()}
        </button>
    }
}

#[component]
fn FlightsSection(data: &'static Dataset, flights: &'static Flights) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let headline = move || facts::flights_headline(flights, lang.get());
    // Columns only a statement that names origins or days has.
    let by_origin = flights.destinations.iter().any(|d| !d.from.is_empty());
    let by_day = flights.destinations.iter().any(|d| d.date.is_some());
    // Rounded together, so the rows add up to the total row.
    let shares = flight_shares(data);
    let total_share: f64 = shares.iter().sum();
    let row = move |index: usize| {
        let destination = flights.destinations.get(index)?;
        let share = shares.get(index).copied().unwrap_or_default();
        let name =
            Signal::derive(move || place_names(data, &destination.places, lang.get(), " / "));
        let buttons = destination
            .places
            .iter()
            .enumerate()
            .map(|(index, id)| {
                view! { {(index > 0).then_some(" / ")} {place_button(state, data, id)} }
            })
            .collect_view();
        let note = destination.note.as_ref();
        Some(view! {
            <tr data-destination=index>
                <th scope="row">
                    {buttons}
                    {note.map(|note| view! {
                        <span class="shared-flight">" (" {tr(lang, Text::SharedFlight)} ")"</span>
                        <span class="note">{move || note.get(lang.get())}</span>
                    })}
                </th>
                {by_origin.then(|| view! { <td>{move || place_names(data, &destination.from, lang.get(), ", ")}</td> })}
                {by_day.then(|| view! { <td>{destination.date.as_ref().map(|date| view! { <EventDate date /> })}</td> })}
                <td class="number flights">{move || format::number(u64::from(destination.flights), lang.get())}</td>
                <td class="number share">{move || format::percent(share, lang.get())}</td>
                <td><SourceQuote quote=&destination.quote about=name lang /></td>
            </tr>
        })
    };
    // Written in the source's order; a sort moves the same row elements into its order, so
    // an open source stays open and nothing is rebuilt.
    let rows = (0..flights.destinations.len()).map(row).collect_view();
    let header = move |key: SortKey, label: Text| {
        let (aria_sort, arrow) = header_state(None, key);
        view! {
            <th scope="col" class:number=key == SortKey::Flights aria-sort=aria_sort>
                <button type="button" class="sort-button" data-sort=key.key()>
                    {move || label.in_lang(lang.get())}
                    <span aria-hidden="true" class="sort-button__arrow">{arrow}</span>
                </button>
            </th>
        }
    };
    let total_label = Signal::derive(move || Text::Total.in_lang(lang.get()).to_owned());
    view! {
        <section class="figures" aria-labelledby="flights-heading">
            <h3 id="flights-heading">{move || facts::flights_heading(data, flights, lang.get())}</h3>
            <p class="headline" data-testid="flights-total">{headline}</p>
            {flights.purpose.is_some().then(|| view! {
                <p class="lede" data-testid="flights-purpose">{move || facts::flights_purpose(flights, lang.get())}</p>
            })}
            <p class="caveat">{move || flights.not_in_source.get(lang.get())}</p>
            <SourceQuote quote=&flights.quote about=total_label lang />
            <div class="table-scroll">
                <table class="data-table" data-testid="flights-table">
                    <caption>{move || facts::flights_caption(flights, lang.get())}</caption>
                    <thead>
                        <tr>
                            {header(SortKey::Destination, Text::Destination)}
                            {by_origin.then(|| view! { <th scope="col">{tr(lang, Text::FromColumn)}</th> })}
                            {by_day.then(|| view! { <th scope="col">{tr(lang, Text::DateColumn)}</th> })}
                            {header(SortKey::Flights, Text::FlightsColumn)}
                            <th scope="col" class="number">{tr(lang, Text::ShareColumn)}</th>
                            <th scope="col">{tr(lang, Text::ShowSource)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan=1 + usize::from(by_origin) + usize::from(by_day)>{move || total_label.get()}</th>
                            <td class="number flights">{move || format::number(u64::from(data.flights_sum()), lang.get())}</td>
                            <td class="number share">{move || format::percent(total_share, lang.get())}</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <InferredYearNote data shown=flights.period.year_inferred />
        </section>
    }
}

#[component]
fn NetworksSection(data: &'static Dataset, networks: &'static Networks) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let headline = move || facts::networks_headline(data, networks, lang.get());
    let places = networks
        .places
        .iter()
        .enumerate()
        .map(|(index, id)| view! { {(index > 0).then_some(", ")} {place_button(state, data, id)} })
        .collect_view();
    let about = Signal::derive(move || Text::NetworksHeading.in_lang(lang.get()).to_owned());
    view! {
        <section class="figures" aria-labelledby="networks-heading">
            <h3 id="networks-heading">{tr(lang, Text::NetworksHeading)}</h3>
            <p class="headline" data-testid="networks-count">{headline}</p>
            <p data-testid="networks-places">
                {tr(lang, Text::OperatedIn)} " "
                {places}
                {(!networks.places_complete).then(|| view! { ", " {tr(lang, Text::AmongOtherPlaces)} })}
            </p>
            <SourceQuote quote=&networks.credit_quote about lang />
            {networks.quotes.iter().map(|quote| view! { <SourceQuote quote about lang /> }).collect_view()}
        </section>
    }
}

/// A row of the other figures: a part sits under its total, a figure still to come is never
/// styled as done. One static class, so no reactive attribute per row.
fn row_class(figure: &crate::data::StatedFigure) -> &'static str {
    let to_come = figure.status != crate::data::FigureStatus::Done;
    match (figure.part_of.is_some(), to_come) {
        (false, false) => "",
        (true, false) => "row--part",
        (false, true) => "row--to-come",
        (true, true) => "row--part row--to-come",
    }
}

/// The statement's other figures, one row each, as the text states them: the status on every
/// row, a total's parts under it and their computed sum, the sentence or the citation.
fn other_figures_section(data: &'static Dataset) -> impl IntoView {
    use crate::i18n::figures;
    let state = ReaderState::expect();
    let lang = state.lang;
    let rows = data
        .figures
        .iter()
        .map(|figure| {
            let about = Signal::derive(move || figures::amount(&figure.unit, figure.quantity, lang.get()));
            let sum = figures::parts_sum(data, &figure.id).map(|sum| {
                view! {
                    <tr class="row--sum">
                        <th scope="row">{tr(lang, Text::SumOfParts)}</th>
                        <td colspan="4" class="number">{move || format::number(u64::from(sum), lang.get())}</td>
                    </tr>
                }
            });
            view! {
                <tr data-figure=&*figure.id class=row_class(figure)>
                    <th scope="row">{move || about.get()}</th>
                    <td>{move || figures::status_cell(figure.status, lang.get())}</td>
                    <td>{figure.date.as_ref().map(|date| view! { <EventDate date /> })}</td>
                    <td>{move || figures::places(data, figure, lang.get())}</td>
                    <td>
                        {figure.quote.as_ref().map(|quote| view! { <SourceQuote quote about lang /> })}
                        {figure.citation.as_ref().map(|citation| crate::ui::context_note::cited_by(citation, lang))}
                        {figure.note.as_ref().map(|note| view! { <p class="note">{move || note.get(lang.get())}</p> })}
                    </td>
                </tr>
                {sum}
            }
        })
        .collect_view();
    let inferred = data
        .figures
        .iter()
        .any(|figure| figure.date.as_ref().is_some_and(|date| date.year_inferred));
    view! {
        <section class="figures" aria-labelledby="other-figures-heading">
            <h3 id="other-figures-heading">{tr(lang, facts::figures_heading(data))}</h3>
            <div class="table-scroll">
                <table class="data-table" data-testid="figures-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(lang, Text::FigureColumn)}</th>
                            <th scope="col">{tr(lang, Text::StatusColumn)}</th>
                            <th scope="col">{tr(lang, Text::DateColumn)}</th>
                            <th scope="col">{tr(lang, Text::PlacesColumn)}</th>
                            <th scope="col">{tr(lang, Text::SourceColumn)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <InferredYearNote data shown=inferred />
        </section>
    }
}

#[component]
fn FlowsSection(data: &'static Dataset) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let items = data
        .claims
        .iter()
        .filter_map(|claim| {
            Some((
                claim,
                claim.quantity?,
                data.event(claim.relative_to.as_deref()?)?,
            ))
        })
        .map(|(claim, quantity, peak)| {
            let text = move || {
                let lang = lang.get();
                i18n::flows_reduced(
                    &format::quantity(quantity, lang),
                    &format::event_date(&peak.date, lang),
                    claim.cause.as_ref().map(|cause| cause.get(lang)),
                    lang,
                )
            };
            let about = Signal::derive(move || claim.title.get(lang.get()).to_owned());
            view! {
                <p class="headline" data-testid="flows-claim">{text}</p>
                <SourceQuote quote=&claim.quote about lang />
            }
        })
        .collect::<Vec<_>>();
    let inferred = data
        .claims
        .iter()
        .filter_map(|claim| data.event(claim.relative_to.as_deref()?))
        .any(|event| event.date.year_inferred);
    // A statement that states no flows has no flows section.
    (!items.is_empty()).then(|| {
        view! {
            <section class="figures" aria-labelledby="flows-heading">
                <h3 id="flows-heading">{tr(lang, Text::FlowsHeading)}</h3>
                {items}
                <InferredYearNote data shown=inferred />
            </section>
        }
    })
}

#[component]
fn EventsSection(data: &'static Dataset) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let rows = chronological(data)
        .into_iter()
        .map(|event| {
            let id = &*event.id;
            let about = Signal::derive(move || event.title.get(lang.get()).to_owned());
            let places = move || {
                let lang = lang.get();
                place_names(data, &event.places, lang, ", ")
            };
            let agenda = event.agenda.as_ref().map(|agenda| {
                let items = agenda
                    .items
                    .iter()
                    .filter_map(|id| data.claim(id))
                    .map(|claim| view! { <li>{move || claim.title.get(lang.get())}</li> })
                    .collect_view();
                view! {
                    <p class="agenda__intro">{move || agenda.quote.get(lang.get())}</p>
                    <ul class="agenda" data-testid="agenda">{items}</ul>
                }
            });
            view! {
                <tr>
                    <td><EventDate date=&event.date /></td>
                    <th scope="row">
                        <button type="button" class="link-button" data-event=id aria-pressed="false">
                            {move || event.title.get(lang.get())}
                        </button>
                    </th>
                    <td>{places}</td>
                    <td>{agenda}</td>
                    <td><SourceQuote quote=&event.quote about lang /></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="figures" aria-labelledby="events-heading">
            <h3 id="events-heading">{tr(lang, Text::EventsHeading)}</h3>
            <div class="table-scroll">
                <table class="data-table" data-testid="events-table">
                    <caption>{tr(lang, Text::EventsTableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(lang, Text::DateColumn)}</th>
                            <th scope="col">{tr(lang, Text::EventColumn)}</th>
                            <th scope="col">{tr(lang, Text::PlacesColumn)}</th>
                            <th scope="col">{tr(lang, Text::AgendaColumn)}</th>
                            <th scope="col">{tr(lang, Text::ShowSource)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <InferredYearNote data shown=facts::any_inferred_year(data) />
        </section>
    }
}

/// Everything the statement says or commits to, in its order, each with its sentence.
#[component]
fn StatementSection(data: &'static Dataset) -> impl IntoView {
    let state = ReaderState::expect();
    let lang = state.lang;
    let items = data
        .claims
        .iter()
        .map(|claim| view! { <ClaimItem claim /> })
        .collect_view();
    view! {
        <section class="figures" aria-labelledby="statement-heading">
            <h3 id="statement-heading">{tr(lang, Text::StatementHeading)}</h3>
            <ol class="claims" data-testid="claims">{items}</ol>
        </section>
    }
}

#[component]
fn Downloads(data: &'static Dataset) -> impl IntoView {
    use crate::data::export::{DATASET_JSON_FILE, FIGURES_CSV, FLIGHTS_CSV};
    let state = ReaderState::expect();
    let lang = state.lang;
    let root = use_context::<crate::SiteRoot>()
        .map(|root| root.0)
        .unwrap_or_default();
    // This statement's own files, beside its pages.
    let files = format!("{root}{}", crate::statement_folder());
    view! {
        <section class="downloads" aria-labelledby="downloads-heading">
            <h3 id="downloads-heading">{tr(lang, Text::DownloadsHeading)}</h3>
            <ul>
                // Written only for a statement with flights by destination.
                {data.flights.is_some().then(|| view! {
                    <li>
                        <a href=format!("{files}downloads/{FLIGHTS_CSV}") download=FLIGHTS_CSV>
                            {tr(lang, Text::DownloadFlightsCsv)}
                        </a>
                    </li>
                })}
                <li>
                    <a href=format!("{files}downloads/{FIGURES_CSV}") download=FIGURES_CSV>
                        {tr(lang, Text::DownloadFiguresCsv)}
                    </a>
                </li>
                <li>
                    <a href=format!("{files}downloads/{DATASET_JSON_FILE}") download=DATASET_JSON_FILE>
                        {tr(lang, Text::DownloadDatasetJson)}
                    </a>
                </li>
            </ul>
            {crate::ui::picture::download_image_buttons(lang)}
        </section>
    }
}
