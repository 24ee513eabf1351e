//! The shared vocabulary of places: which document (`DocId`), which pane (`Side`), and one value
//! per pane (`Pair<T>`). Every layer uses these; they depend on nothing.

use std::ops::{Index, IndexMut};

/// A document of the open set, by position: doc 0 is the source, the others its rewrites. It
/// serialises as its number, so JSON keeps `"doc": 0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(transparent)]
pub struct DocId(pub usize);

impl DocId {
    /// The source (the wire story), which every rewrite is compared with.
    pub const SOURCE: DocId = DocId(0);

    pub fn index(self) -> usize {
        self.0
    }
}

impl std::fmt::Display for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// One of the two panes: the source on the left, a rewrite on the right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// Both sides, left first.
    pub const BOTH: [Side; 2] = [Side::Left, Side::Right];

    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }

    pub fn index(self) -> usize {
        match self {
            Side::Left => 0,
            Side::Right => 1,
        }
    }

    /// "left" or "right", as the reader and the text commands say it.
    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    /// "L" or "R", where a column has one letter of room.
    pub fn letter(self) -> &'static str {
        match self {
            Side::Left => "L",
            Side::Right => "R",
        }
    }
}

/// One value per side: what the two panes show, or anything computed for each of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pair<T> {
    pub left: T,
    pub right: T,
}

impl<T> Pair<T> {
    pub fn new(left: T, right: T) -> Pair<T> {
        Pair { left, right }
    }

    /// A pair made by calling `f` for each side.
    pub fn from_fn(mut f: impl FnMut(Side) -> T) -> Pair<T> {
        Pair {
            left: f(Side::Left),
            right: f(Side::Right),
        }
    }

    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Pair<U> {
        Pair {
            left: f(self.left),
            right: f(self.right),
        }
    }

    pub fn as_ref(&self) -> Pair<&T> {
        Pair {
            left: &self.left,
            right: &self.right,
        }
    }

    pub fn as_mut(&mut self) -> Pair<&mut T> {
        Pair {
            left: &mut self.left,
            right: &mut self.right,
        }
    }

    /// Each side with its value, left first.
    pub fn iter(&self) -> impl Iterator<Item = (Side, &T)> {
        [(Side::Left, &self.left), (Side::Right, &self.right)].into_iter()
    }
}

impl<T: PartialEq> Pair<T> {
    /// The side holding `value`, left first.
    pub fn side_of(&self, value: &T) -> Option<Side> {
        if self.left == *value {
            Some(Side::Left)
        } else if self.right == *value {
            Some(Side::Right)
        } else {
            None
        }
    }
}

impl<T> Index<Side> for Pair<T> {
    type Output = T;
    fn index(&self, side: Side) -> &T {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }
}

impl<T> IndexMut<Side> for Pair<T> {
    fn index_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Left => &mut self.left,
            Side::Right => &mut self.right,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_is_indexed_by_side_and_finds_the_side_of_a_value() {
        let mut shown = Pair::new(DocId::SOURCE, DocId(3));
        assert_eq!(shown[Side::Right], DocId(3));
        assert_eq!(shown.side_of(&DocId(3)), Some(Side::Right));
        assert_eq!(shown.side_of(&DocId(0)), Some(Side::Left));
        assert_eq!(shown.side_of(&DocId(2)), None);
        shown[Side::Right] = DocId(2);
        assert_eq!(shown.side_of(&DocId(2)), Some(Side::Right));
        assert_eq!(
            Pair::from_fn(|s| s.other().letter()),
            Pair::new("R", "L"),
            "from_fn calls the function with each side"
        );
    }

    #[test]
    fn a_doc_id_serialises_as_its_number() {
        assert_eq!(serde_json::to_string(&DocId(4)).unwrap(), "4");
    }
}
