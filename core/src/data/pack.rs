//! A statement's validated data as a short text the app decodes when it needs it, so that no
//! statement is compiled into the wasm: the written page carries its own statement's (it is
//! the page's), and the other statements' files are read only when a comparison asks for them.
//! A collection can then grow by a statement every few weeks without the wasm or the first
//! load growing with it.
//!
//! The format is a list of tokens, each ended by `|`, in the model's field order: a text as it
//! is (`\\`, `\|` and `\l` stand for `\`, `|` and `<`, so that the text is safe inside an HTML
//! `<script type="text/plain">`), a number in decimal, a bool as `0` or `1`, an option as `0`
//! or `1` and then its value, a list as its length and then its items, a variant by its
//! index, a float by its bits. It starts with [`TAG`], which names the format's version: a file
//! of another version is refused, not misread. No JSON parser and no float parser are linked:
//! both cost more wasm than this reader. Texts without an escape are borrowed from the input,
//! not copied.

use std::borrow::Cow;

use crate::data::model::*;
use crate::data::Day;

/// The id of the `<script type="text/plain">` in which each written page carries its own
/// statement's packed data.
pub const PAGE_ELEMENT_ID: &str = "statement-data";

/// The first token: this format, version 1, of [`SCHEMA_VERSION`] 2.
pub const TAG: &str = "corredor-pack-1";

/// Why a packed text could not be read: what was expected, and at which byte.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError {
    /// The byte offset, in the packed text, of the token that could not be read.
    pub at: usize,
    /// What was expected there.
    pub expected: &'static str,
}

/// Writes values as tokens.
#[derive(Default)]
pub struct Packer {
    out: String,
}

impl Packer {
    fn token(&mut self, text: &str) {
        for character in text.chars() {
            match character {
                '\\' => self.out.push_str("\\\\"),
                '|' => self.out.push_str("\\|"),
                '<' => self.out.push_str("\\l"),
                other => self.out.push(other),
            }
        }
        self.out.push('|');
    }

    fn number(&mut self, number: impl std::fmt::Display) {
        use std::fmt::Write;
        let _ = write!(self.out, "{number}|");
    }
}

/// Reads tokens from a packed text that lives as long as the program (the app leaks the one
/// text it reads), so that texts can borrow from it.
///
/// The first problem is kept and reading goes on with empty texts and zeros (so lists end at
/// once) instead of returning early: a struct is then built in one straight line, without
/// dropping the fields already read at each step, which keeps the reader small in the wasm.
pub struct Unpacker {
    text: &'static str,
    at: usize,
    problem: Option<PackError>,
}

impl Unpacker {
    fn fail(&mut self, expected: &'static str) {
        if self.problem.is_none() {
            self.problem = Some(PackError {
                at: self.at,
                expected,
            });
        }
    }

    /// The next token, its escapes resolved; empty after a problem.
    fn token(&mut self, expected: &'static str) -> Str {
        if self.problem.is_some() {
            return Cow::Borrowed("");
        }
        // `get`, not indexing: no panic path (and its formatting code) in the wasm.
        let rest = self.text.get(self.at..).unwrap_or_default();
        let bytes = rest.as_bytes();
        let mut end = 0;
        let mut escaped = false;
        while end < bytes.len() && bytes[end] != b'|' {
            if bytes[end] == b'\\' {
                escaped = true;
                end += 1;
            }
            end += 1;
        }
        // `end` may pass the text's end after a final lone `\`.
        let Some(raw) = rest.get(..end).filter(|_| end < bytes.len()) else {
            self.fail(expected);
            return Cow::Borrowed("");
        };
        let text = if escaped {
            let mut owned = String::with_capacity(raw.len());
            let mut characters = raw.chars();
            while let Some(character) = characters.next() {
                owned.push(match (character, character == '\\') {
                    (other, false) => other,
                    (_, true) => match characters.next() {
                        Some('\\') => '\\',
                        Some('|') => '|',
                        Some('l') => '<',
                        _ => {
                            self.fail("an escape: \\\\, \\| or \\l");
                            return Cow::Borrowed("");
                        }
                    },
                });
            }
            Cow::Owned(owned)
        } else {
            Cow::Borrowed(raw)
        };
        self.at += end + 1;
        text
    }

