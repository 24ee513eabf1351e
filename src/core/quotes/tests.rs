//! Tests of extraction and attribution on whole texts, French and English, one convention each.

use super::*;

fn doc(text: &str) -> Document {
    Document::from_text("t.txt", "t.txt", text.to_string(), "utf-8", Vec::new())
}

fn quotes(text: &str) -> Vec<Quote> {
    extract(&doc(text), 0)
}

#[test]
fn bundled_pair() {
    let (l, r) = crate::assets::bundled_pair();
    let q = analyse(&l, &r);
    for q in &q {
        eprintln!(
            "{} {:?} {:?} frag={} {}",
            q.id, q.text, q.speaker, q.fragment, q.how
        );
    }
}
