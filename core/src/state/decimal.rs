//! Reads the decimals Corredor writes in URLs and messages ("2.5", "-12.34", "640") as
//! fixed-point integers. `str::parse::<f64>` would link the standard library's whole float
//! parser (about 12 KB of brotli wasm) for numbers that never need it.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

/// At most this many digits in all: the integer they form stays exact in an `f64`.
const MAX_DIGITS: usize = 15;

/// Parses an optional sign, digits, and an optional `.` with more digits. Anything else
/// (exponents, `inf`, `nan`, spaces, a second point, more than 15 digits) is `None`.
///
/// ```
/// use corredor_core::state::decimal::parse;
/// assert_eq!(parse("2.5"), Some(2.5));
/// assert_eq!(parse("-12.34"), Some(-12.34));
/// assert_eq!(parse("640"), Some(640.0));
/// assert_eq!(parse("1e3"), None);
/// assert_eq!(parse("banana"), None);
/// ```
pub fn parse(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = whole.len() + fraction.len();
    if whole.is_empty() && fraction.is_empty() || digits > MAX_DIGITS {
        return None;
    }
    let mut scaled: i64 = 0;
    for byte in whole.bytes().chain(fraction.bytes()) {
        if !byte.is_ascii_digit() {
            return None;
        }
        scaled = scaled * 10 + i64::from(byte - b'0');
    }
    // One correctly rounded division of two exact integers: the same double the standard
    // parser gives for the same text.
    let value = scaled as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn junk_is_refused() {
        for text in [
            "",
            "-",
            ".",
            "1.2.3",
            "1,5",
            " 1",
            "1 ",
            "inf",
            "NaN",
            "0x10",
            "1e5",
            "--1",
            "1234567890123456",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
        assert_eq!(parse("+3"), Some(3.0));
    }

    proptest! {
        /// What the formatter writes (`geo::path::fixed`) reads back as the standard parser
        /// would read it.
        #[test]
        fn agrees_with_the_standard_parser_on_written_numbers(
            units in -100_000_000i64..100_000_000,
            decimals in 0u32..4,
        ) {
            let value = units as f64 / 10f64.powi(decimals as i32);
            let text = crate::geo::path::fixed(value, decimals);
            prop_assert_eq!(parse(&text), text.parse::<f64>().ok());
        }
    }
}
