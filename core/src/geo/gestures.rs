//! What the reader's input means for the map's view: pointers (a drag pans, two pointers
//! pinch, a shaky click is still a click) and keys (arrows pan, +/- zoom, 0 resets, Escape
//! lets go). The map panel feeds it the browser's events and applies what comes out.

use crate::geo::view::{ViewBox, ZOOM_STEP};

/// What a pointer move means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Gesture {
    /// One pointer dragged by (`dx`, `dy`) px.
    Pan { dx: f64, dy: f64 },
    /// Two pointers moved apart (`factor` > 1) or together, around a centre (client px).
    Pinch {
        factor: f64,
        center_x: f64,
        center_y: f64,
    },
}

/// How far a single pointer travels, px, before a press becomes a drag rather than a click.
const CLICK_SLOP_PX: f64 = 4.0;

/// The pointers down on the map, for drag and pinch.
#[derive(Default)]
pub struct Gestures {
    pointers: Vec<(i32, f64, f64)>,
    travelled: f64,
    /// Whether the pointers have dragged since the last press: the click that ends a drag is
    /// not a selection.
    pub dragged: bool,
}

impl Gestures {
    /// Pointer `id` pressed at (`x`, `y`), client px.
    pub fn down(&mut self, id: i32, x: i32, y: i32) {
        self.pointers.retain(|(other, _, _)| *other != id);
        self.pointers.push((id, f64::from(x), f64::from(y)));
        self.travelled = 0.0;
        self.dragged = false;
    }

    /// Pointer `id` lifted (or cancelled).
    pub fn up(&mut self, id: i32) {
        self.pointers.retain(|(other, _, _)| *other != id);
    }

    /// Pointer `id` moved to (`x`, `y`): the gesture this makes, if any.
    pub fn moved(&mut self, id: i32, x: i32, y: i32) -> Option<Gesture> {
        let (x, y) = (f64::from(x), f64::from(y));
        let index = self
            .pointers
            .iter()
            .position(|(other, _, _)| *other == id)?;
        let (_, old_x, old_y) = *self.pointers.get(index)?;
        let gesture = match self.pointers.len() {
            1 => {
                self.travelled += (x - old_x).hypot(y - old_y);
                // Below a few pixels it is a click with a shaky hand, not a drag.
                if self.travelled > CLICK_SLOP_PX {
                    self.dragged = true;
                }
                self.dragged.then_some(Gesture::Pan {
                    dx: x - old_x,
                    dy: y - old_y,
                })
            }
            2 => {
                let (_, other_x, other_y) = *self.pointers.get(1 - index)?;
                let before = (old_x - other_x).hypot(old_y - other_y);
                let after = (x - other_x).hypot(y - other_y);
                self.dragged = true;
                (before > 0.0).then_some(Gesture::Pinch {
                    factor: after / before,
                    center_x: (x + other_x) / 2.0,
                    center_y: (y + other_y) / 2.0,
                })
            }
            _ => None,
        };
        if let Some(pointer) = self.pointers.get_mut(index) {
            *pointer = (id, x, y);
        }
        gesture
    }
}

/// How much one wheel notch zooms: in when the wheel turns away from the reader.
pub fn wheel_factor(delta_y: f64) -> f64 {
    const WHEEL_STEP: f64 = 1.25;
    if delta_y < 0.0 {
        WHEEL_STEP
    } else {
        1.0 / WHEEL_STEP
    }
}

/// What a key pressed on the map does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    /// Pan by these fractions of the view's width.
    Pan { right: f64, down: f64 },
    /// Zoom about the view's centre by this factor.
    Zoom(f64),
    /// Back to the whole map.
    Reset,
    /// Let go: clear the selection and the tooltip, and the wheel's engagement.
    Release,
}

/// The share of the view's width one arrow key pans.
const KEY_PAN: f64 = 1.0 / 8.0;

