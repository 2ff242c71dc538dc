//! `corrections.csv`: the statement's corrections log, one row per change of what readers were
//! shown (date, the data version it made, what it concerns, old → new, why), and the rule that
//! keeps it honest: a published figure never changes without a row here.
//!
//! What was published is the committed download `public/downloads/figures.csv` (the build
//! ships it; `cargo xtask exports` rewrites it only after the check passes). A figure whose
//! unit, quantity, status, places or dates differ from it needs a correction about it, at a
//! version above the published one.

use crate::data::error::{Expected, Problem};
use crate::data::model::Bilingual;
use crate::data::statement::csv;
use crate::data::statement::figures::Figure;
use crate::data::statement::sheet::{Columns, Row, Sheet};
use crate::data::statement::{Located, Location};
use crate::data::Day;

/// The columns of `corrections.csv`.
pub const COLUMNS: Columns = Columns {
    required: &[
        "version", "date", "about", "what_es", "what_en", "old_es", "old_en", "new_es", "new_en",
        "why_es", "why_en",
    ],
    optional: &[],
};

/// The columns of the published figures a correction must account for (as
/// `public/downloads/figures.csv` names them; the folder's own columns of the same name hold
/// them).
pub const TRACKED: [&str; 9] = [
    "unit",
    "quantity",
    "value",
    "denominator",
    "status",
    "from",
    "to",
    "in",
    "date",
];

/// One entry of the log, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Correction {
    /// The data version the change made.
    pub version: u32,
    /// When it was made.
    pub date: Day,
    /// The id of the figure, event, claim, context entry or place it concerns.
    pub about: String,
    /// What changed.
    pub what: Bilingual,
    /// What readers were shown before.
    pub old: Bilingual,
    /// What they are shown now.
    pub new: Bilingual,
    /// Why.
    pub why: Bilingual,
    /// Where its row starts.
    pub at: Location,
}

/// The log as JSON, for the build to hand to the log page's writer (never to the wasm).
pub fn log_json(log: &[Correction]) -> String {
    let entries: Vec<crate::data::model::Correction> = log.iter().map(Correction::entry).collect();
    serde_json::to_string(&entries).unwrap_or_else(|_| "[]".to_owned())
}

impl Correction {
    /// As the log page and the downloads show it.
    pub fn entry(&self) -> crate::data::model::Correction {
        crate::data::model::Correction {
            version: self.version,
            date: self.date.iso().into(),
            about: self.about.clone().into(),
            what: self.what.clone(),
            old: self.old.clone(),
            new: self.new.clone(),
            why: self.why.clone(),
        }
    }
}

/// Reads one row; `None` when a cell is missing or malformed (each reported).
pub fn read(row: &Row, problems: &mut Vec<Located>) -> Option<Correction> {
    let before = problems.len();
    let version = row.required("version", problems).and_then(|_| {
        row.parsed(
            "version",
            Expected::Version,
            |t| super::figures::count(t).filter(|v| *v > 0),
            problems,
        )
    });
    let date = row
        .required("date", problems)
        .and_then(|_| row.parsed("date", Expected::Day, Day::parse, problems));
    let about = row.id("about", problems);
    let mut text = |base: &str| {
        let text = row.bilingual(base, problems);
        if text.is_none() {
            row.required(&format!("{base}_es"), problems);
        }
        text
    };
    let (what, old, new, why) = (text("what"), text("old"), text("new"), text("why"));
    let correction = Correction {
        version: version?,
        date: date?,
        about: about?.to_owned(),
        what: what?,
        old: old?,
        new: new?,
        why: why?,
        at: row.start(),
    };
    (problems.len() == before).then_some(correction)
}

/// Reads the whole log (an absent file is an empty log).
pub fn read_all(file: &str, bytes: Option<&[u8]>, problems: &mut Vec<Located>) -> Vec<Correction> {
    let Some(bytes) = bytes else {
        return Vec::new();
    };
    let Some(sheet) = Sheet::open(file, bytes, COLUMNS, problems) else {
        return Vec::new();
    };
    sheet
        .rows()
        .filter_map(|row| read(&row, problems))
        .collect()
}

/// The log's own rules: no version above the statement's, dates in the order of versions.
pub fn check(log: &[Correction], version: Option<u32>, problems: &mut Vec<Located>) {
    for pair in log.windows(2) {
        if let [earlier, later] = pair {
            if later.version < earlier.version || later.date < earlier.date {
                problems.push(Located::new(
                    later.at.clone(),
                    Problem::CorrectionsOutOfOrder,
                ));
            }
        }
    }
    if let Some(version) = version {
        for correction in log {
            if correction.version > version {
                problems.push(Located::new(
                    correction.at.clone(),
                    Problem::VersionAhead {
                        logged: correction.version,
                        statement: version,
                    },
                ));
            }
        }
    }
}

/// The published figures that changed without a correction: each at the cell that changed
/// (a figure gone at the file's top), with the old and the new value. `published` is the
/// committed `figures.csv` download, `current` the same table generated from the folder now.
pub fn silent_changes(
    published: &str,
    current: &str,
    figures: &[Figure],
    log: &[Correction],
    figures_file: &str,
) -> Vec<Located> {
    let (Ok(published), Ok(current)) = (csv::parse("", published), csv::parse("", current)) else {
        return Vec::new();
    };
    let column =
        |table: &csv::Table, name: &str| table.header.iter().position(|cell| cell.text == name);
    let (Some(figure_at), Some(version_at)) = (
        column(&published, "figure"),
        column(&published, "data_version"),
    ) else {
        return Vec::new();
    };
    // Only this statement's published rows: the download may hold another statement's (the
    // one a build showed before this one was added), whose figures are not this one's.
    let statement_of = |table: &csv::Table, row: &[csv::Cell]| {
        column(table, "statement")
            .and_then(|i| row.get(i))
            .map(|cell| cell.text.clone())
    };
    let this_statement = current
        .rows
        .first()
        .and_then(|row| statement_of(&current, row));
    let mut problems = Vec::new();
    for row in &published.rows {
        if statement_of(&published, row) != this_statement {
            continue;
        }
        let cell = |index: Option<usize>| {
            index
                .and_then(|i| row.get(i))
                .map(|cell| cell.text.as_str())
                .unwrap_or_default()
        };
        let id = cell(Some(figure_at));
        let published_version = super::figures::count(cell(Some(version_at))).unwrap_or(0);
        let logged = log
            .iter()
            .any(|c| c.about == id && c.version > published_version);
        if logged {
            continue;
        }
        let now = current.rows.iter().find(|r| {
            column(&current, "figure")
                .and_then(|i| r.get(i))
                .is_some_and(|c| c.text == id)
        });
        let figure = figures.iter().find(|f| f.id == id);
        for name in TRACKED {
            let old = cell(column(&published, name));
            let new = now
                .and_then(|r| column(&current, name).and_then(|i| r.get(i)))
                .map(|c| c.text.as_str());
            if new == Some(old) {
                continue;
            }
            problems.push(Located::new(
                figure.map_or_else(|| Location::new(figures_file, 1, 1), |f| f.at(name)),
                Problem::SilentChange {
                    figure: id.to_owned(),
                    column: name.to_owned(),
                    old: old.to_owned(),
                    new: new.unwrap_or_default().to_owned(),
                },
            ));
            // One problem per figure: its first changed column says enough.
            break;
        }
    }
    problems
}
