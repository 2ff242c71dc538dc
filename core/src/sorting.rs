//! Sorting for the app's short lists (events, destinations, label candidates: a few dozen
//! items at most). An insertion sort, stable like the standard library's `sort_by`, so the
//! wasm carries a couple of hundred bytes per use instead of a driftsort of about 3 KB per
//! element type (measured with twiggy: about 20 KB for the app's eight sorts).

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
///
/// ```
/// let mut words = ["b", "a", "c", "a"];
/// corredor_core::sorting::sort_by(&mut words, |a, b| a.cmp(b));
/// assert_eq!(words, ["a", "a", "b", "c"]);
/// ```
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        let mut at = next;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Sorts `items` by `key`, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_sorts_as_the_standard_library_does_and_keeps_equal_keys_in_order() {
        // A fixed pseudo-random walk: lists of every length up to 60, keys with repeats.
        let mut seed: u32 = 7;
        for length in 0..60 {
            let items: Vec<(u32, usize)> = (0..length)
                .map(|index| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 9, index)
                })
                .collect();
            let mut ours = items.clone();
            let mut theirs = items;
            sort_by_key(&mut ours, |item| item.0);
            theirs.sort_by_key(|item| item.0);
            assert_eq!(ours, theirs, "length {length}");
        }
    }
}
