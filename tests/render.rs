//! The app renders to HTML natively, without a browser: the same components as in the
//! browser, building nothing from `window` or `document` (issue 13's build-time page).
#![cfg(not(target_arch = "wasm32"))]

use corredor::i18n::{facts, Lang, Text};
use corredor::prerender::default_view;

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The part of `html` after the first `start` and before the next `end` (a table after its
/// test id, a row after its figure's id).
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let rest = html
        .split_once(start)
        .unwrap_or_else(|| panic!("no {start} in the page"))
        .1;
    rest.split_once(end).map_or(rest, |(part, _)| part)
}

#[test]
fn the_default_view_renders_the_map_the_figures_and_the_tables_in_spanish() {
    let html = default_view(Lang::Es);
    let region = corredor::geo::embedded_region().unwrap();
    // Every shape of the region, as on screen.
    assert_eq!(
        count(&html, " class=\"shape "),
        region.shapes.len(),
        "one path per shape"
    );
    assert_eq!(count(&html, "class=\"border-us-mx\""), 1);
    let destinations = corredor::first_statement()
        .destinations()
        .iter()
        .filter(|d| !d.is_shared())
        .count();
    assert_eq!(count(&html, "data-testid=\"flight-symbol\""), destinations);
    assert!(html.contains("data-testid=\"flights-table\""));
    // The total row of the flights table.
    assert!(html.contains(">79</td>"), "the total of 79 flights");
    assert!(html.contains(&facts::document_name(corredor::first_statement(), Lang::Es)));
}

#[test]
fn the_english_render_has_no_spanish_interface_text() {
    let html = default_view(Lang::En);
    assert!(html.contains(&facts::document_name(corredor::first_statement(), Lang::En)));
    let spanish: Vec<&str> = Text::ALL
        .iter()
        .map(|text| text.in_lang(Lang::Es))
        // The switch names the other language in that language, on purpose.
        .filter(|es| {
            *es != Text::SwitchLanguage.in_lang(Lang::Es)
                && Text::ALL.iter().all(|t| t.in_lang(Lang::En) != *es)
        })
        .filter(|es| html.contains(&format!(">{es}<")))
        .collect();
    assert_eq!(spanish, Vec::<&str>::new());
}

#[test]
fn rendering_twice_gives_the_same_page() {
    assert_eq!(default_view(Lang::Es), default_view(Lang::Es));
}

