//! The string audit (`presentation::audit`) over what the reader sees: the views the app
//! renders natively, in both languages, standalone and embedded, for the default view and for
//! every place and every event selected, with the tables open. Every sentence a component
//! composes is read here as it is shown, so a new one is audited without anyone listing it.
//!
//! Left out, as the rules say: the source's own sentences (quotes, which validation finds
//! verbatim in the text) and outside context (always labelled, with its citation).
#![cfg(not(target_arch = "wasm32"))]

use corredor::i18n::Lang;
use corredor::presentation::audit::{audit, rules, rules_for};
use corredor::state::url::{Selection, ViewState};

/// Elements whose text is not ours to audit: a quote of the source, outside context and its
/// citation, the style sheet.
fn not_ours(tag: &str, class: &str) -> bool {
    matches!(tag, "blockquote" | "style" | "script")
        || class.split(' ').any(|name| {
            matches!(
                name,
                "context" | "context-note" | "citation" | "provenance__citation"
            )
        })
}

/// Elements that hold one sentence or label: their text, with their inline children's, is
/// read as one string.
const BLOCKS: [&str; 22] = [
    "p",
    "li",
    "td",
    "th",
    "caption",
    "h1",
    "h2",
    "h3",
    "h4",
    "summary",
    "figcaption",
    "button",
    "label",
    "a",
    "dt",
    "dd",
    "text",
    "title",
    "legend",
    "option",
    "time",
    "div",
];

/// Attributes a reader gets as text: what a screen reader says, a tooltip.
const SPOKEN: [&str; 4] = ["aria-label", "title", "alt", "aria-valuetext"];