impl KeyAction {
    /// The action of the key named `key` (a `KeyboardEvent.key`), if the map handles it.
    pub fn of_key(key: &str) -> Option<KeyAction> {
        Some(match key {
            "ArrowLeft" => KeyAction::Pan {
                right: -KEY_PAN,
                down: 0.0,
            },
            "ArrowRight" => KeyAction::Pan {
                right: KEY_PAN,
                down: 0.0,
            },
            "ArrowUp" => KeyAction::Pan {
                right: 0.0,
                down: -KEY_PAN,
            },
            "ArrowDown" => KeyAction::Pan {
                right: 0.0,
                down: KEY_PAN,
            },
            "+" | "=" => KeyAction::Zoom(ZOOM_STEP),
            "-" | "_" => KeyAction::Zoom(1.0 / ZOOM_STEP),
            "0" => KeyAction::Reset,
            "Escape" => KeyAction::Release,
            _ => return None,
        })
    }

    /// The view after this action, within `full` (unchanged by [`KeyAction::Release`]).
    pub fn apply(self, view: ViewBox, full: &ViewBox) -> ViewBox {
        match self {
            KeyAction::Pan { right, down } => {
                let step = view.width;
                view.panned(right * step, down * step, full)
            }
            KeyAction::Zoom(factor) => view.zoomed(factor, view.center(), full),
            KeyAction::Reset => *full,
            KeyAction::Release => view,
        }
    }
}

/// Whether `key` on a place mark selects it, as a button's keys do.
pub fn selects(key: &str) -> bool {
    key == "Enter" || key == " "
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shaky_click_is_no_drag_but_a_longer_move_pans_and_swallows_the_click() {
        let mut gestures = Gestures::default();
        gestures.down(1, 100, 100);
        assert_eq!(gestures.moved(1, 102, 101), None);
        assert!(!gestures.dragged);
        assert_eq!(
            gestures.moved(1, 110, 101),
            Some(Gesture::Pan { dx: 8.0, dy: 0.0 })
        );
        assert!(gestures.dragged);
        gestures.up(1);
        assert_eq!(
            gestures.moved(1, 120, 101),
            None,
            "a lifted pointer moves nothing"
        );
        gestures.down(1, 0, 0);
        assert!(!gestures.dragged, "a new press starts clean");
    }

    #[test]
    fn two_pointers_moving_apart_pinch_around_their_middle() {
        let mut gestures = Gestures::default();
        gestures.down(1, 0, 0);
        gestures.down(2, 100, 0);
        assert_eq!(
            gestures.moved(2, 200, 0),
            Some(Gesture::Pinch {
                factor: 2.0,
                center_x: 100.0,
                center_y: 0.0
            })
        );
        gestures.down(3, 50, 50);
        assert_eq!(
            gestures.moved(3, 60, 50),
            None,
            "three pointers make no gesture"
        );
    }

    #[test]
    fn keys_pan_zoom_and_reset_within_the_frame() {
        let full = ViewBox::full(800.0, 600.0);
        let zoomed = ViewBox::centered(full.center(), 2.0, &full);
        let right = KeyAction::of_key("ArrowRight")
            .unwrap()
            .apply(zoomed, &full);
        assert_eq!(right.x, zoomed.x + zoomed.width / 8.0);
        assert_eq!(right.width, zoomed.width);
        let inward = KeyAction::of_key("+").unwrap().apply(zoomed, &full);
        assert!((inward.zoom(&full) - 2.0 * ZOOM_STEP).abs() < 1e-9);
        assert_eq!(KeyAction::of_key("=").unwrap().apply(zoomed, &full), inward);
        assert_eq!(KeyAction::of_key("0").unwrap().apply(zoomed, &full), full);
        assert_eq!(
            KeyAction::of_key("Escape").unwrap().apply(zoomed, &full),
            zoomed
        );
        let out = KeyAction::of_key("-").unwrap().apply(full, &full);
        assert_eq!(out, full, "never zooms out beyond the whole map");
        assert_eq!(KeyAction::of_key("a"), None);
        assert!(selects("Enter") && selects(" ") && !selects("Tab"));
        assert!(
            wheel_factor(-3.0) > 1.0
                && (wheel_factor(3.0) * wheel_factor(-3.0) - 1.0).abs() < 1e-12
        );
    }
}
