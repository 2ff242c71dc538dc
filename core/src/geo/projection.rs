//! The map's projection: Lambert azimuthal equal-area centred on the region.
//!
//! Equal-area, so proportional symbols and filled areas compare honestly, and azimuthal, so a
//! region that spans both hemispheres (Peru to the Great Lakes) is not stretched the way
//! Mercator stretches the United States against Peru. The raw projection (unit sphere) is
//! separate from the affine fit that puts the region in the map's frame, as in d3-geo.

use serde::{Deserialize, Serialize};

/// A point in map units (the SVG viewBox's coordinates): x to the right, y down.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Horizontal, map units.
    pub x: f64,
    /// Vertical (down), map units.
    pub y: f64,
}

impl Point {
    /// A point.
    pub const fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    /// Euclidean distance to `other`.
    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// Raw Lambert azimuthal equal-area on the unit sphere, centred at (`lon0`, `lat0`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Laea {
    /// Central meridian, degrees.
    pub lon0: f64,
    /// Central parallel, degrees.
    pub lat0: f64,
}

impl Laea {
    /// Projects (longitude, latitude) in degrees to unit-sphere plane coordinates, y up.
    ///
    /// ```
    /// use corredor_core::geo::Laea;
    /// let laea = Laea { lon0: -90.0, lat0: 18.0 };
    /// let (x, y) = laea.project(-90.0, 18.0);
    /// assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
    /// ```
    pub fn project(self, lon: f64, lat: f64) -> (f64, f64) {
        let lambda = (lon - self.lon0).to_radians();
        let phi = lat.to_radians();
        let phi0 = self.lat0.to_radians();
        let cos_c = phi0.sin() * phi.sin() + phi0.cos() * phi.cos() * lambda.cos();
        // The antipode (cos_c = -1) has no image; clamp instead of dividing by zero.
        let k = (2.0 / (1.0 + cos_c).max(1e-12)).sqrt();
        (
            k * phi.cos() * lambda.sin(),
            k * (phi0.cos() * phi.sin() - phi0.sin() * phi.cos() * lambda.cos()),
        )
    }
}

impl Laea {
    /// The inverse of [`Laea::project`]: unit-sphere plane coordinates (y up) to
    /// (longitude, latitude) in degrees. The geodata pipeline uses it to draw the frame's
    /// outline in longitude and latitude for clipping.
    ///
    /// ```
    /// use corredor_core::geo::Laea;
    /// let laea = Laea { lon0: -88.0, lat0: 17.0 };
    /// let (x, y) = laea.project(-99.13, 19.43);
    /// let (lon, lat) = laea.invert(x, y);
    /// assert!((lon + 99.13).abs() < 1e-9 && (lat - 19.43).abs() < 1e-9);
    /// ```
    pub fn invert(self, x: f64, y: f64) -> (f64, f64) {
        let rho = x.hypot(y);
        if rho < 1e-15 {
            return (self.lon0, self.lat0);
        }
        let c = 2.0 * crate::geo::clamp(rho / 2.0, -1.0, 1.0).asin();
        let phi0 = self.lat0.to_radians();
        let lat = crate::geo::clamp(
            c.cos() * phi0.sin() + y * c.sin() * phi0.cos() / rho,
            -1.0,
            1.0,
        )
        .asin();
        let lon = (x * c.sin()).atan2(rho * phi0.cos() * c.cos() - y * phi0.sin() * c.sin());
        (self.lon0 + lon.to_degrees(), lat.to_degrees())
    }
}

/// The raw projection fitted to the map's frame: scale, then translate, with y flipped.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapProjection {
    /// The raw projection.
    pub raw: Laea,
    /// Map units per unit-sphere unit.
    pub scale: f64,
    /// Map x of the projection's centre.
    pub tx: f64,
    /// Map y of the projection's centre.
    pub ty: f64,
}

impl MapProjection {
    /// Projects (longitude, latitude) in degrees to map units.
    pub fn project(&self, lon: f64, lat: f64) -> Point {
        let (x, y) = self.raw.project(lon, lat);
        Point::new(x * self.scale + self.tx, -y * self.scale + self.ty)
    }

    /// The projection that fits the unit-sphere bounds `(min_x, min_y, max_x, max_y)` into a
    /// frame `width` wide, returning it with the frame's height.
    pub fn fit_width(raw: Laea, bounds: (f64, f64, f64, f64), width: f64) -> (MapProjection, f64) {
        let (min_x, min_y, max_x, max_y) = bounds;
        let scale = width / (max_x - min_x);
        let height = (max_y - min_y) * scale;
        let projection = MapProjection {
            raw,
            scale,
            tx: -min_x * scale,
            ty: max_y * scale,
        };
        (projection, height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RAW: Laea = Laea {
        lon0: -90.0,
        lat0: 18.0,
    };

    /// The area of a small lon/lat cell, projected, is proportional to its area on the sphere.
    #[test]
    fn the_projection_is_equal_area() {
        let cell_area = |lon: f64, lat: f64| {
            let d = 0.01;
            let (x0, y0) = RAW.project(lon, lat);
            let (x1, y1) = RAW.project(lon + d, lat);
            let (x2, y2) = RAW.project(lon, lat + d);
            let projected = ((x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0)).abs();
            let spherical = d.to_radians() * d.to_radians() * lat.to_radians().cos();
            projected / spherical
        };
        for (lon, lat) in [(-90.0, 18.0), (-75.0, -9.0), (-120.0, 45.0), (-66.0, 7.0)] {
            assert!((cell_area(lon, lat) - 1.0).abs() < 1e-3, "{lon},{lat}");
        }
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let fitted = MapProjection {
            raw: RAW,
            scale: 100.0,
            tx: 500.0,
            ty: 500.0,
        };
        let washington = fitted.project(-77.04, 38.9);
        let lima = fitted.project(-77.04, -12.05);
        assert!(washington.y < lima.y);
        assert!(fitted.project(-70.0, 18.0).x > fitted.project(-100.0, 18.0).x);
    }

    #[test]
    fn fitting_maps_the_bounds_onto_the_frame() {
        let (fitted, height) = MapProjection::fit_width(RAW, (-1.0, -0.5, 1.0, 1.5), 1000.0);
        assert_eq!(height, 1000.0);
        let (x, y) = (-fitted.scale + fitted.tx, -1.5 * fitted.scale + fitted.ty);
        assert!(x.abs() < 1e-9 && y.abs() < 1e-9);
    }
}
