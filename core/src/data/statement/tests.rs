//! The folder format against the committed statement, each problem the docs promise, and
//! generated inputs that must load or fail with located problems, never panic.

use super::*;
use crate::data::{load as load_json, EMBEDDED_FOLDER, EMBEDDED_GAZETTEER, EMBEDDED_SOURCES};

#[test]
fn the_committed_statement_reads_as_the_dataset_readers_download() {
    let from_folder = load(EMBEDDED_GAZETTEER, EMBEDDED_FOLDER).unwrap_or_else(|problems| {
        panic!(
            "{}",
            crate::i18n::problems::report_located(&problems, &[crate::lang::Lang::En])
        )
    });
    let mut downloaded = load_json(crate::data::DATASET_JSON, &EMBEDDED_SOURCES).unwrap();
    downloaded.source.original_file = from_folder.source.original_file.clone();
    downloaded.source.translation_file = from_folder.source.translation_file.clone();
    assert_eq!(from_folder, downloaded);
}

use crate::data::error::Expected;
use crate::i18n::problems::describe_located;
use crate::lang::Lang;

const FOLDER: &str = "data/statements/2024-01-23";

/// The embedded folder with `file`'s text changed by `edit`.
fn edited(file: &str, edit: impl Fn(&str) -> String) -> Vec<(&'static str, Vec<u8>)> {
    EMBEDDED_FOLDER
        .files
        .iter()
        .map(|(name, bytes)| {
            let bytes = if *name == file {
                edit(std::str::from_utf8(bytes).unwrap()).into_bytes()
            } else {
                bytes.to_vec()
            };
            (*name, bytes)
        })
        .collect()
}

/// The problems of the folder after `edit` of `file` (the check must fail).
fn problems_after(file: &str, edit: impl Fn(&str) -> String) -> Vec<Located> {
    let files = edited(file, edit);
    let files: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let problems = check(
        EMBEDDED_GAZETTEER,
        Folder {
            path: FOLDER,
            files: &files,
        },
    );
    assert!(!problems.is_empty(), "the edited folder checked clean");
    problems
}

/// The line (from 1) of `file` that contains `needle`, and the column (from 1, in
/// characters) where it starts.
fn position(file: &str, needle: &str) -> (usize, usize) {
    let bytes = EMBEDDED_FOLDER.file(file).unwrap();
    let text = std::str::from_utf8(bytes).unwrap();
    for (index, line) in text.lines().enumerate() {
        if let Some(at) = line.find(needle) {
            return (index + 1, line[..at].chars().count() + 1);
        }
    }
    panic!("{needle} not in {file}");
}

fn at(file: &str, needle: &str) -> Location {
    let (line, column) = position(file, needle);
    Location::new(&format!("{FOLDER}/{file}"), line, column)
}

fn only(problems: &[Located]) -> &Located {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    &problems[0]
}

/// Both languages' messages name the place and differ.
fn both_languages(problem: &Located, words: &[&str]) {
    let (es, en) = (
        describe_located(problem, Lang::Es),
        describe_located(problem, Lang::En),
    );
    assert_ne!(es, en);
    let place = format!(
        "{}:{}:{}: ",
        problem.at.file, problem.at.line, problem.at.column
    );
    for message in [&es, &en] {
        assert!(message.starts_with(&place), "{message}");
        for word in words {
            assert!(message.contains(word), "{word} not in {message}");
        }
    }
}

#[test]
fn a_quote_with_a_wrong_dash_gets_the_closest_passage_and_where_they_differ() {
    let problems = problems_after("figures.csv", |text| {
        text.replace("Guatemala – 36 vuelos", "Guatemala - 36 vuelos")
    });
    let problem = only(&problems);
    assert_eq!(problem.at, at("figures.csv", "Guatemala – 36 vuelos"));
    assert_eq!(
        problem.problem,
        Problem::QuoteNotVerbatim {
            lang: Lang::Es,
            closest: "Guatemala – 36 vuelos".into(),
            differs_at: 11
        }
    );
    both_languages(problem, &["Guatemala – 36 vuelos", "11"]);
}

#[test]
fn a_wrong_quote_of_an_event_is_located_in_events_csv() {
    let problems = problems_after("events.csv", |text| {
        text.replacen("del pasado 27 de diciembre,", "del 27 de diciembre,", 1)
    });
    let problem = only(&problems);
    assert_eq!(problem.at.file, format!("{FOLDER}/events.csv"));
    let Problem::QuoteNotVerbatim {
        lang: Lang::Es,
        closest,
        differs_at,
    } = &problem.problem
    else {
        panic!("{problem:?}");
    };
    // The excerpt shows the slip: the 40 characters either side of where they differ.
    assert!(
        closest.contains("a México del pasado 27 de diciembre"),
        "{closest}"
    );
    assert_eq!(*differs_at, "la visita de la delegación estadounidense encabezada por el secretario Antony Blinken a México del ".chars().count() + 1);
}

