//! A table of a statement's folder read against its columns: which it must have, which it
//! may have, and typed, located access to each cell.

use crate::data::error::{Expected, Problem};
use crate::data::model::{Bilingual, Str};
use crate::data::statement::csv::{self, Cell};
use crate::data::statement::nearest::nearest;
use crate::data::statement::{Located, Location};
use crate::lang::Lang;

/// The columns of one kind of table.
#[derive(Clone, Copy, Debug)]
pub struct Columns {
    /// Columns the header must name.
    pub required: &'static [&'static str],
    /// Columns it may name.
    pub optional: &'static [&'static str],
}

impl Columns {
    fn all(&self) -> impl Iterator<Item = &'static str> {
        self.required.iter().chain(self.optional).copied()
    }
}

/// A table whose header has been checked.
#[derive(Debug)]
pub struct Sheet {
    /// The file, as problems name it.
    pub file: String,
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

/// Where the first invalid byte of `bytes` is, as a line and a character column.
pub fn utf8(file: &str, bytes: &[u8]) -> Result<String, Located> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) => {
            let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let column = valid
                .rsplit('\n')
                .next()
                .unwrap_or_default()
                .chars()
                .count()
                + 1;
            Err(Located::new(
                Location::new(file, line, column),
                Problem::NotUtf8,
            ))
        }
    }
}

impl Sheet {
    /// Reads `bytes` as the table `file` with `columns`; every problem goes to `problems`.
    pub fn open(
        file: &str,
        bytes: &[u8],
        columns: Columns,
        problems: &mut Vec<Located>,
    ) -> Option<Sheet> {
        let text = utf8(file, bytes).map_err(|p| problems.push(p)).ok()?;
        let table = csv::parse(file, &text)
            .map_err(|found| problems.extend(found))
            .ok()?;
        let mut header: Vec<String> = Vec::new();
        let mut fine = true;
        for cell in &table.header {
            let name = cell.text.trim();
            if !columns.all().any(|known| known == name) {
                problems.push(Located::new(
                    cell.at.clone(),
                    Problem::UnknownColumn {
                        name: name.to_owned(),
                        nearest: nearest(name, columns.all()),
                    },
                ));
                fine = false;
            } else if header.iter().any(|seen| seen == name) {
                problems.push(Located::new(
                    cell.at.clone(),
                    Problem::Repeated {
                        name: name.to_owned(),
                    },
                ));
                fine = false;
            }
            header.push(name.to_owned());
        }
        for required in columns.required {
            if !header.iter().any(|name| name == required) {
                problems.push(Located::new(
                    Location::new(file, 1, 1),
                    Problem::MissingColumn {
                        name: (*required).to_owned(),
                    },
                ));
                fine = false;
            }
        }
        fine.then(|| Sheet {
            file: file.to_owned(),
            header,
            rows: table.rows,
        })
    }

    /// The records, each with its reader.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows
            .iter()
            .map(move |cells| Row { sheet: self, cells })
    }
}

/// One record of a [`Sheet`].
#[derive(Clone, Copy, Debug)]
pub struct Row<'s> {
    sheet: &'s Sheet,
    cells: &'s [Cell],
}

