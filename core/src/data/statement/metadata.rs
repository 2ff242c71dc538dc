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
    "meetings_name.es",
    "meetings_name.en",
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

    /// A pair of names `key.es` and `key.en` that a statement may leave out: both or neither.
    /// One alone is a problem at the one given, naming the other.
    pub fn optional_pair(&self, key: &str) -> Result<Option<[&Entry; 2]>, Located> {
        let [es, en] = ["es", "en"].map(|lang| self.entry(&format!("{key}.{lang}")));
        match (es, en) {
            (Some(es), Some(en)) => Ok(Some([es, en])),
            (None, None) => Ok(None),
            (Some(given), None) | (None, Some(given)) => {
                let missing = if es.is_none() { "es" } else { "en" };
                Err(Located::new(
                    given.at.clone(),
                    Problem::Missing {
                        name: format!("{key}.{missing}"),
                    },
                ))
            }
        }
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
    fn an_optional_pair_is_both_or_neither_and_one_alone_is_located() {
        let read = |text: &str| {
            let mut problems = Vec::new();
            let metadata = parse("statement.txt", text, &mut problems);
            assert!(problems.is_empty(), "{problems:?}");
            metadata
        };
        let both = read("meetings_name.es: Reunión\nmeetings_name.en: Meeting\n");
        let [es, en] = both.optional_pair("meetings_name").unwrap().unwrap();
        assert_eq!(
            (es.value.as_str(), en.value.as_str()),
            ("Reunión", "Meeting")
        );
        assert!(read("id: x\n")
            .optional_pair("meetings_name")
            .unwrap()
            .is_none());
        let alone = read("id: x\nmeetings_name.en: Meeting\n")
            .optional_pair("meetings_name")
            .unwrap_err();
        assert_eq!(alone.at, Location::new("statement.txt", 2, 19));
        assert_eq!(
            alone.problem,
            Problem::Missing {
                name: "meetings_name.es".into()
            }
        );
    }

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
