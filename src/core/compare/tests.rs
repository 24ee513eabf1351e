//! Behaviour of the comparison on the bundled pair and on edge cases.

use super::*;
use crate::assets::bundled_pair;

fn doc(name: &str, text: &str) -> Document {
    Document::from_bytes(name, text.as_bytes()).expect("test text decodes")
}

fn show(left: &Document, right: &Document, c: &Comparison) -> String {
    c.passages
        .iter()
        .map(|p| {
            format!(
                "{:?} {:.2} crossing={} \n  L: {}\n  R: {}\n",
                p.kind,
                p.similarity,
                p.crossing,
                &left.text[p.left.clone()],
                &right.text[p.right.clone()]
            )
        })
        .collect()
}

#[test]
fn bundled_pair_debug_print() {
    let (left, right) = bundled_pair();
    let c = compare(&left, &right);
    println!("{}", show(&left, &right, &c));
    println!("shared {:.3} {:.3}", c.shared_left, c.shared_right);
}