#[test]
fn an_unknown_place_gets_the_nearest_known_ids() {
    let problems = problems_after("figures.csv", |text| {
        text.replacen(",guatemala,", ",guatemla,", 1)
    });
    let problem = only(&problems);
    assert_eq!(problem.at, at("figures.csv", "guatemala,,,,united-states"));
    assert_eq!(
        problem.problem,
        Problem::UnknownPlaceNear {
            id: "guatemla".into(),
            nearest: vec!["guatemala".into()]
        }
    );
    both_languages(problem, &["guatemla", "guatemala", "data/places.csv"]);
}

#[test]
fn a_breakdown_that_does_not_add_up_gives_the_stated_total_and_the_sum() {
    let problems = problems_after("figures.csv", |text| {
        text.replacen("flights,flights,exact,79,", "flights,flights,exact,80,", 1)
    });
    // The general check and the app's flights check find the same slip: reported once.
    let problem = only(&problems);
    assert_eq!(problem.at, at("figures.csv", "79,"));
    assert_eq!(
        problem.problem,
        Problem::PartsDoNotSum {
            total: "flights".into(),
            stated: 80,
            sum: 79
        }
    );
    both_languages(problem, &["80", "79"]);
}

#[test]
fn impossible_malformed_and_backward_dates_are_each_located() {
    for (bad, expected) in [
        (
            "2024-02-30/2024-03-01",
            Problem::BadValue {
                value: "2024-02-30/2024-03-01".into(),
                expected: Expected::Date,
            },
        ),
        (
            "21/01/2024",
            Problem::BadValue {
                value: "21/01/2024".into(),
                expected: Expected::Date,
            },
        ),
        (
            "2024-01-21/2024-01-01",
            Problem::RangeOutOfOrder {
                start: "2024-01-21".into(),
                end: "2024-01-01".into(),
            },
        ),
    ] {
        let problems = problems_after("figures.csv", |text| {
            text.replacen("2024-01-01/2024-01-21", bad, 1)
        });
        let located = problems
            .iter()
            .find(|p| p.problem == expected)
            .unwrap_or_else(|| panic!("{bad}: {problems:#?}"));
        assert_eq!(
            located.at,
            at("figures.csv", "2024-01-01/2024-01-21"),
            "{bad}"
        );
        both_languages(located, &[bad.split('/').next().unwrap()]);
    }
}

#[test]
fn a_figure_with_neither_quote_nor_citation_is_refused() {
    let problems = problems_after("figures.csv", |text| {
        text.replace(
            "flights,Nicaragua – 1 vuelo,Nicaragua – 1 flight,",
            "flights,,,",
        )
    });
    assert!(
        problems.iter().any(|p| p.problem == Problem::NoProvenance
            && p.at == at("figures.csv", "flights-nicaragua")),
        "{problems:#?}"
    );
}

#[test]
fn a_figure_done_after_the_statement_must_say_it_is_scheduled_or_projected() {
    let problems = problems_after("figures.csv", |text| {
        text.replace("2024-01-01/2024-01-21", "2024-01-01/2024-01-26")
    });
    let late = problems
        .iter()
        .find(|p| matches!(p.problem, Problem::DoneAfterStatement { .. }))
        .unwrap_or_else(|| panic!("{problems:#?}"));
    assert_eq!(
        late.problem,
        Problem::DoneAfterStatement {
            last: "2024-01-26".into(),
            statement: "2024-01-23".into()
        }
    );
    both_languages(late, &["2024-01-26", "projected"]);
}

#[test]
fn an_unknown_column_and_a_missing_column_are_named() {
    let problems = problems_after("figures.csv", |text| {
        text.replacen("id,unit,quantity,value,", "id,unit,quantity,valeu,", 1)
    });
    assert!(problems.contains(&Located::new(
        at("figures.csv", "value,denominator"),
        Problem::UnknownColumn {
            name: "valeu".into(),
            nearest: vec!["value".into()]
        }
    )));
    assert!(problems.contains(&Located::new(
        Location::new(&format!("{FOLDER}/figures.csv"), 1, 1),
        Problem::MissingColumn {
            name: "value".into()
        }
    )));
}