    /// The next token as a whole number no larger than `max`; zero after a problem. One
    /// reader of digits for every integer type, rather than one `parse` for each.
    fn number(&mut self, max: u64, expected: &'static str) -> u64 {
        let at = self.at;
        let token = self.token(expected);
        let mut number: u64 = 0;
        let mut valid = !token.is_empty() || self.problem.is_some();
        for digit in token.bytes() {
            let value = digit.wrapping_sub(b'0');
            match number
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(value)))
            {
                Some(next) if value < 10 => number = next,
                _ => valid = false,
            }
        }
        if !valid || number > max {
            if self.problem.is_none() {
                self.problem = Some(PackError { at, expected });
            }
            return 0;
        }
        number
    }
}

/// A value that can be written as tokens and read back.
pub trait Pack: Sized {
    /// Writes the value.
    fn pack(&self, out: &mut Packer);
    /// Reads a value written by [`Pack::pack`]; after a problem (kept in `input`), any value.
    fn unpack(input: &mut Unpacker) -> Self;
}

/// The packed text of a statement's data.
///
/// ```
/// let data = corredor_core::data::load_follow_up().unwrap();
/// let text = corredor_core::data::pack::pack(&data);
/// assert!(text.starts_with("corredor-pack-1|2|"));
/// assert!(!text.contains('<'));
/// ```
pub fn pack(data: &Dataset) -> String {
    let mut packer = Packer::default();
    packer.token(TAG);
    data.pack(&mut packer);
    packer.out
}

/// Reads a statement's data from its packed text; its texts borrow from `text`.
///
/// ```
/// use corredor_core::data::pack::{unpack, PackError};
/// assert_eq!(unpack("corredor-pack-0|2|").unwrap_err(), PackError { at: 0, expected: "corredor-pack-1" });
/// assert_eq!(unpack("corredor-pack-1|2|").unwrap_err().at, 18);
/// ```
pub fn unpack(text: &'static str) -> Result<Dataset, PackError> {
    let mut input = Unpacker {
        text,
        at: 0,
        problem: None,
    };
    if input.token(TAG) != TAG {
        return Err(PackError {
            at: 0,
            expected: TAG,
        });
    }
    let data = Dataset::unpack(&mut input);
    if input.problem.is_none() && input.at != text.len() {
        input.fail("the end of the text");
    }
    match input.problem {
        Some(problem) => Err(problem),
        None => Ok(data),
    }
}

impl Pack for Str {
    fn pack(&self, out: &mut Packer) {
        out.token(self);
    }
    fn unpack(input: &mut Unpacker) -> Self {
        input.token("a text")
    }
}

impl Pack for u32 {
    fn pack(&self, out: &mut Packer) {
        out.number(self);
    }
    fn unpack(input: &mut Unpacker) -> Self {
        input.number(u32::MAX.into(), "a whole number") as u32
    }
}

impl Pack for bool {
    fn pack(&self, out: &mut Packer) {
        out.number(u8::from(*self));
    }
    fn unpack(input: &mut Unpacker) -> Self {
        input.number(1, "0 or 1") == 1
    }
}

impl Pack for [f64; 2] {
    fn pack(&self, out: &mut Packer) {
        // By its bits: exact, and read without a float parser.
        out.number(self[0].to_bits());
        out.number(self[1].to_bits());
    }
    fn unpack(input: &mut Unpacker) -> Self {
        let x = f64::from_bits(input.number(u64::MAX, "a float's bits"));
        let y = f64::from_bits(input.number(u64::MAX, "a float's bits"));
        [x, y]
    }
}

impl Pack for Day {
    fn pack(&self, out: &mut Packer) {
        out.number(self.year);
        out.number(self.month);
        out.number(self.day);
    }
    fn unpack(input: &mut Unpacker) -> Self {
        Day {
            year: input.number(9999, "a year") as i32,
            month: input.number(12, "a month") as u8,
            day: input.number(31, "a day") as u8,
        }
    }
}

impl Pack for (Day, Day) {
    fn pack(&self, out: &mut Packer) {
        self.0.pack(out);
        self.1.pack(out);
    }
    fn unpack(input: &mut Unpacker) -> Self {
        (Day::unpack(input), Day::unpack(input))
    }
}

impl<T: Pack> Pack for Option<T> {
    fn pack(&self, out: &mut Packer) {
        match self {
            None => out.number(0),
            Some(value) => {
                out.number(1);
                value.pack(out);
            }
        }
    }
    fn unpack(input: &mut Unpacker) -> Self {
        bool::unpack(input).then(|| T::unpack(input))
    }
}

