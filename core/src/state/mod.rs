//! The reader's view as plain data: which layers are on, and the whole view as it is written
//! in the URL (`url`). No Leptos here; components hold these in signals.

pub mod pages;
pub mod table;
pub mod url;

/// A map layer the reader can switch on and off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Proportional symbols of the repatriation flights.
    Flights,
    /// The places where the dismantled networks operated.
    Networks,
    /// The high-level meetings and the statement.
    Meetings,
    /// The Otay Mesa II (East) crossing and the Cali-Baja region.
    Crossing,
}

impl Layer {
    /// Every layer, in legend order.
    pub const ALL: [Layer; 4] = [
        Layer::Flights,
        Layer::Networks,
        Layer::Meetings,
        Layer::Crossing,
    ];

    /// A short stable name, for the URL and test ids.
    pub fn key(self) -> &'static str {
        match self {
            Layer::Flights => "flights",
            Layer::Networks => "networks",
            Layer::Meetings => "meetings",
            Layer::Crossing => "crossing",
        }
    }

    fn bit(self) -> u8 {
        match self {
            Layer::Flights => 1,
            Layer::Networks => 2,
            Layer::Meetings => 4,
            Layer::Crossing => 8,
        }
    }
}

/// Which layers are visible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layers(u8);

impl Default for Layers {
    /// Everything on.
    fn default() -> Self {
        Layers(0b1111)
    }
}

impl Layers {
    /// No layer.
    pub const NONE: Layers = Layers(0);

    /// Whether `layer` is on.
    pub fn shows(self, layer: Layer) -> bool {
        self.0 & layer.bit() != 0
    }

    /// The same set with `layer` switched.
    ///
    /// ```
    /// use corredor_core::state::{Layer, Layers};
    /// let layers = Layers::default().toggled(Layer::Networks);
    /// assert!(!layers.shows(Layer::Networks) && layers.shows(Layer::Flights));
    /// assert_eq!(layers.toggled(Layer::Networks), Layers::default());
    /// ```
    pub fn toggled(self, layer: Layer) -> Layers {
        Layers(self.0 ^ layer.bit())
    }

    /// The same set with `layer` on.
    pub fn with(self, layer: Layer) -> Layers {
        Layers(self.0 | layer.bit())
    }
}
