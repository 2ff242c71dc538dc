//! The visible part of the map (the SVG viewBox): zoom about a point, pan, reset, always
//! bounded to the region's frame.

use crate::geo::projection::Point;
use crate::number::fixed;

/// The most the map zooms in, relative to the whole frame.
pub const MAX_ZOOM: f64 = 8.0;
/// How much one zoom step (button, key) changes the scale.
pub const ZOOM_STEP: f64 = 1.5;

/// A rectangle of the frame, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl ViewBox {
    /// The whole frame.
    pub fn full(width: f64, height: f64) -> ViewBox {
        ViewBox {
            x: 0.0,
            y: 0.0,
            width,
            height,
        }
    }

    /// The `viewBox` attribute value.
    pub fn attribute(&self) -> String {
        format!(
            "{} {} {} {}",
            fixed(self.x, 1),
            fixed(self.y, 1),
            fixed(self.width, 1),
            fixed(self.height, 1)
        )
    }

    /// How far in this view is zoomed relative to `full`.
    pub fn zoom(&self, full: &ViewBox) -> f64 {
        full.width / self.width
    }

    /// The centre of the view.
    pub fn center(&self) -> Point {
        Point::new(self.x + self.width / 2.0, self.y + self.height / 2.0)
    }

    /// Scales by `factor` (above 1 zooms in) keeping `anchor` where it is on screen, then
    /// clamps to between the full frame and [`MAX_ZOOM`], and to inside the frame.
    ///
    /// ```
    /// use corredor_core::geo::{ViewBox, Point};
    /// let full = ViewBox::full(1000.0, 800.0);
    /// let zoomed = full.zoomed(2.0, Point::new(500.0, 400.0), &full);
    /// assert_eq!(zoomed, ViewBox { x: 250.0, y: 200.0, width: 500.0, height: 400.0 });
    /// assert_eq!(zoomed.zoomed(0.1, Point::new(0.0, 0.0), &full), full);
    /// ```
    pub fn zoomed(&self, factor: f64, anchor: Point, full: &ViewBox) -> ViewBox {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let zoom = crate::geo::clamp(self.zoom(full) * factor, 1.0, MAX_ZOOM);
        let width = full.width / zoom;
        let height = full.height / zoom;
        let ratio = width / self.width;
        let x = anchor.x - (anchor.x - self.x) * ratio;
        let y = anchor.y - (anchor.y - self.y) * ratio;
        ViewBox {
            x,
            y,
            width,
            height,
        }
        .clamped(full)
    }

    /// Moves by (`dx`, `dy`) map units, staying inside the frame.
    pub fn panned(&self, dx: f64, dy: f64, full: &ViewBox) -> ViewBox {
        if !dx.is_finite() || !dy.is_finite() {
            return *self;
        }
        ViewBox {
            x: self.x + dx,
            y: self.y + dy,
            ..*self
        }
        .clamped(full)
    }

    /// Centred on `center` at `zoom`, clamped: how a URL or a selection sets the view.
    pub fn centered(center: Point, zoom: f64, full: &ViewBox) -> ViewBox {
        let zoom = if zoom.is_finite() {
            crate::geo::clamp(zoom, 1.0, MAX_ZOOM)
        } else {
            1.0
        };
        let width = full.width / zoom;
        let height = full.height / zoom;
        ViewBox {
            x: center.x - width / 2.0,
            y: center.y - height / 2.0,
            width,
            height,
        }
        .clamped(full)
    }

    /// The map point under a screen position, given where the drawing sits on screen
    /// (`screen_x`, `screen_y` relative to its top-left corner; it is `screen_width` wide).
    ///
    /// ```
    /// use corredor_core::geo::{ViewBox, Point};
    /// let view = ViewBox { x: 100.0, y: 50.0, width: 500.0, height: 400.0 };
    /// assert_eq!(view.to_map(250.0, 100.0, 250.0), Point::new(600.0, 250.0));
    /// ```
    pub fn to_map(&self, screen_x: f64, screen_y: f64, screen_width: f64) -> Point {
        let scale = self.width / screen_width.max(1.0);
        Point::new(self.x + screen_x * scale, self.y + screen_y * scale)
    }

    fn clamped(self, full: &ViewBox) -> ViewBox {
        let width = self.width.min(full.width);
        let height = self.height.min(full.height);
        ViewBox {
            x: crate::geo::clamp(self.x, full.x, full.x + full.width - width),
            y: crate::geo::clamp(self.y, full.y, full.y + full.height - height),
            width,
            height,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FULL: ViewBox = ViewBox {
        x: 0.0,
        y: 0.0,
        width: 1000.0,
        height: 900.0,
    };

    #[test]
    fn zooming_in_keeps_the_anchor_in_place() {
        let anchor = Point::new(300.0, 200.0);
        let zoomed = FULL.zoomed(2.0, anchor, &FULL);
        let before = (
            (anchor.x - FULL.x) / FULL.width,
            (anchor.y - FULL.y) / FULL.height,
        );
        let after = (
            (anchor.x - zoomed.x) / zoomed.width,
            (anchor.y - zoomed.y) / zoomed.height,
        );
        assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
    }

    #[test]
    fn zoom_is_bounded_both_ways() {
        let mut view = FULL;
        for _ in 0..20 {
            view = view.zoomed(ZOOM_STEP, Point::new(500.0, 450.0), &FULL);
        }
        assert!((view.zoom(&FULL) - MAX_ZOOM).abs() < 1e-9);
        for _ in 0..20 {
            view = view.zoomed(1.0 / ZOOM_STEP, Point::new(10.0, 10.0), &FULL);
        }
        assert_eq!(view, FULL);
    }

    #[test]
    fn panning_stops_at_the_frame() {
        let view = FULL
            .zoomed(2.0, FULL.center(), &FULL)
            .panned(-5000.0, 5000.0, &FULL);
        assert_eq!((view.x, view.y + view.height), (0.0, FULL.height));
    }

    proptest! {
        #[test]
        fn every_view_stays_inside_the_frame(
            steps in proptest::collection::vec((0.1f64..4.0, 0.0f64..1000.0, 0.0f64..900.0, -800.0f64..800.0, -800.0f64..800.0), 1..30)
        ) {
            let mut view = FULL;
            for (factor, ax, ay, dx, dy) in steps {
                view = view.zoomed(factor, Point::new(ax, ay), &FULL).panned(dx, dy, &FULL);
                prop_assert!(view.x >= -1e-9 && view.y >= -1e-9);
                prop_assert!(view.x + view.width <= FULL.width + 1e-9);
                prop_assert!(view.y + view.height <= FULL.height + 1e-9);
                let zoom = view.zoom(&FULL);
                prop_assert!((1.0 - 1e-9..=MAX_ZOOM + 1e-9).contains(&zoom));
            }
        }
    }
}