impl<T: Pack + Clone> Pack for List<T> {
    fn pack(&self, out: &mut Packer) {
        out.number(self.len());
        for item in self.iter() {
            item.pack(out);
        }
    }
    fn unpack(input: &mut Unpacker) -> Self {
        // No list is longer than its text: a damaged length claims no memory.
        let length = input.number(input.text.len() as u64, "a list's length");
        let mut items = Vec::new();
        for _ in 0..length {
            if input.problem.is_some() {
                break;
            }
            items.push(T::unpack(input));
        }
        Cow::Owned(items)
    }
}

/// A struct as its fields, in the order listed. Reading builds the struct with every field
/// named, so that a field added to the model and forgotten here does not compile.
macro_rules! packed_struct {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl Pack for $name {
            fn pack(&self, out: &mut Packer) {
                $(self.$field.pack(out);)*
            }
            fn unpack(input: &mut Unpacker) -> Self {
                $name { $($field: Pack::unpack(input),)* }
            }
        }
    )*};
}

/// A field-less enum by its variant's index in the order listed. The exhaustive match makes a
/// variant added to the model and forgotten here a compile error.
macro_rules! packed_enum {
    ($($name:ident { $first:ident $(, $variant:ident)* $(,)? })*) => {$(
        impl Pack for $name {
            fn pack(&self, out: &mut Packer) {
                let variants = [$name::$first $(, $name::$variant)*];
                match self {
                    $name::$first $(| $name::$variant)* => {}
                }
                out.number(variants.iter().position(|variant| variant == self).unwrap_or(0));
            }
            fn unpack(input: &mut Unpacker) -> Self {
                let variants = [$name::$first $(, $name::$variant)*];
                let index = input.number(variants.len() as u64 - 1, stringify!($name));
                variants[index as usize]
            }
        }
    )*};
}

packed_enum! {
    PlaceKind { Country, State, City, Site, Region }
    Precision { Day, Month, Range, UpTo }
    EventKind { Peak, Visit, Meeting, Operation, Statement }
    FigureStatus { Done, Scheduled, Projected }
    Topic { Controls, Smuggling, Repatriations, LegalPathways, RootCauses, Border, Commitment }
}

packed_struct! {
    Dataset { schema_version, source, places, events, flights, networks, figures, claims, context }
    Bilingual { es, en }
    Source {
        title, date, on_or_before, place, language, original_file, original_sha256,
        translation_file, translation_note, voice, meetings_name, provenance, data_version,
        data_updated, example,
    }
    Provenance { text, citation }
    Place { id, kind, name, iso, point, map_point }
    EventDate { precision, start, end, year_inferred, days }
    Event {
        id, kind, date, title, summary, places, participants, quote, date_note, place_note,
        outcomes, agenda,
    }
    Agenda { quote, items }
    Flights { name, operator, event, total, period, quote, destinations, not_in_source, purpose }
    Destination { places, flights, quote, note, from, date }
    StatedFigure {
        id, unit, quantity, status, date, to, from, places, part_of, quote, citation, note,
        date_note,
    }
    Networks { dismantled, places, places_complete, quotes, credited_to, credit_quote, qualifier }
    Claim { id, topic, title, quantity, relative_to, places, quote, cause, note }
    Context { id, about, text, citation }
    Citation { publisher, date, url }
}

impl Pack for Quantity {
    fn pack(&self, out: &mut Packer) {
        let (tag, number, denominator) = match *self {
            Quantity::Exact(number) => (0, number, None),
            Quantity::AtLeast(number) => (1, number, None),
            Quantity::MoreThan(number) => (2, number, None),
            Quantity::About(number) => (3, number, None),
            Quantity::MoreThanFraction {
                numerator,
                denominator,
            } => (4, numerator, Some(denominator)),
        };
        out.number(tag);
        out.number(number);
        if let Some(denominator) = denominator {
            out.number(denominator);
        }
    }
    fn unpack(input: &mut Unpacker) -> Self {
        let tag = input.number(4, "a quantity's kind");
        let number = u32::unpack(input);
        match tag {
            1 => Quantity::AtLeast(number),
            2 => Quantity::MoreThan(number),
            3 => Quantity::About(number),
            4 => Quantity::MoreThanFraction {
                numerator: number,
                denominator: u32::unpack(input),
            },
            _ => Quantity::Exact(number),
        }
    }
}