/// The worked example (origins, people, figures by day, a scheduled total), read from its
/// folder as a build would read it, and rendered by the same components.
fn example(view: corredor::state::url::ViewState, lang: Lang) -> String {
    let data =
        corredor::prerender::statement_from_folder(EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
    corredor::prerender::render_statement(Some(data), lang, view, "")
}

const EXAMPLE: &str = "examples/statements/2024-03-08-example";

#[test]
fn the_worked_example_shows_its_origins_days_people_and_scheduled_total_as_its_text_says() {
    let html = example(Default::default(), Lang::Es);
    // Never taken for news.
    assert!(html.contains("data-testid=\"example-banner\""));
    // No organizations in the text: no organizations layer, no section.
    assert!(!html.contains("data-testid=\"layer-networks\""));
    assert!(!html.contains("networks-count"));
    // One route per origin: Monday's one, Tuesday's three, Wednesday's one.
    let routes = html
        .split("data-testid=\"flight-routes\" d=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the routes");
    assert_eq!(routes.matches('M').count(), 5, "{routes}");
    // The key says what the lines are; the 23 January list names no origins, and its key
    // says nothing of lines.
    let routes_note = Text::RoutesNote.in_lang(Lang::Es);
    assert!(between(&html, "id=\"legend\"", "</section>").contains(routes_note));
    assert!(!default_view(Lang::Es).contains(routes_note));
    // The two destinations are circles; Guatemala City's counts its two lines.
    assert_eq!(count(&html, "data-testid=\"flight-symbol\""), 2);
    // Tuesday's line, whole, with its three origins and its day.
    assert!(
        html.contains("Houston, San Antonio, Phoenix"),
        "origins column"
    );
    assert!(html.contains("5 de marzo de [2024]"));
    // The other figures, each with its status: the month's 30 are scheduled, never done.
    let table = between(&html, "data-testid=\"figures-table\"", "</table>");
    let march = between(table, "data-figure=\"flights-march\"", "</tr>");
    assert!(
        march.contains("30 vuelos") && march.contains("Programado"),
        "{march}"
    );
    let wednesday = between(table, "data-figure=\"people-wednesday\"", "</tr>");
    assert!(wednesday.contains("más de 250 personas"), "{wednesday}");
    assert!(wednesday.contains("desde Monterrey a Ciudad de Guatemala"));
    assert!(
        table.contains("hasta el 8 de marzo de 2024"),
        "the year-to-date count"
    );
    let english = example(Default::default(), Lang::En);
    assert!(english.contains("Scheduled") && english.contains("more than 250 people"));
}

#[test]
fn an_origin_of_the_example_is_a_place_with_its_departures() {
    use corredor::state::url::{Selection, ViewState};
    let view = ViewState {
        selection: Some(Selection::Place("phoenix".into())),
        ..Default::default()
    };
    let html = example(view, Lang::En);
    let details = html
        .split("data-testid=\"details\"")
        .nth(1)
        .expect("the details");
    assert!(
        details.contains(
            "3 flights from Houston and San Antonio and Phoenix to San Pedro Sula, 5 March [2024]"
        ),
        "{}",
        &details[..details.len().min(1500)]
    );
}

#[test]
fn the_example_s_figures_by_day_sit_on_the_timeline_and_the_scheduled_month_is_drawn_apart() {
    let html = example(Default::default(), Lang::Es);
    let timeline = html
        .split("data-testid=\"timeline\"")
        .nth(1)
        .expect("the timeline");
    let marks: Vec<&str> = timeline
        .split("<span")
        .filter(|tag| tag.contains("data-testid=\"figure-mark\""))
        .collect();
    // Three days of the list, the day of the year-to-date counts, the scheduled month.
    assert_eq!(marks.len(), 5, "{marks:#?}");
    let to_come: Vec<&&str> = marks
        .iter()
        .filter(|tag| tag.contains("axis__mark--to-come"))
        .collect();
    assert_eq!(to_come.len(), 1, "only the scheduled 30 flights");
    assert!(
        to_come[0].contains("axis__mark--band"),
        "a month, not a day"
    );
}

/// A statement with no flights list of its own text: the follow-up, known only from what
/// outlets reported. It builds, with no circles and no flights table (those are the text's done
/// flights), and every figure in its table is projected and reported by its outlet.
#[test]
fn a_statement_without_flights_by_destination_shows_its_figures_as_reported_and_draws_no_circles() {
    let data = corredor::prerender::statement_from_folder("data/statements/2024-01-26-follow-up")
        .unwrap_or_else(|e| panic!("{e}"));
    let html = corredor::prerender::render_statement(Some(data), Lang::Es, Default::default(), "");
    assert_eq!(count(&html, "data-testid=\"flight-symbol\""), 0);
    assert!(!html.contains("data-testid=\"flights-table\""));
    assert!(!html.contains("data-testid=\"layer-flights\""));
    // Romania, outside the frame, is named off the map (as any place there is), with no
    // circle and no count: the list gives it none, only a figure reported by an outlet.
    let callout = between(&html, "data-testid=\"off-map\"", "</aside>");
    assert!(callout.contains(">Rumania<"), "{callout}");
    assert!(
        !callout.contains("off-map-circle") && !callout.contains("vuelo"),
        "{callout}"
    );
    // The map's summary says what is in its frame and names what is not.
    let summary = between(&html, "id=\"map-summary\"", "</p>");
    assert!(summary.contains("Fuera de su marco: Rumania."), "{summary}");
    assert!(!summary.contains("Perú, Rumania"), "{summary}");
    let table = between(&html, "data-testid=\"figures-table\"", "</table>");
    let rows = table.matches("data-figure=\"").count();
    assert_eq!(rows, data.figures.len());
    assert_eq!(
        count(table, "Previsto"),
        rows,
        "every row says it is projected"
    );
    assert!(!table.contains("Realizado"));
    assert!(table.contains("112 vuelos"), "{table}");
    assert_eq!(
        count(table, "Reportado por"),
        rows,
        "every row names the outlet that reported it"
    );
    assert!(table.contains("Rancherita"));
    // A place's details show its figure with the outlet beside it, as the row does (the text
    // audit accepts the outlets' numbers for that reason).
    for figure in data.figures.iter().filter(|figure| !figure.to.is_empty()) {
        let view = corredor::state::url::ViewState {
            selection: Some(corredor::state::url::Selection::Place(
                figure.to[0].to_string(),
            )),
            ..Default::default()
        };
        let page = corredor::prerender::render_statement(Some(data), Lang::Es, view, "");
        let details = between(&page, "id=\"details-heading\"", "</section>");
        assert!(
            details.contains("Previsto:") && details.contains("Reportado por"),
            "{details}"
        );
    }
    assert!(html.contains("El mapa muestra los lugares que nombra el comunicado"));
    // Only known to have been issued on or before 26 January: never "of" that day.
    assert!(html.contains("Comunicado posterior sobre los vuelos de repatriación de enero de 2024, emitido el 26 de enero de 2024 o antes"));
    assert!(!html.contains("de 2024 del 26 de enero"));
    // No text: its figures are the outlets', and no sentence of a source is promised.
    assert!(html.contains("Cifras del comunicado, según los medios que las publicaron"));
    assert!(html.contains("para ver sus cifras y quién las publicó"));
    // No dateline reported: the source line names none, and leaves no empty place.
    assert!(!html.contains(", ."), "a dateline left empty");
    // The 23 January page has what this one leaves out: no flights file to download, no
    // event (so no events table), no city with an event (so no diamonds in the key).
    let first = corredor::prerender::render_statement(None, Lang::Es, Default::default(), "");
    for part in [
        "data-testid=\"layer-flights\"",
        "data-testid=\"flights-table\"",
        "legend__sizes",
        "download=\"flights.csv\"",
        "data-testid=\"events-table\"",
        "data-testid=\"layer-meetings\"",
        "frase de la fuente",
    ] {
        assert!(first.contains(part) && !html.contains(part), "{part}");
    }
}

/// The tables the app puts in on a language switch are that language's page's own, with links
/// that lead from the statement's folder (where the file lies), and one whole element.
#[test]
fn each_languages_tables_file_is_its_pages_tables_with_links_from_the_statements_folder() {
    use corredor::prerender::{element_at, page_view, tables_fragment, TABLES_OPENING};
    use corredor::state::pages::Page;
    let opening = TABLES_OPENING;
    for page in [Page::ALL[0], Page::ALL[1]] {
        let written = page_view(page);
        let written = element_at(&written, opening, "section").unwrap();
        let file = tables_fragment(page, Page::ALL[0].site_root()).unwrap();
        assert!(
            file.starts_with(&format!("{opening} lang=\"{}\"", page.lang.code())),
            "{}",
            &file[..120]
        );
        assert!(file.ends_with("</section>"));
        assert_eq!(count(&file, "<section"), count(&file, "</section>"));
        // The statement's files: from the root page as written, from en/ one folder up.
        assert!(file.contains("href=\"./downloads/"));
        let from_page = written.replace(&format!("href=\"{}", page.site_root()), "href=\"./");
        assert_eq!(file, from_page, "{:?}", page.lang);
    }
}

/// The details bodies the app shows on a selection: one for the prompt and one for each place
/// and each event, in the page and in each language's file alike (links from the statement's
/// folder), the shown body's among them; the flights' event carries its line at each state of
/// the period, under the names the app reads.
#[test]
fn every_selection_has_its_written_details_body_in_the_page_and_its_languages_file() {
    use corredor::data::timeline::Status;
    use corredor::prerender::{details_fragment, element_at, page_view};
    use corredor::presentation::details::{body_key, status_attribute, WRITTEN_ID};
    use corredor::state::pages::Page;
    use corredor::state::url::Selection;
    let data = corredor::first_statement();
    let opening = format!("<template id=\"{WRITTEN_ID}\"");
    for page in [Page::ALL[0], Page::ALL[1]] {
        let view = page_view(page);
        let written = element_at(&view, &opening, "template").unwrap();
        let file = details_fragment(page, Page::ALL[0].site_root()).unwrap();
        let from_page = written.replace(&format!("href=\"{}", page.site_root()), "href=\"./");
        assert_eq!(file, from_page, "{:?}", page.lang);
        assert!(file.starts_with(&format!("{opening} lang=\"{}\"", page.lang.code())));
        // Only to other sites: the app does not make a body's links work from another folder.
        for link in file.split("href=\"").skip(1) {
            assert!(
                link.starts_with("https://"),
                "{}",
                &link[..60.min(link.len())]
            );
        }
        let selections = std::iter::once(None)
            .chain(
                data.places
                    .iter()
                    .map(|place| Some(Selection::Place(place.id.to_string()))),
            )
            .chain(
                data.events
                    .iter()
                    .map(|event| Some(Selection::Event(event.id.to_string()))),
            );
        for selection in selections {
            let key = body_key(selection.as_ref());
            assert_eq!(
                count(&file, &format!("data-details=\"{key}\"")),
                1,
                "{key:?} in {:?}",
                page.lang
            );
        }
        // The default view shows the prompt, and it is the written one.
        let prompt = element_at(&view, "<div data-details=\"\"", "div").unwrap();
        assert_eq!(count(&view, prompt), 2, "shown and written");
        let flights = data.flights.as_ref().unwrap();
        let event = element_at(
            &file,
            &format!(
                "<div data-details=\"{}\"",
                body_key(Some(&Selection::Event(flights.event.to_string())))
            ),
            "div",
        )
        .unwrap();
        for status in [Status::Upcoming, Status::Running, Status::Done] {
            let said = facts::period_status(flights, status, page.lang);
            assert!(
                event.contains(&format!("{}=\"{said}\"", status_attribute(status))),
                "{status:?}: {said}"
            );
        }
    }
}

/// The footer the app puts in on a language switch is that language's and layout's page's own,
/// with links that lead from the statement's folder, and its language on it.
#[test]
fn each_languages_and_layouts_footer_file_is_its_pages_footer_with_links_from_the_statements_folder(
) {
    use corredor::prerender::{element_at, footer_fragment, page_view};
    use corredor::state::pages::Page;
    for page in Page::ALL {
        let written = page_view(page);
        let written = element_at(&written, "<footer", "footer").unwrap();
        let file = footer_fragment(page, Page::ALL[0].site_root()).unwrap();
        assert!(
            file.starts_with(&format!("<footer lang=\"{}\"", page.lang.code())),
            "{}",
            &file[..60]
        );
        // The corrections log of the page's language, from the statement's folder.
        let log = corredor::presentation::corrections::href("./", page.lang);
        assert!(
            file.contains(&format!("href=\"{log}\"")),
            "{:?}",
            page.path()
        );
        let from_page = written.replace(&format!("href=\"{}", page.site_root()), "href=\"./");
        assert_eq!(file, from_page, "{:?}", page.path());
    }
    // The compact embed's folds who speaks and where the text comes from.
    let standalone = footer_fragment(Page::ALL[0], String::new()).unwrap();
    let embed = Page::ALL.into_iter().find(|page| page.embed).unwrap();
    let embed = footer_fragment(embed, String::new()).unwrap();
    assert!(embed.contains("data-testid=\"about-text\"") && !standalone.contains("about-text"));
}

#[test]
fn an_element_is_cut_at_its_own_closing_tag_past_those_nested_in_it() {
    use corredor::prerender::element_at;
    let html = "<main><section class=\"a\"><section><p>x</p></section><section></section></section><section>after</section></main>";
    assert_eq!(
        element_at(html, "<section class=\"a\"", "section"),
        Some("<section class=\"a\"><section><p>x</p></section><section></section></section>")
    );
    assert_eq!(element_at(html, "<section class=\"b\"", "section"), None);
    assert_eq!(
        element_at(
            "<section class=\"a\"><p>",
            "<section class=\"a\"",
            "section"
        ),
        None
    );
}
