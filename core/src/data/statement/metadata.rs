//! `statement.txt`: one `key: value` per line, `#` starts a comment line, blank lines are
//! skipped. A value runs to the end of its line (it may hold colons).

use crate::data::error::Problem;
use crate::data::statement::nearest::nearest;
use crate::data::statement::{Located, Location};

/// The keys `statement.txt` may hold; `unit.<name>.es` and `unit.<name>.en` name a unit of the
/// statement's own.
pub const KEYS: &[&str] = &[
    "id",
    "version",
    "date",
    "dateline",
    "language",
    "original",
    "original_sha256",
    "translation",
    "example",
    "title.es",
    "title.en",
    "translation_note.es",
    "translation_note.en",
    "voice.es",
    "voice.en",
    "provenance.es",
    "provenance.en",
    "provenance.publisher",
    "provenance.date",
    "provenance.url",
    "flights_name.es",
    "flights_name.en",
];

/// One value and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The key.
    pub key: String,
    /// The value, trimmed.
    pub value: String,
    /// Where the value starts (where the key starts when the value is empty).
    pub at: Location,
}

/// The entries of a metadata file, in its order.
#[derive(Clone, Debug, Default)]
pub struct Metadata {
    /// The file's name, for problems about a missing key.
    pub file: String,
    /// The entries.
    pub entries: Vec<Entry>,
}

impl Metadata {
    /// The entry for `key`.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.key == key)
    }

    /// Where a problem about a missing key goes: the file's first line.
    pub fn top(&self) -> Location {
        Location::new(&self.file, 1, 1)
    }
}

/// Whether `key` is one `statement.txt` may hold.
pub fn is_known(key: &str) -> bool {
    KEYS.contains(&key)
        || key
            .strip_prefix("unit.")
            .and_then(|rest| rest.rsplit_once('.'))
            .is_some_and(|(name, lang)| {
                !name.is_empty() && super::is_id(name) && matches!(lang, "es" | "en")
            })
}

/// Reads `text`, the contents of `file`; every malformed line, unknown or repeated key is
/// reported, and the other entries kept.
pub fn parse(file: &str, text: &str, problems: &mut Vec<Located>) -> Metadata {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut entries: Vec<Entry> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let indent = raw.chars().take_while(|c| c.is_whitespace()).count();
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let at_line = Location::new(file, line, indent + 1);
        let Some((key, value)) = content.split_once(':') else {
            problems.push(Located::new(at_line, Problem::NotKeyValue));
            continue;
        };
        let key = key.trim();
        if !is_known(key) {
            problems.push(Located::new(
                at_line,
                Problem::UnknownKey {
                    key: key.to_owned(),
                    nearest: nearest(key, KEYS.iter().copied()),
                },
            ));
            continue;
        }
        if entries.iter().any(|entry| entry.key == key) {
            problems.push(Located::new(
                at_line,
                Problem::Repeated {
                    name: key.to_owned(),
                },
            ));
            continue;
        }
        // The value's column: after the key, the colon and the spaces that follow it.
        let before_value = content.len() - value.trim_start().len();
        let column = indent + 1 + content[..before_value].chars().count();
        entries.push(Entry {
            key: key.to_owned(),
            value: value.trim().to_owned(),
            at: Location::new(file, line, column),
        });
    }
    Metadata {
        file: file.to_owned(),
        entries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values_with_colons_and_locates_them() {
        let mut problems = Vec::new();
        let metadata = parse(
            "statement.txt",
            "# comment\n\nid: x\n  provenance.url: https://a.b/c\n",
            &mut problems,
        );
        assert!(problems.is_empty(), "{problems:?}");
        let url = metadata.entry("provenance.url").unwrap();
        assert_eq!(url.value, "https://a.b/c");
        assert_eq!(url.at, Location::new("statement.txt", 4, 19));
        assert_eq!(
            metadata.entry("id").unwrap().at,
            Location::new("statement.txt", 3, 5)
        );
    }

    #[test]
    fn unknown_repeated_and_malformed_lines_are_each_reported() {
        let mut problems = Vec::new();
        parse(
            "s.txt",
            "titel.es: x\nid: a\nid: b\njust words\nunit.asylum-requests.es: solicitudes\n",
            &mut problems,
        );
        let found: Vec<_> = problems.iter().map(|p| (p.at.line, &p.problem)).collect();
        assert_eq!(
            found,
            vec![
                (
                    1,
                    &Problem::UnknownKey {
                        key: "titel.es".into(),
                        nearest: vec!["title.es".into(), "title.en".into()]
                    }
                ),
                (2 + 1, &Problem::Repeated { name: "id".into() }),
                (4, &Problem::NotKeyValue),
            ]
        );
    }
}