impl<'s> Row<'s> {
    fn cell(&self, column: &str) -> Option<&'s Cell> {
        let index = self.sheet.header.iter().position(|name| name == column)?;
        self.cells.get(index)
    }

    /// Where the record starts.
    pub fn start(&self) -> Location {
        self.cells
            .first()
            .map(|cell| cell.at.clone())
            .unwrap_or_else(|| Location::new(&self.sheet.file, 1, 1))
    }

    /// Where `column`'s cell starts (the record's start when the table has no such column).
    pub fn at(&self, column: &str) -> Location {
        self.cell(column)
            .map(|cell| cell.at.clone())
            .unwrap_or_else(|| self.start())
    }

    /// The cell's text, trimmed; `None` when empty or absent.
    pub fn text(&self, column: &str) -> Option<&'s str> {
        self.cell(column)
            .map(|cell| cell.text.trim())
            .filter(|text| !text.is_empty())
    }

    /// The cell's text, verbatim (quotes keep their spaces); `None` when empty or absent.
    pub fn verbatim(&self, column: &str) -> Option<&'s str> {
        self.cell(column)
            .map(|cell| cell.text.as_str())
            .filter(|text| !text.trim().is_empty())
    }

    /// The cell's text, or a [`Problem::Missing`] at the cell.
    pub fn required(&self, column: &str, problems: &mut Vec<Located>) -> Option<&'s str> {
        let text = self.text(column);
        if text.is_none() {
            problems.push(Located::new(
                self.at(column),
                Problem::Missing {
                    name: column.to_owned(),
                },
            ));
        }
        text
    }

    /// The cell read by `parse`, or a [`Problem::BadValue`] at the cell; `None` when empty.
    pub fn parsed<T>(
        &self,
        column: &str,
        expected: Expected,
        parse: impl Fn(&str) -> Option<T>,
        problems: &mut Vec<Located>,
    ) -> Option<T> {
        let text = self.text(column)?;
        let value = parse(text);
        if value.is_none() {
            problems.push(Located::new(
                self.at(column),
                Problem::BadValue {
                    value: shorten(text),
                    expected,
                },
            ));
        }
        value
    }

    /// The cell as an id (see [`super::is_id`]): a [`Problem::Missing`] when empty, a
    /// [`Problem::BadValue`] when not of an id's form.
    pub fn id(&self, column: &str, problems: &mut Vec<Located>) -> Option<&'s str> {
        let text = self.required(column, problems)?;
        if super::is_id(text) {
            Some(text)
        } else {
            problems.push(Located::new(
                self.at(column),
                Problem::BadValue {
                    value: shorten(text),
                    expected: Expected::Id,
                },
            ));
            None
        }
    }

    /// `yes` is true, `no` or empty false.
    pub fn yes(&self, column: &str, problems: &mut Vec<Located>) -> bool {
        self.parsed(column, Expected::YesNo, yes_no, problems)
            .unwrap_or(false)
    }

    /// A list of ids separated by `;`.
    pub fn ids(&self, column: &str) -> Vec<Str> {
        self.text(column)
            .map(|text| {
                text.split(';')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(|id| Str::Owned(id.to_owned()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `<base>_es` and `<base>_en` as one text; `None` when both are empty. One of the two
    /// empty is reported ([`Problem::EmptyText`]) and read as empty.
    pub fn bilingual(&self, base: &str, problems: &mut Vec<Located>) -> Option<Bilingual> {
        let [es, en] = Lang::ALL.map(|lang| format!("{base}_{}", lang.code()));
        let (text_es, text_en) = (self.verbatim(&es), self.verbatim(&en));
        if text_es.is_none() && text_en.is_none() {
            return None;
        }
        for (column, text, lang) in [(&es, text_es, Lang::Es), (&en, text_en, Lang::En)] {
            if text.is_none() {
                problems.push(Located::new(self.at(column), Problem::EmptyText { lang }));
            }
        }
        Some(Bilingual {
            es: Str::Owned(text_es.unwrap_or_default().to_owned()),
            en: Str::Owned(text_en.unwrap_or_default().to_owned()),
        })
    }

    /// A list of texts separated by `|`, in both languages, paired in order.
    pub fn bilingual_list(&self, base: &str, problems: &mut Vec<Located>) -> Vec<Bilingual> {
        let Some(both) = self.bilingual(base, problems) else {
            return Vec::new();
        };
        let split = |text: &str| -> Vec<String> {
            text.split('|')
                .map(|item| item.trim().to_owned())
                .filter(|item| !item.is_empty())
                .collect()
        };
        let (es, en) = (split(&both.es), split(&both.en));
        if es.len() != en.len() {
            problems.push(Located::new(
                self.at(&format!("{base}_en")),
                Problem::BadValue {
                    value: shorten(&both.en),
                    expected: Expected::SameCountAsSpanish,
                },
            ));
        }
        es.into_iter()
            .zip(en)
            .map(|(es, en)| Bilingual {
                es: Str::Owned(es),
                en: Str::Owned(en),
            })
            .collect()
    }
}

/// `yes`/`no`, in any case.
pub fn yes_no(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "yes" | "sí" | "si" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// A value as a problem quotes it: at most 80 characters.
pub fn shorten(text: &str) -> String {
    if text.chars().count() <= 80 {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(79).collect();
        short.push('…');
        short
    }
}