#[test]
fn every_problem_is_reported_at_once() {
    let problems = problems_after("figures.csv", |text| {
        text.replace("Guatemala – 36 vuelos", "Guatemala - 36 vuelos")
            .replacen(",honduras,", ",hondura,", 1)
            .replacen("flights,flights,exact,79,", "flights,flights,exact,78,", 1)
    });
    let kinds: Vec<_> = problems
        .iter()
        .map(|p| std::mem::discriminant(&p.problem))
        .collect();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert_ne!(kinds[0], kinds[1]);
    assert_ne!(kinds[1], kinds[2]);
}

#[test]
fn bad_utf8_is_located_at_its_line_and_column() {
    let mut files = edited("figures.csv", str::to_owned);
    let figures = files.iter_mut().find(|(n, _)| *n == "figures.csv").unwrap();
    let line_two = figures.1.iter().position(|b| *b == b'\n').unwrap() + 1;
    figures.1.insert(line_two + 3, 0xff);
    let files: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let problems = check(
        EMBEDDED_GAZETTEER,
        Folder {
            path: FOLDER,
            files: &files,
        },
    );
    assert_eq!(
        problems[0],
        Located::new(
            Location::new(&format!("{FOLDER}/figures.csv"), 2, 4),
            Problem::NotUtf8
        )
    );
}

#[test]
fn a_figure_outside_the_blocks_is_built_as_the_text_states_it() {
    // People flown from an origin: a statement of this beat, valid, shown as it stands.
    let files = edited("figures.csv", |text| {
        format!(
            "{text}people-flown,people,about,100,,done,guatemala,united-states,,,,2024-01-01/2024-01-21,yes,repatriation-flights,,\"Guatemala – 36 vuelos\",\"Guatemala – 36 flights\",,,,,,,,,,\n"
        )
    });
    let files: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let folder = Folder {
        path: FOLDER,
        files: &files,
    };
    assert_eq!(check(EMBEDDED_GAZETTEER, folder), vec![]);
    let data = load(EMBEDDED_GAZETTEER, folder).unwrap();
    let [people] = &*data.figures else {
        panic!("one figure outside the blocks: {:?}", data.figures)
    };
    assert_eq!(people.unit, crate::data::FigureUnit::People);
    assert_eq!(people.quantity, crate::data::Quantity::About(100));
    assert_eq!(people.status, crate::data::FigureStatus::Done);
    assert_eq!(
        (&*people.from, &*people.to),
        (&["united-states".into()][..], &["guatemala".into()][..])
    );
    assert_eq!(people.part_of, None);
    // The blocks are as before.
    assert_eq!(data.flights.unwrap().total, 79);
}

const EXAMPLE: Folder<'static> = Folder {
    path: "examples/statements/2024-03-08-example",
    files: &[
        (
            "statement.txt",
            include_bytes!("../../../../examples/statements/2024-03-08-example/statement.txt"),
        ),
        (
            "figures.csv",
            include_bytes!("../../../../examples/statements/2024-03-08-example/figures.csv"),
        ),
        (
            "events.csv",
            include_bytes!("../../../../examples/statements/2024-03-08-example/events.csv"),
        ),
        (
            "source.es.txt",
            include_bytes!("../../../../examples/statements/2024-03-08-example/source.es.txt"),
        ),
        (
            "source.en.txt",
            include_bytes!("../../../../examples/statements/2024-03-08-example/source.en.txt"),
        ),
    ],
};