impl Pack for FigureUnit {
    fn pack(&self, out: &mut Packer) {
        match self {
            FigureUnit::Flights => out.number(0),
            FigureUnit::People => out.number(1),
            FigureUnit::Organizations => out.number(2),
            FigureUnit::Named(name) => {
                out.number(3);
                name.pack(out);
            }
        }
    }
    fn unpack(input: &mut Unpacker) -> Self {
        match input.number(3, "a figure's unit") {
            1 => FigureUnit::People,
            2 => FigureUnit::Organizations,
            3 => FigureUnit::Named(Bilingual::unpack(input)),
            _ => FigureUnit::Flights,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(data: &Dataset) -> Dataset {
        unpack(Box::leak(pack(data).into_boxed_str())).expect("its own packed text reads")
    }

    #[test]
    fn both_statements_read_back_equal() {
        for data in [
            crate::data::load_embedded().unwrap(),
            crate::data::load_follow_up().unwrap(),
        ] {
            assert_eq!(round_trip(&data), data);
        }
    }

    #[test]
    fn texts_with_the_escaped_characters_read_back_equal() {
        let mut data = crate::data::load_follow_up().unwrap();
        data.source.title.en = r"a | b \ c <script> \l \| ||\\".into();
        data.source.place = "".into();
        let text = pack(&data);
        assert!(!text.contains('<'), "{text}");
        assert_eq!(round_trip(&data), data);
    }

    #[test]
    fn every_variant_reads_back() {
        let mut data = crate::data::load_embedded().unwrap();
        let mut claims = data.claims.to_vec();
        let quantities = [
            Quantity::Exact(1),
            Quantity::AtLeast(2),
            Quantity::MoreThan(3),
            Quantity::About(4),
            Quantity::MoreThanFraction {
                numerator: 2,
                denominator: 3,
            },
        ];
        let topics = [
            Topic::Controls,
            Topic::Smuggling,
            Topic::Repatriations,
            Topic::LegalPathways,
            Topic::RootCauses,
            Topic::Border,
            Topic::Commitment,
        ];
        for (index, topic) in topics.into_iter().enumerate() {
            let mut claim = claims[0].clone();
            claim.topic = topic;
            claim.quantity = Some(quantities[index % quantities.len()]);
            claims.push(claim);
        }
        data.claims = claims.into();
        let mut figures = data.figures.to_vec();
        let template = crate::data::load_follow_up().unwrap().figures[0].clone();
        for unit in [
            FigureUnit::Flights,
            FigureUnit::People,
            FigureUnit::Organizations,
            FigureUnit::Named(data.source.title.clone()),
        ] {
            for status in [
                FigureStatus::Done,
                FigureStatus::Scheduled,
                FigureStatus::Projected,
            ] {
                let mut figure = template.clone();
                figure.unit = unit.clone();
                figure.status = status;
                figures.push(figure);
            }
        }
        data.figures = figures.into();
        assert_eq!(round_trip(&data), data);
    }

    #[test]
    fn a_damaged_text_is_refused_where_it_is_damaged() {
        let text = pack(&crate::data::load_follow_up().unwrap());
        let cut: &'static str = Box::leak(text[..text.len() / 2].to_owned().into_boxed_str());
        let error = unpack(cut).unwrap_err();
        assert!(
            error.at <= cut.len() && error.at > cut.len() / 2,
            "{error:?}"
        );
        let longer: &'static str = Box::leak(format!("{text}1|").into_boxed_str());
        assert_eq!(
            unpack(longer).unwrap_err(),
            PackError {
                at: text.len(),
                expected: "the end of the text"
            }
        );
        // A list's length larger than the text could hold is refused at once, before any item
        // is read or allocated for.
        let mut input = Unpacker {
            text: "99999999999|a|b|",
            at: 0,
            problem: None,
        };
        let list = <List<Str>>::unpack(&mut input);
        assert!(list.is_empty());
        assert_eq!(
            input.problem,
            Some(PackError {
                at: 0,
                expected: "a list's length"
            })
        );
        let lone_escape: &'static str =
            Box::leak(format!("{}\\", &text[..text.len() - 1]).into_boxed_str());
        assert!(unpack(lone_escape).is_err());
        let bad_kind: &'static str =
            Box::leak(text.replacen(TAG, "corredor-pack-9", 1).into_boxed_str());
        assert_eq!(unpack(bad_kind).unwrap_err().at, 0);
    }
}
