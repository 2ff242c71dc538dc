//! Generated statement folders: the embedded one broken in one to four ways at a time
//! (bytes flipped, cut or inserted, bad UTF-8, cells replaced by huge, negative or malformed
//! numbers and dates, quotes with their dashes and spaces changed, unknown and missing
//! columns, repeated and dropped rows, missing files, quote marks nested a thousand deep, and,
//! rarely, 10 MB files). Each must load or fail with located problems; none may panic or hang.
//!
//! The test suite runs a few thousand; `cargo xtask fuzz` runs a million in release
//! (`CORREDOR_FUZZ_CASES`), and `docs/adding-a-statement.md` records the count and the time.

use super::*;
use crate::data::{EMBEDDED_FOLDER, EMBEDDED_GAZETTEER};

/// xorshift64*: small, seeded, reproducible.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const VALUES: &[&str] = &[
    "",
    "0",
    "-5",
    "99999999999999999999999999",
    "4294967296",
    "1e9",
    "٣",
    "3.5",
    " 7 ",
    "2024-02-30",
    "2024-13",
    "2024-01-21/2024-01-01",
    "../",
    "../2024-01-26",
    "2024-01-01/",
    "yes",
    "maybe",
    "scheduled",
    "projected",
    "at_least",
    "more_than_fraction",
    "people",
    "asylum-requests",
    "guatemla",
    "Guatemala - 36 vuelos",
    "Guatemala  –  36 vuelos",
    "Guatemala — 36 vuelos",
    "Guatemala\u{a0}– 36 vuelos",
    "\"\"\"\"",
    "a,b",
    "line\nbreak",
    "https://",
    "repatriation-flights",
    "flights",
    "\u{feff}",
    "🛬",
];