#[test]
fn the_worked_example_reads_as_its_text_says_and_builds_marked_as_an_example() {
    use crate::data::{Day, Quantity};
    use figures::{Status, Unit, When};
    let reading = read(EMBEDDED_GAZETTEER, EXAMPLE);
    assert_eq!(reading.problems, vec![]);
    let figure = |id: &str| reading.figures.iter().find(|f| f.id == id).unwrap();
    // A day shared by three origins, one figure, never split.
    let tuesday = figure("flights-tuesday");
    assert_eq!(tuesday.from, ["houston", "san-antonio", "phoenix"]);
    assert_eq!(tuesday.to, ["san-pedro-sula"]);
    assert_eq!(
        tuesday.when,
        Some(When::Day(Day::parse("2024-03-05").unwrap()))
    );
    assert_eq!(tuesday.part_of.as_deref(), Some("flights-week"));
    // People beside flights, a bound, scheduled, and a year-to-date total.
    assert_eq!(figure("people-wednesday").unit, Unit::People);
    assert_eq!(figure("people-wednesday").quantity, Quantity::MoreThan(250));
    assert_eq!(figure("flights-march").status, Status::Scheduled);
    assert_eq!(
        figure("flights-2024").when,
        Some(When::UpTo(Day::parse("2024-03-08").unwrap()))
    );
    assert_eq!(reading.not_shown, vec![]);
    let data = load(EMBEDDED_GAZETTEER, EXAMPLE).unwrap();
    assert!(data.source.example, "every page says it is made up");
    // The week's flights by day are the flights block, each day with its origins.
    assert_eq!(data.flights.as_ref().unwrap().total, 7);
    let tuesday = &data.destinations()[1];
    assert_eq!(&*tuesday.from, ["houston", "san-antonio", "phoenix"]);
    assert_eq!(tuesday.flights, 3, "shared by three origins, never split");
    assert_eq!(tuesday.date.as_ref().map(|d| &*d.start), Some("2024-03-05"));
    // The rest is shown as stated: the scheduled month stays scheduled.
    let ids: Vec<&str> = data.figures.iter().map(|f| &*f.id).collect();
    assert_eq!(
        ids,
        [
            "flights-2024",
            "people-2024",
            "people-wednesday",
            "flights-march"
        ]
    );
    let march = data
        .figures
        .iter()
        .find(|f| f.id == "flights-march")
        .unwrap();
    assert_eq!(march.status, crate::data::FigureStatus::Scheduled);
    assert!(
        data.networks.is_none(),
        "no organizations, no organizations layer"
    );
}

use crate::data::EMBEDDED_FOLLOW_UP as FOLLOW_UP;

#[test]
fn the_follow_up_is_cited_never_quoted_and_its_112_is_a_projection() {
    use crate::data::{Day, Quantity};
    use figures::{Status, When};
    let reading = read(EMBEDDED_GAZETTEER, FOLLOW_UP);
    assert_eq!(reading.problems, vec![]);
    let total = reading.figures.iter().find(|f| f.id == "flights").unwrap();
    assert_eq!(total.quantity, Quantity::Exact(112));
    assert_eq!(total.status, Status::Projected);
    assert_eq!(
        total.when,
        Some(When::Range(
            Day::parse("2024-01-01").unwrap(),
            Day::parse("2024-01-26").unwrap()
        ))
    );
    assert_eq!(total.citation.as_ref().unwrap().publisher, "Éxodo Juárez");
    assert!(reading
        .figures
        .iter()
        .all(|f| f.quote.is_none() && f.citation.is_some()));
    let parts: Vec<_> = reading
        .figures
        .iter()
        .filter(|f| f.part_of.as_deref() == Some("flights"))
        .collect();
    let sum: u32 = parts
        .iter()
        .map(|f| match f.quantity {
            Quantity::Exact(n) => n,
            _ => 0,
        })
        .sum();
    assert_eq!(sum, 112);
    // India is not in this list, and Romania stands alone in it.
    assert!(parts.iter().all(|f| f.to.iter().all(|id| id != "india")));
    assert!(parts.iter().any(|f| f.to == ["romania"]));
    // It builds: not as the map's circles (those are the text's done flights), but as its
    // figures as reported, every one projected and cited, the 112 never a count.
    let data = load(EMBEDDED_GAZETTEER, FOLLOW_UP).unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(data.flights.is_none());
    assert_eq!(data.figures.len(), reading.figures.len());
    assert!(data
        .figures
        .iter()
        .all(|f| f.status == crate::data::FigureStatus::Projected
            && f.quote.is_none()
            && f.citation.is_some()));
    let total = data.figures.iter().find(|f| f.id == "flights").unwrap();
    assert_eq!(total.quantity, Quantity::Exact(112));
    assert_eq!(crate::i18n::figures::parts_sum(&data, "flights"), Some(112));
}

#[test]
fn a_statement_without_a_text_refuses_a_quote() {
    let figures = String::from_utf8(FOLLOW_UP.file("figures.csv").unwrap().to_vec())
        .unwrap()
        .replacen("id,unit,", "quote_es,quote_en,id,unit,", 1)
        .replacen("\nflights,", "\n112 vuelos,112 flights,flights,", 1)
        .replace("\nflights-", "\n,,flights-");
    let files = [
        ("statement.txt", FOLLOW_UP.file("statement.txt").unwrap()),
        ("figures.csv", figures.as_bytes()),
    ];
    let problems = check(
        EMBEDDED_GAZETTEER,
        Folder {
            path: FOLLOW_UP.path,
            files: &files,
        },
    );
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems
        .iter()
        .all(|p| p.problem == Problem::NoSourceText && p.at.line == 2));
}