/// One string as shown: where (the element's tag and class, after `place:` for what is said
/// of one place), and its text.
struct Shown {
    location: String,
    text: String,
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

fn decoded(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every string `html` shows, block by block and attribute by attribute. `place_view` marks
/// everything in the details panel as said of the selected place.
fn shown_strings(html: &str, place_view: bool) -> Vec<Shown> {
    struct Open {
        tag: String,
        location: String,
        skipped: bool,
        place: bool,
        text: Option<String>,
    }
    const VOID: [&str; 6] = ["input", "br", "img", "meta", "link", "path"];
    let mut stack: Vec<Open> = Vec::new();
    let mut out = Vec::new();
    let mut rest = html;
    let flush = |open: Open, out: &mut Vec<Shown>| {
        if let Some(text) = open.text {
            let text = decoded(&text);
            if !text.is_empty() {
                out.push(Shown {
                    location: open.location,
                    text,
                });
            }
        }
    };
    loop {
        let (text, after) = match rest.find('<') {
            Some(open) => (&rest[..open], Some(open)),
            None => (rest, None),
        };
        let skipped = stack.last().is_some_and(|open| open.skipped);
        if !skipped {
            // Text belongs to the innermost block.
            if let Some(block) = stack.iter_mut().rev().find(|open| open.text.is_some()) {
                if let Some(buffer) = block.text.as_mut() {
                    buffer.push_str(text);
                }
            }
        }
        let Some(open_at) = after else { break };
        let close_at = rest[open_at..]
            .find('>')
            .map_or(rest.len(), |i| open_at + i + 1);
        let tag = &rest[open_at + 1..close_at.saturating_sub(1)];
        rest = &rest[close_at..];
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if let Some(closing) = tag.strip_prefix('/') {
            let closing: String = closing
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            while let Some(open) = stack.pop() {
                let matched = open.tag == closing;
                flush(open, &mut out);
                if matched {
                    break;
                }
            }
            continue;
        }
        let class = attribute(tag, "class").unwrap_or("");
        let parent_skipped = stack.last().is_some_and(|open| open.skipped);
        let skipped = parent_skipped || not_ours(&name, class);
        let in_details = class.split(' ').any(|c| c == "details");
        let place = stack.last().is_some_and(|open| open.place)
            || (place_view && in_details)
            || tag.contains(" data-place=");
        let location = format!("{}{name}.{class}", if place { "place:" } else { "" });
        if !skipped {
            for spoken in SPOKEN {
                if let Some(value) = attribute(tag, spoken) {
                    out.push(Shown {
                        location: format!("{location}[{spoken}]"),
                        text: decoded(value),
                    });
                }
            }
        }
        let self_closing = tag.ends_with('/') || VOID.contains(&name.as_str());
        if self_closing {
            continue;
        }
        stack.push(Open {
            tag: name.clone(),
            text: BLOCKS.contains(&name.as_str()).then(String::new),
            location,
            skipped,
            place,
        });
    }
    while let Some(open) = stack.pop() {
        flush(open, &mut out);
    }
    out
}

/// Every view a reader can open by selecting something, in both layouts: the default, each
/// place, each event.
fn views(data: &corredor::data::Dataset) -> Vec<(String, ViewState, bool)> {
    let mut selections: Vec<Option<Selection>> = vec![None];
    selections.extend(
        data.places
            .iter()
            .map(|place| Some(Selection::Place(place.id.to_string()))),
    );
    selections.extend(
        data.events
            .iter()
            .map(|event| Some(Selection::Event(event.id.to_string()))),
    );
    let mut views = Vec::new();
    for embed in [false, true] {
        for selection in &selections {
            let name = format!(
                "{}{}",
                if embed { "embed " } else { "" },
                match selection {
                    None => "default view".to_owned(),
                    Some(Selection::Place(id)) => format!("place {id}"),
                    Some(Selection::Event(id)) => format!("event {id}"),
                }
            );
            let place_view = matches!(selection, Some(Selection::Place(_)));
            views.push((
                name,
                ViewState {
                    selection: selection.clone(),
                    embed,
                    ..ViewState::default()
                },
                place_view,
            ));
        }
    }
    views
}

#[test]
fn everything_a_reader_sees_is_true_to_the_statement_in_both_languages() {
    audit_every_view(Audited::Collection(0), 10_000);
}

/// The worked example (origins, days, people, a scheduled month), read as its built site
/// shows it: the strings composed for those figures are audited like the rest.
#[test]
fn everything_a_reader_sees_of_the_worked_example_is_true_to_it() {
    let example =
        corredor::prerender::statement_from_folder("examples/statements/2024-03-08-example")
            .unwrap_or_else(|e| panic!("{e}"));
    audit_every_view(Audited::Folder(example), 2_000);
}

/// The follow-up, known only from the press, as the collection's second statement shows it
/// (with the picker and the comparisons): every figure is shown as reported by an outlet,
/// and the strings around them are audited like the rest (its numbers are the outlets', each
/// shown beside its "Reportado por" label, which `tests/render.rs` checks).
#[test]
fn everything_a_reader_sees_of_a_statement_known_only_from_the_press_is_true_to_it() {
    let follow_up = &corredor::STATEMENTS[1];
    assert_eq!(follow_up.id, "2024-01-26-follow-up");
    assert!(
        follow_up.data.source.original_file.is_empty(),
        "no text of its own"
    );
    audit_every_view(Audited::Collection(1), 500);
}

/// What is audited: a statement of the compiled-in collection, by its index, with the
/// series around it; or a statement folder read natively, alone.
enum Audited {
    Collection(usize),
    Folder(&'static corredor::data::Dataset),
}

/// Audits every view of `shown`, having read at least `at_least` strings.
fn audit_every_view(shown: Audited, at_least: usize) {
    let (data, dataset, statement) = match shown {
        Audited::Collection(index) => {
            let statement = &corredor::STATEMENTS[index];
            (
                &statement.data,
                None,
                (index > 0).then(|| statement.id.to_string()),
            )
        }
        Audited::Folder(data) => (data, Some(data), None),
    };
    let rules = match shown {
        Audited::Collection(0) => rules(data),
        _ => {
            // A statement known only from the press has no text: no number is its own.
            let read = |path: &str| {
                if path.is_empty() {
                    return String::new();
                }
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
            };
            rules_for(
                data,
                &read(&data.source.original_file),
                &read(&data.source.translation_file),
            )
        }
    };
    let rules = match shown {
        Audited::Collection(_) => rules.with_series(&corredor::STATEMENTS),
        Audited::Folder(_) => rules,
    };
    let mut findings = Vec::new();
    let mut read = 0;
    let views = views(data);
    for lang in Lang::ALL {
        for (name, view, place_view) in &views {
            let view = ViewState {
                statement: statement.clone(),
                ..view.clone()
            };
            let html = corredor::prerender::render_statement(dataset, lang, view, "./");
            for shown in shown_strings(&html, *place_view) {
                read += 1;
                for reason in audit(&shown.location, &shown.text, &rules) {
                    // Once per string and reason, with the first view that shows it.
                    let finding = format!("{}: {reason}\n    «{}»", shown.location, shown.text);
                    if !findings.iter().any(|(known, _)| *known == finding) {
                        findings.push((finding, format!("{name}, {}", lang.code())));
                    }
                }
            }
        }
    }
    assert!(
        views.len() > 2 * (data.places.len() + data.events.len()),
        "every selection in both layouts"
    );
    assert!(read > at_least, "only {read} strings read");
    let report: Vec<String> = findings
        .iter()
        .map(|(finding, seen)| format!("{finding}\n    (first in: {seen})"))
        .collect();
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}

/// The reader of the page is the one audited: a slip written into a component (not into the
/// strings' list or the model) is found.
#[test]
fn a_sentence_composed_in_a_component_is_read_and_caught() {
    let rules = rules(corredor::first_statement());
    let page = "<main><div class=\"timeline\"><p class=\"timeline__status\">Se realizaron 80 vuelos en <span>once</span> días (diciembre de 2023)</p>\
        <blockquote><p>«79 vuelos»</p></blockquote><li class=\"context\">112 vuelos</li></div></main>";
    let shown = shown_strings(page, false);
    let texts: Vec<&str> = shown.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Se realizaron 80 vuelos en once días (diciembre de 2023)"],
        "the quote and the context are left out"
    );
    let reasons = audit(&shown[0].location, &shown[0].text, &rules);
    assert_eq!(reasons.len(), 3, "80, «once», a bare 2024: {reasons:?}");
    let details = "<section class=\"details\"><p class=\"details__figure\">Aquí: organizaciones criminales desarticuladas</p></section>";
    let shown = shown_strings(details, true);
    assert!(shown[0].location.starts_with("place:"));
    assert_eq!(audit(&shown[0].location, &shown[0].text, &rules).len(), 1);
    let mark = "<svg><g data-place=\"chiapas\" aria-label=\"Chiapas: 10 organizaciones desarticuladas\"></g></svg>";
    let spoken = shown_strings(mark, false);
    assert_eq!(spoken.len(), 1);
    assert_eq!(audit(&spoken[0].location, &spoken[0].text, &rules).len(), 1);
}