/// One generated folder: each file's name and bytes.
pub(super) fn case(seed: u64) -> Vec<(String, Vec<u8>)> {
    let mut rng = Rng::new(seed);
    let mut files: Vec<(String, Vec<u8>)> = EMBEDDED_FOLDER
        .files
        .iter()
        .map(|(name, bytes)| ((*name).to_owned(), bytes.to_vec()))
        .collect();
    for _ in 0..=rng.below(4) {
        let index = rng.below(files.len());
        let bytes = &mut files[index].1;
        match rng.below(12) {
            0 => {
                // Flip, insert or delete bytes.
                for _ in 0..=rng.below(8) {
                    let at = rng.below(bytes.len() + 1);
                    match rng.below(3) {
                        0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
                        1 => bytes.insert(at, rng.next() as u8),
                        _ if at < bytes.len() => {
                            bytes.remove(at);
                        }
                        _ => {}
                    }
                }
            }
            1 => {
                // Cut the file anywhere (mid-character, mid-quote).
                let at = rng.below(bytes.len() + 1);
                bytes.truncate(at);
            }
            2..=4 => {
                // Replace one cell (or one metadata value) with an awkward value.
                let text = String::from_utf8_lossy(bytes).into_owned();
                let commas: Vec<usize> = text.match_indices([',', ':']).map(|(i, _)| i).collect();
                if let Some(&start) = commas.get(rng.below(commas.len())) {
                    let end = text[start + 1..]
                        .find([',', '\n'])
                        .map_or(text.len(), |i| start + 1 + i);
                    let value = rng.pick(VALUES);
                    let quoted = if value.contains([',', '"', '\n']) && rng.below(2) == 0 {
                        format!("\"{}\"", value.replace('"', "\"\""))
                    } else {
                        (*value).to_owned()
                    };
                    *bytes = format!("{}{}{}", &text[..=start], quoted, &text[end..]).into_bytes();
                }
            }
            5 => {
                // Change a quote's dashes and spaces.
                let text = String::from_utf8_lossy(bytes).into_owned();
                let changed = match rng.below(4) {
                    0 => text.replacen('–', "-", 1 + rng.below(3)),
                    1 => text.replacen(' ', "  ", 1 + rng.below(3)),
                    2 => text.replacen(' ', "\u{a0}", 1 + rng.below(3)),
                    _ => text.replacen('–', "—", 1 + rng.below(3)),
                };
                *bytes = changed.into_bytes();
            }
            6 => {
                // An unknown column, or a column dropped from the header.
                let text = String::from_utf8_lossy(bytes).into_owned();
                let (header, rest) = text.split_once('\n').unwrap_or((&text, ""));
                let header = if rng.below(2) == 0 {
                    format!("{header},colour")
                } else {
                    let mut columns: Vec<&str> = header.split(',').collect();
                    let drop = rng.below(columns.len());
                    columns.remove(drop);
                    columns.join(",")
                };
                *bytes = format!("{header}\n{rest}").into_bytes();
            }
            7 => {
                // Repeat or drop a line.
                let text = String::from_utf8_lossy(bytes).into_owned();
                let mut lines: Vec<&str> = text.split('\n').collect();
                let at = rng.below(lines.len());
                if rng.below(2) == 0 {
                    let line = lines[at];
                    lines.insert(at, line);
                } else {
                    lines.remove(at);
                }
                *bytes = lines.join("\n").into_bytes();
            }
            8 => {
                // Quote marks nested deep, or a quote left open.
                let at = rng.below(bytes.len() + 1);
                let depth = 1 + rng.below(1000);
                let nested: Vec<u8> = std::iter::repeat_n(b'"', depth).collect();
                bytes.splice(at..at, nested);
            }
            9 => {
                // Invalid UTF-8.
                let at = rng.below(bytes.len() + 1);
                const BAD: [&[u8]; 3] = [&[0xff], &[0xc3], &[0xed, 0xa0, 0x80]];
                let bad = BAD[rng.below(BAD.len())];
                bytes.splice(at..at, bad.iter().copied());
            }
            10 => {
                // A file gone.
                files.remove(index);
                if files.is_empty() {
                    break;
                }
            }
            _ => {
                // Rarely, a file of 10 MB: one huge cell, or noise.
                if rng.below(20_000) == 0 {
                    let huge = if rng.below(2) == 0 {
                        let mut text =
                            b"id,unit,quantity,value,status,quote_es\nx,flights,exact,1,done,\""
                                .to_vec();
                        text.extend(std::iter::repeat_n(b'a', 10 << 20));
                        text.extend(b"\"\n");
                        text
                    } else {
                        (0..10 << 20).map(|_| rng.next() as u8).collect()
                    };
                    *bytes = huge;
                } else {
                    bytes.clear();
                }
            }
        }
    }
    files
}

/// Loads case `seed`; returns whether it loaded. Fails (panics, in a test) when a problem is
/// not located or a failed load gives no problem.
pub(super) fn run(seed: u64) -> bool {
    let files = case(seed);
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let folder = Folder {
        path: "data/statements/2024-01-23",
        files: &files,
    };
    match load(EMBEDDED_GAZETTEER, folder) {
        Ok(_) => true,
        Err(problems) => {
            assert!(
                !problems.is_empty(),
                "seed {seed}: refused without a problem"
            );
            for problem in &problems {
                let at = &problem.at;
                assert!(
                    !at.file.is_empty() && at.line >= 1 && at.column >= 1,
                    "seed {seed}: {problem:?} is not located"
                );
            }
            false
        }
    }
}

#[test]
fn generated_folders_load_or_fail_with_located_problems() {
    let cases: u64 = std::env::var("CORREDOR_FUZZ_CASES")
        .ok()
        .and_then(|count| count.parse().ok())
        .unwrap_or(2_000);
    let started = std::time::Instant::now();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let loaded: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|first| {
                scope.spawn(move || {
                    (first..cases)
                        .step_by(threads as usize)
                        .filter(|seed| run(*seed))
                        .count()
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    // Some cases must survive their edits (a cut at the very end, a value replaced by
    // itself), and most must not: otherwise the generator tests nothing.
    assert!(
        loaded > 0 && (loaded as u64) < cases / 2,
        "{loaded} of {cases} loaded"
    );
    eprintln!(
        "fuzz: {cases} folders, {loaded} loaded, {} refused with located problems, in {:.1} s on {threads} threads",
        cases - loaded as u64,
        started.elapsed().as_secs_f64()
    );
}
