//! A screen cut into rows (or columns) of a fixed size and one that takes what is left.
//!
//! ratatui's `Layout` does this with a constraint solver, which was a quarter of all the
//! work before the first frame (0.8 million instructions for the conversation's six rows,
//! counted by callgrind). Every screen here needs only fixed sizes and one part that takes
//! the rest, which is arithmetic; the tests hold it to the rectangles `Layout` gives for
//! the screens' own shapes, at every size they are drawn at.

use ratatui::layout::Rect;

/// How tall a row (or wide a column) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Fixed(u16),
    /// What the fixed parts leave (none, if they take it all).
    Rest,
}

/// `area` cut into rows from the top. The fixed rows that do not fit are cut short at
/// the bottom of the area.
pub fn rows<const N: usize>(area: Rect, sizes: [Size; N]) -> [Rect; N] {
    let lengths = lengths(area.height, sizes);
    let mut y = area.y;
    lengths.map(|height| {
        let row = Rect { y, height, ..area };
        y += height;
        row
    })
}

/// `area` cut into columns from the left, as [`rows`] cuts rows.
pub fn columns<const N: usize>(area: Rect, sizes: [Size; N]) -> [Rect; N] {
    let lengths = lengths(area.width, sizes);
    let mut x = area.x;
    lengths.map(|width| {
        let column = Rect { x, width, ..area };
        x += width;
        column
    })
}

fn lengths<const N: usize>(total: u16, sizes: [Size; N]) -> [u16; N] {
    let fixed: u16 = sizes
        .iter()
        .map(|size| match size {
            Size::Fixed(length) => *length,
            Size::Rest => 0,
        })
        .fold(0, u16::saturating_add);
    let mut rest = total.saturating_sub(fixed);
    let mut left = total;
    sizes.map(|size| {
        let wanted = match size {
            Size::Fixed(length) => length,
            Size::Rest => std::mem::take(&mut rest),
        };
        let length = wanted.min(left);
        left -= length;
        length
    })
}

#[cfg(test)]
mod tests {
    use super::Size::{Fixed, Rest};
    use super::*;
    use ratatui::layout::{Constraint, Layout};

    /// The shapes the screens cut, as `Layout` constraints (`Min` for the part that takes
    /// the rest, with the least it is given) and as sizes here.
    fn same_as_layout<const N: usize>(area: Rect, parts: [(Size, u16); N], vertical: bool) {
        let constraints = parts.map(|(size, least)| match size {
            Fixed(length) => Constraint::Length(length),
            Rest => Constraint::Min(least),
        });
        let sizes = parts.map(|(size, _)| size);
        let fixed: u16 = sizes
            .iter()
            .map(|s| if let Fixed(l) = s { *l } else { 0 })
            .sum();
        let least: u16 = parts.iter().map(|(_, least)| *least).sum();
        let total = if vertical { area.height } else { area.width };
        if fixed + least > total {
            return; // no screen is drawn so small that its parts do not fit
        }
        let (solved, here) = if vertical {
            (Layout::vertical(constraints).areas(area), rows(area, sizes))
        } else {
            (
                Layout::horizontal(constraints).areas(area),
                columns(area, sizes),
            )
        };
        assert_eq!(here, solved, "{area:?} {parts:?}");
    }

    #[test]
    fn the_screens_are_cut_as_ratatuis_layout_cuts_them() {
        for width in [60, 80, 99, 100, 120, 200] {
            for height in 18..=60 {
                let area = Rect::new(3, 2, width, height);
                for footer in 1..=3 {
                    for gap in 0..=1 {
                        for notice in [0, 2] {
                            // The conversation.
                            same_as_layout(
                                area,
                                [
                                    (Fixed(1), 0),
                                    (Fixed(1), 0),
                                    (Fixed(gap), 0),
                                    (Rest, 4),
                                    (Fixed(notice), 0),
                                    (Fixed(footer), 0),
                                ],
                                true,
                            );
                        }
                    }
                    // The history and the pager.
                    for notes in [0, 3, height / 3] {
                        same_as_layout(
                            area,
                            [
                                (Fixed(1), 0),
                                (Fixed(1), 0),
                                (Rest, 1),
                                (Fixed(notes), 0),
                                (Fixed(footer), 0),
                            ],
                            true,
                        );
                    }
                    same_as_layout(
                        area,
                        [(Fixed(2), 0), (Rest, 1), (Fixed(1), 0), (Fixed(footer), 0)],
                        true,
                    );
                }
                // The home screen and the kiosk.
                for message in 2..=5 {
                    same_as_layout(
                        area,
                        [(Fixed(2), 0), (Rest, 1), (Fixed(message), 0), (Fixed(2), 0)],
                        true,
                    );
                }
                same_as_layout(
                    area,
                    [
                        (Fixed(height / 5), 0),
                        (Rest, 6),
                        (Fixed(2), 0),
                        (Fixed(1), 0),
                    ],
                    true,
                );
                // A panel beside or under the question.
                same_as_layout(area, [(Rest, 40), (Fixed(width / 3), 0)], false);
                for notes in 3..=height / 2 {
                    same_as_layout(area, [(Rest, 3), (Fixed(notes), 0)], true);
                }
                // The conversation's header: title, then what is on the right.
                for right in [10, 20, 30] {
                    same_as_layout(area, [(Rest, 10), (Fixed(right), 0)], false);
                }
            }
        }
    }

    #[test]
    fn fixed_parts_that_do_not_fit_are_cut_at_the_end() {
        let area = Rect::new(0, 0, 10, 5);
        assert_eq!(
            rows(area, [Fixed(2), Rest, Fixed(2), Fixed(3)]).map(|r| (r.y, r.height)),
            [(0, 2), (2, 0), (2, 2), (4, 1)]
        );
    }
}
