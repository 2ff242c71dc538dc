//! Proportional symbols: the circle's *area* is proportional to the value, not its radius.

/// The radius for `value` when `max_value` gets `max_radius`.
///
/// ```
/// use corredor_core::geo::symbols::radius;
/// // Four times the flights, twice the radius: four times the area.
/// assert_eq!(radius(9.0, 36.0, 30.0) * 2.0, radius(36.0, 36.0, 30.0));
/// ```
pub fn radius(value: f64, max_value: f64, max_radius: f64) -> f64 {
    if value <= 0.0 || max_value <= 0.0 {
        return 0.0;
    }
    max_radius * (value / max_value).sqrt()
}

/// Reference values for the legend: the largest, and rounder values below it that read well
/// and stay distinguishable (each at most half the one above).
///
/// ```
/// use corredor_core::geo::symbols::legend_values;
/// assert_eq!(legend_values(36), vec![36, 10, 5]);
/// ```
pub fn legend_values(max_value: u32) -> Vec<u32> {
    let mut values = vec![max_value];
    for candidate in [500, 200, 100, 50, 20, 10, 5, 1] {
        let smallest = values.last().copied().unwrap_or(max_value);
        if candidate * 2 <= smallest && candidate * 3 <= max_value.max(3) {
            values.push(candidate);
        }
        if values.len() == 3 {
            break;
        }
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_is_proportional_to_value() {
        let area = |v: f64| std::f64::consts::PI * radius(v, 36.0, 28.0).powi(2);
        assert!((area(36.0) / area(1.0) - 36.0).abs() < 1e-9);
        assert!((area(23.0) / area(6.0) - 23.0 / 6.0).abs() < 1e-9);
        assert_eq!(radius(0.0, 36.0, 28.0), 0.0);
    }

    #[test]
    fn legend_values_descend_and_stay_apart() {
        for max in [1, 2, 7, 36, 79, 1000] {
            let values = legend_values(max);
            assert_eq!(values[0], max);
            assert!(
                values.windows(2).all(|pair| pair[1] * 2 <= pair[0]),
                "{values:?}"
            );
        }
    }
}
