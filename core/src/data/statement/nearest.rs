//! Suggestions for a slip: the known names nearest a mistyped one, and the passage of the
//! source nearest a quote that is not in it.

/// Names longer than this are not compared (a 10 MB cell is no typo of an id).
const LONGEST_NAME: usize = 200;

/// Up to three of `known`, nearest `name` first (edit distance), those close enough to be a
/// slip of it: at most two edits, or two in five of its characters.
pub fn nearest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    if name.chars().count() > LONGEST_NAME {
        return Vec::new();
    }
    let limit = (name.chars().count() * 2 / 5).max(2);
    let mut scored: Vec<(usize, &str)> = known
        .into_iter()
        .filter(|candidate| candidate.chars().count() <= LONGEST_NAME)
        .map(|candidate| (distance(name, candidate), candidate))
        .filter(|(score, _)| *score <= limit)
        .collect();
    scored.sort();
    scored.dedup();
    scored
        .into_iter()
        .take(3)
        .map(|(_, candidate)| candidate.to_owned())
        .collect()
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The passage of `source` nearest `quote`, and the first character of the quote (from 1)
/// where the two differ; `None` when not one character of the quote's start or end is found.
///
/// The passage is where the longest start of the quote occurs, or where the longest end does
/// if that is longer, so one wrong dash or accent is found wherever it is.
///
/// ```
/// use corredor_core::data::statement::nearest::closest_passage;
/// let source = "Guatemala – 36 vuelos\nHonduras – 23 vuelos";
/// let (passage, at) = closest_passage(source, "Guatemala - 36 vuelos").unwrap();
/// assert_eq!((passage.as_str(), at), ("Guatemala – 36 vuelos", 11));
/// ```
pub fn closest_passage(source: &str, quote: &str) -> Option<(String, usize)> {
    let chars: Vec<(usize, char)> = quote.char_indices().collect();
    let quote_len = chars.len();
    if quote_len == 0 {
        return None;
    }
    let prefix_end = |n: usize| chars.get(n).map_or(quote.len(), |(byte, _)| *byte);
    let suffix_start = |n: usize| {
        quote_len
            .checked_sub(n)
            .and_then(|i| chars.get(i))
            .map_or(0, |(byte, _)| *byte)
    };
    // The longest start and the longest end of the quote found in the source (both grow
    // monotonically, so a binary search finds them).
    let longest = |found: &dyn Fn(usize) -> bool| {
        let (mut low, mut high) = (0, quote_len);
        while low < high {
            let middle = (low + high).div_ceil(2);
            if found(middle) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        low
    };
    let start_len = longest(&|n| source.contains(&quote[..prefix_end(n)]));
    let end_len = longest(&|n| source.contains(&quote[suffix_start(n)..]));
    if start_len == 0 && end_len == 0 {
        return None;
    }
    let head = &quote[..prefix_end(start_len)];
    let tail = &quote[suffix_start(end_len)..];
    let head_at = source.find(head).filter(|_| start_len > 0);
    // One slip inside the quote: its start and its end are both found, in order, close
    // together; the passage runs from one to the other.
    let around = head_at.and_then(|from| {
        let after = source.get(from..)?;
        let to = from + after.find(tail)? + tail.len();
        (end_len > 0 && to - from <= 2 * quote.len() + 16).then_some((from, to))
    });
    let passage = if let Some((from, to)) = around {
        source[from..to].to_owned()
    } else if start_len >= end_len {
        let from = head_at.unwrap_or(0);
        source[from..].chars().take(quote_len).collect::<String>()
    } else {
        let to = source.find(tail).map_or(source.len(), |at| at + tail.len());
        let before: Vec<char> = source[..to].chars().collect();
        before[before.len().saturating_sub(quote_len)..]
            .iter()
            .collect::<String>()
    };
    let differs_at = quote
        .chars()
        .zip(passage.chars())
        .take_while(|(a, b)| a == b)
        .count()
        + 1;
    Some((passage, differs_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_ids_come_closest_first() {
        let known = ["guatemala", "honduras", "el-salvador", "guadalajara"];
        assert_eq!(nearest("guatemla", known), vec!["guatemala"]);
        assert_eq!(nearest("salvador", known), vec!["el-salvador"]);
        assert!(nearest("tokyo", known).is_empty());
        assert!(nearest(&"x".repeat(10_000), known).is_empty());
    }

    #[test]
    fn a_slip_at_the_start_is_found_from_the_end() {
        let source = "Reconocemos los esfuerzos de México, para desmantelar";
        let (passage, at) = closest_passage(source, "reconocemos los esfuerzos de México").unwrap();
        assert_eq!(passage, "Reconocemos los esfuerzos de México");
        assert_eq!(at, 1);
        assert_eq!(closest_passage(source, "qqq"), None);
    }

    #[test]
    fn a_slip_in_the_middle_gives_the_passage_from_its_start_to_its_end() {
        let source =
            "Para dar seguimiento a la visita del pasado 27 de diciembre, una delegación visitó.";
        let quote = "Para dar seguimiento a la visita del 27 de diciembre, una delegación visitó.";
        let (passage, at) = closest_passage(source, quote).unwrap();
        assert_eq!(passage, source);
        assert_eq!(
            at,
            "Para dar seguimiento a la visita del ".chars().count() + 1
        );
    }

    #[test]
    fn a_quote_longer_than_the_rest_of_the_source_stops_at_its_end() {
        let (passage, at) = closest_passage("abc def", "def ghi").unwrap();
        assert_eq!((passage.as_str(), at), ("def", 4));
    }
}
