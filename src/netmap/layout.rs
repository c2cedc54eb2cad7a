//! Where everything goes on the network map, in the map's own coordinates: the citizen in
//! the middle at (0, 0), the outermost ring at radius 1, y upwards. Closeness is the ring
//! (innermost the closest), the category the sector, starting at the top and going
//! clockwise. The terminal view and the HTML print both draw from this, each scaling it
//! to its own surface.

use std::f64::consts::PI;

use super::NetworkMap;

/// The radius of the middle (the citizen) inside the innermost ring.
pub const ME_RADIUS: f64 = 0.16;

/// The outer radius of ring `ring` (0 innermost) of `rings`.
pub fn ring_radius(ring: usize, rings: usize) -> f64 {
    let rings = rings.max(1) as f64;
    ME_RADIUS + (1.0 - ME_RADIUS) * (ring as f64 + 1.0) / rings
}

/// The angle (radians, counter-clockwise from the x axis) at `fraction` of the way round
/// from the top, clockwise.
pub fn angle(fraction: f64) -> f64 {
    PI / 2.0 - fraction * 2.0 * PI
}

/// The point at `radius` and `fraction` of the way round.
pub fn point(radius: f64, fraction: f64) -> (f64, f64) {
    let a = angle(fraction);
    (radius * a.cos(), radius * a.sin())
}

/// The lines between sectors: from the middle to beyond the outer ring.
pub fn sector_lines(sectors: usize) -> Vec<((f64, f64), (f64, f64))> {
    if sectors < 2 {
        return Vec::new();
    }
    (0..sectors)
        .map(|s| {
            let f = s as f64 / sectors as f64;
            (point(ME_RADIUS, f), point(1.0, f))
        })
        .collect()
}

/// Where each sector's name goes: just outside the outer ring, in the sector's middle.
pub fn sector_label(sector: usize, sectors: usize, radius: f64) -> (f64, f64) {
    point(radius, (sector as f64 + 0.5) / sectors.max(1) as f64)
}

/// A person's place on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Index into the map's people.
    pub person: usize,
    pub x: f64,
    pub y: f64,
}

/// Every placed person's point: in their sector and ring, those sharing a cell spread
/// evenly across its angle, and when there are more than two, alternately nearer the
/// ring's inner and outer edge so that their labels do not sit in one row.
pub fn place(map: &NetworkMap) -> Vec<Placed> {
    let sectors = map.categories.len().max(1);
    let rings = map.rings.len().max(1);
    let mut placed = Vec::new();
    for sector in 0..sectors {
        for ring in 0..rings {
            let here: Vec<usize> = map
                .people
                .iter()
                .enumerate()
                .filter(|(_, p)| p.category == Some(sector) && p.ring == Some(ring))
                .map(|(i, _)| i)
                .collect();
            let count = here.len();
            let inner = if ring == 0 {
                ME_RADIUS
            } else {
                ring_radius(ring - 1, rings)
            };
            let outer = ring_radius(ring, rings);
            let middle = (inner + outer) / 2.0;
            let span = outer - inner;
            for (k, person) in here.into_iter().enumerate() {
                let within = (k as f64 + 1.0) / (count as f64 + 1.0);
                let fraction = (sector as f64 + within) / sectors as f64;
                let radius = if count > 2 {
                    middle + if k % 2 == 0 { -0.22 } else { 0.22 } * span
                } else {
                    middle
                };
                let (x, y) = point(radius, fraction);
                placed.push(Placed { person, x, y });
            }
        }
    }
    placed.sort_by_key(|p| p.person);
    placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netmap::Person;

    fn map(people: Vec<(Option<usize>, Option<usize>)>) -> NetworkMap {
        NetworkMap {
            title: String::new(),
            me: "Mig".into(),
            categories: (0..8).map(|i| format!("c{i}")).collect(),
            rings: vec!["a".into(), "b".into(), "c".into()],
            importance: vec![],
            marks: vec![],
            people: people
                .into_iter()
                .enumerate()
                .map(|(i, (category, ring))| Person {
                    number: i + 1,
                    name: format!("p{i}"),
                    category,
                    ring,
                    importance: None,
                    marks: vec![],
                })
                .collect(),
            widen: None,
        }
    }

    #[test]
    fn each_person_is_inside_their_ring_and_sector() {
        let m = map(vec![
            (Some(0), Some(0)),
            (Some(0), Some(0)),
            (Some(0), Some(0)),
            (Some(3), Some(2)),
            (Some(7), Some(1)),
        ]);
        for placed in place(&m) {
            let person = &m.people[placed.person];
            let ring = person.ring.unwrap();
            let r = placed.x.hypot(placed.y);
            let inner = if ring == 0 {
                ME_RADIUS
            } else {
                ring_radius(ring - 1, 3)
            };
            assert!(r > inner && r < ring_radius(ring, 3), "{person:?} at r {r}");
            // Clockwise from the top, as a fraction of the way round.
            let turned = (PI / 2.0 - placed.y.atan2(placed.x)).rem_euclid(2.0 * PI);
            let sector = (turned / (2.0 * PI) * 8.0).floor() as usize;
            assert_eq!(Some(sector), person.category, "{person:?}");
        }
    }

    #[test]
    fn people_without_a_category_or_closeness_are_not_placed() {
        let m = map(vec![(None, Some(0)), (Some(1), None), (Some(1), Some(1))]);
        let placed = place(&m);
        assert_eq!(placed.len(), 1);
        assert_eq!(placed[0].person, 2);
    }

    #[test]
    fn people_in_one_cell_do_not_share_a_point() {
        let m = map(vec![(Some(2), Some(1)); 5]);
        let placed = place(&m);
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!((a.x - b.x).hypot(a.y - b.y) > 0.02, "{a:?} {b:?}");
            }
        }
    }
}
