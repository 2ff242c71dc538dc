//! Numbers as text, both ways, with integer arithmetic: [`fixed`] writes every number the page
//! and its images write, [`parse`] reads the decimals Corredor writes in URLs and messages
//! ("2.5", "-12.34", "640") as fixed-point integers. Rust's float formatting and
//! `str::parse::<f64>` would link the standard library's float machinery (about 12 KB of
//! brotli wasm) for numbers that never need it. A leaf: it uses no other module.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

use std::fmt::Write as _;

/// At most this many digits in all: the integer they form stays exact in an `f64`.
const MAX_DIGITS: usize = 15;

/// Parses an optional sign, digits, and an optional `.` with more digits. Anything else
/// (exponents, `inf`, `nan`, spaces, a second point, more than 15 digits) is `None`.
///
/// ```
/// use corredor_core::number::parse;
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

/// `value` with at most `decimals` decimals, trailing zeros dropped: `1.50` → `"1.5"`.
///
/// Written with integer arithmetic on purpose: it keeps Rust's float formatting machinery
/// (several KB) out of the wasm, and every number the page writes goes through here.
///
/// ```
/// use corredor_core::number::fixed;
/// assert_eq!(fixed(1.5, 1), "1.5");
/// assert_eq!(fixed(2.0, 2), "2");
/// assert_eq!(fixed(12.345, 2), "12.35");
/// assert_eq!(fixed(-0.04, 1), "0");
/// assert_eq!(fixed(-3.25, 1), "-3.3");
/// ```
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let scale = 10u64.pow(decimals.min(9));
    let scaled = (value * scale as f64).round();
    let negative = scaled < 0.0;
    let magnitude = scaled.abs() as u64;
    let (whole, mut fraction) = (magnitude / scale, magnitude % scale);
    let mut out = String::new();
    if negative && magnitude != 0 {
        out.push('-');
    }
    let _ = write!(out, "{whole}");
    if fraction != 0 {
        let mut width = decimals as usize;
        while fraction % 10 == 0 {
            fraction /= 10;
            width -= 1;
        }
        let _ = write!(out, ".{fraction:0width$}");
    }
    out
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
        /// What the formatter writes ([`fixed`]) reads back as the standard parser
        /// would read it.
        #[test]
        fn agrees_with_the_standard_parser_on_written_numbers(
            units in -100_000_000i64..100_000_000,
            decimals in 0u32..4,
        ) {
            let value = units as f64 / 10f64.powi(decimals as i32);
            let text = crate::number::fixed(value, decimals);
            prop_assert_eq!(parse(&text), text.parse::<f64>().ok());
        }
    }
}
