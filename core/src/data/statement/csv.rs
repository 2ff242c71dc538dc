//! A CSV reader (RFC 4180, as spreadsheets export it) that remembers where every cell
//! starts, so each problem can name its file, line and column.
//!
//! Cells may be quoted (`"…"`, with `""` for a quote mark inside) and may then hold commas
//! and line breaks. Lines may end in `\n` or `\r\n`; a byte-order mark is skipped; empty lines
//! are skipped. Columns count characters, from 1, as an editor shows them.

use crate::data::error::Problem;
use crate::data::statement::{Located, Location};

/// One cell: its text (unquoted) and where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The text, without surrounding quotes, `""` read as `"`.
    pub text: String,
    /// Where its first character is.
    pub at: Location,
}

/// A table: its header cells, then one list of cells per record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The header row.
    pub header: Vec<Cell>,
    /// The records, each as long as the header.
    pub rows: Vec<Vec<Cell>>,
}

/// Reads `text`, the contents of `file`. Records whose length differs from the header's are
/// reported and left out; a quote left open ends the reading with one problem.
pub fn parse(file: &str, text: &str) -> Result<Table, Vec<Located>> {
    let mut problems = Vec::new();
    let mut records = records(file, text, &mut problems).into_iter();
    if !problems.is_empty() {
        return Err(problems);
    }
    let Some(header) = records.next() else {
        return Err(vec![Located::new(
            Location::new(file, 1, 1),
            Problem::EmptyTable,
        )]);
    };
    let mut rows = Vec::new();
    for record in records {
        if record.len() == header.len() {
            rows.push(record);
        } else if let Some(first) = record.first() {
            problems.push(Located::new(
                first.at.clone(),
                Problem::WrongCellCount {
                    expected: header.len(),
                    found: record.len(),
                },
            ));
        }
    }
    if problems.is_empty() {
        Ok(Table { header, rows })
    } else {
        Err(problems)
    }
}

/// Splits `text` into records of cells.
fn records(file: &str, text: &str, problems: &mut Vec<Located>) -> Vec<Vec<Cell>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut chars = text.chars().peekable();
    let (mut line, mut column) = (1usize, 1usize);
    let mut records = Vec::new();
    let mut record: Vec<Cell> = Vec::new();
    // Whether the reader stands at the start of a cell that must be read even if empty
    // (after a comma).
    let mut after_comma = false;
    loop {
        let at = Location::new(file, line, column);
        match chars.peek().copied() {
            None => {
                if after_comma {
                    record.push(Cell {
                        text: String::new(),
                        at,
                    });
                }
                if !record.is_empty() {
                    records.push(record);
                }
                return records;
            }
            Some('\n') | Some('\r') if !after_comma => {
                let ch = chars.next();
                if ch == Some('\r') && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                line += 1;
                column = 1;
                if !record.is_empty() {
                    records.push(std::mem::take(&mut record));
                }
                continue;
            }
            Some('"') => {
                chars.next();
                column += 1;
                let mut cell = String::new();
                loop {
                    match chars.next() {
                        None => {
                            problems.push(Located::new(at, Problem::UnterminatedQuote));
                            return Vec::new();
                        }
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            column += 2;
                            cell.push('"');
                        }
                        Some('"') => {
                            column += 1;
                            break;
                        }
                        Some('\n') => {
                            line += 1;
                            column = 1;
                            cell.push('\n');
                        }
                        Some('\r') if chars.peek() == Some(&'\n') => {
                            chars.next();
                            line += 1;
                            column = 1;
                            cell.push('\n');
                        }
                        Some(other) => {
                            column += 1;
                            cell.push(other);
                        }
                    }
                }
                record.push(Cell { text: cell, at });
                if !matches!(chars.peek(), None | Some(',' | '\n' | '\r')) {
                    problems.push(Located::new(
                        Location::new(file, line, column),
                        Problem::TextAfterQuote,
                    ));
                    // Read the rest of the cell as part of it, so one slip is one problem.
                    unquoted(&mut chars, &mut column);
                }
                after_comma = comma(&mut chars, &mut column);
            }
            Some(_) => {
                let cell = unquoted(&mut chars, &mut column);
                record.push(Cell { text: cell, at });
                after_comma = comma(&mut chars, &mut column);
            }
        }
    }
}

/// Reads up to the end of the cell (a comma or a line break, left unread), counting columns.
fn unquoted(chars: &mut std::iter::Peekable<std::str::Chars>, column: &mut usize) -> String {
    let mut cell = String::new();
    while let Some(&next) = chars.peek() {
        if matches!(next, ',' | '\n' | '\r') {
            break;
        }
        chars.next();
        *column += 1;
        cell.push(next);
    }
    cell
}

/// Reads the comma that ends a cell, if there is one: another cell follows it.
fn comma(chars: &mut std::iter::Peekable<std::str::Chars>, column: &mut usize) -> bool {
    let found = chars.next_if_eq(&',').is_some();
    *column += usize::from(found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(table: &Table) -> Vec<Vec<&str>> {
        table
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| cell.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn reads_quoted_cells_with_commas_quotes_and_line_breaks() {
        let table = parse(
            "f.csv",
            "\u{feff}a,b,c\r\n1,\"x, \"\"y\"\"\",\n\n\"two\nlines\",,3\n",
        )
        .unwrap();
        assert_eq!(
            texts(&table),
            vec![vec!["1", "x, \"y\"", ""], vec!["two\nlines", "", "3"]]
        );
        assert_eq!(table.rows[0][1].at, Location::new("f.csv", 2, 3));
        assert_eq!(table.rows[0][2].at, Location::new("f.csv", 2, 14));
        assert_eq!(table.rows[1][2].at, Location::new("f.csv", 5, 9));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let table = parse("f.csv", "a,b\nPerú – 2,x\n").unwrap();
        assert_eq!(table.rows[0][1].at.column, 10);
    }

    #[test]
    fn a_short_row_an_open_quote_and_text_after_a_quote_are_located() {
        let problems = parse("f.csv", "a,b,c\n1,2\n").unwrap_err();
        assert_eq!(
            problems,
            vec![Located::new(
                Location::new("f.csv", 2, 1),
                Problem::WrongCellCount {
                    expected: 3,
                    found: 2
                }
            )]
        );
        let problems = parse("f.csv", "a,b\n1,\"open\n").unwrap_err();
        assert_eq!(problems[0].at, Location::new("f.csv", 2, 3));
        assert_eq!(problems[0].problem, Problem::UnterminatedQuote);
        let problems = parse("f.csv", "a,b\n\"x\"y,2\n").unwrap_err();
        assert_eq!(problems[0].at, Location::new("f.csv", 2, 4));
        assert_eq!(problems[0].problem, Problem::TextAfterQuote);
        assert_eq!(
            parse("f.csv", "").unwrap_err()[0].problem,
            Problem::EmptyTable
        );
    }
}
