//! Hostile input through the whole pipeline: arbitrary bytes, and real articles with random
//! insertions, deletions and byte flips, go through the loader, the wrapping, the quotation
//! scanner and attribution, and the aligner. None may panic, and every span any of them returns
//! must be a range of the decoded text on character boundaries. (`benches/robustness.rs` runs
//! the same checks for minutes and reports how many inputs it tried, and how time grows.)

mod robust;

use proptest::prelude::*;

use robust::{Mutation, check_pair, mutate, seeds};

/// Few cases per property: each runs the whole pipeline on two articles.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..12)
        )
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, mask)| Mutation::Flip(at, mask.max(1))),
        // Quotation marks and sentence ends are what the scanners key on: insert them often.
        (
            any::<usize>(),
            prop::sample::select(vec![
                "\"",
                "«",
                "»",
                "“",
                "”",
                "'",
                "’",
                ". ",
                ", a-t-il dit",
                " said",
                "\n\n",
                ":",
                "\u{a0}",
                "\u{92}",
                "\r",
            ])
        )
            .prop_map(|(at, s)| Mutation::Insert(at, s.as_bytes().to_vec())),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_break_the_pipeline(
        left in proptest::collection::vec(any::<u8>(), 0..2000),
        right in proptest::collection::vec(any::<u8>(), 0..2000),
    ) {
        check_pair(&left, &right);
    }

    #[test]
    fn arbitrary_text_never_breaks_the_pipeline(
        left in "[a-zA-Zéà«»\"“”’',.:;!? \n\u{a0}-]{0,1500}",
        right in "[a-zA-Zéà«»\"“”’',.:;!? \n\u{a0}-]{0,1500}",
    ) {
        check_pair(left.as_bytes(), right.as_bytes());
    }

    #[test]
    fn mutated_real_articles_never_break_the_pipeline(
        pick in any::<(usize, usize)>(),
        left_edits in proptest::collection::vec(mutation(), 0..24),
        right_edits in proptest::collection::vec(mutation(), 0..24),
    ) {
        let seeds = seeds();
        let left = mutate(&seeds[pick.0 % seeds.len()], &left_edits);
        let right = mutate(&seeds[pick.1 % seeds.len()], &right_edits);
        check_pair(&left, &right);
    }
}

#[test]
fn the_checks_catch_a_span_outside_the_text() {
    // The invariant checker is what these tests stand on: it must reject a bad span.
    let result = std::panic::catch_unwind(|| robust::check_span("abc", &(1..9), "probe"));
    assert!(result.is_err());
    let result = std::panic::catch_unwind(|| robust::check_span("é", &(1..2), "probe"));
    assert!(result.is_err(), "a span inside a character is rejected");
    robust::check_span("abc", &(1..3), "probe");
}
