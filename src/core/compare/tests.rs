//! Behaviour of the comparison: the bundled pair, edge cases, invariants.

use super::*;
use crate::core::bundled::bundled_pair;
use crate::core::diff::MarkKind;

fn doc(name: &str, text: &str) -> Document {
    Document::from_bytes(name, text.as_bytes()).expect("test text decodes")
}

fn left_text<'a>(left: &'a Document, p: &Passage) -> &'a str {
    &left.text[p.left.clone()]
}

fn right_text<'a>(right: &'a Document, p: &Passage) -> &'a str {
    &right.text[p.right.clone()]
}

fn show(left: &Document, right: &Document, c: &Comparison) -> String {
    c.passages
        .iter()
        .map(|p| {
            format!(
                "{:?} {:.2} crossing={}\n  L: {}\n  R: {}\n",
                p.kind,
                p.similarity,
                p.crossing,
                left_text(left, p),
                right_text(right, p)
            )
        })
        .collect()
}

/// The passage whose left side contains `left_part`, checked to contain `right_parts` on the right.
fn expect_pair<'c>(
    left: &Document,
    right: &Document,
    c: &'c Comparison,
    left_part: &str,
    right_parts: &[&str],
) -> &'c Passage {
    let found = c
        .passages
        .iter()
        .find(|p| left_text(left, p).contains(left_part));
    let Some(p) = found else {
        panic!(
            "no passage with {left_part:?} on the left:\n{}",
            show(left, right, c)
        );
    };
    for part in right_parts {
        assert!(
            right_text(right, p).contains(part),
            "passage with {left_part:?} lacks {part:?} on the right:\n{}",
            show(left, right, c)
        );
    }
    p
}

/// Ranges in bounds and on character boundaries, sorted, non-overlapping per side, figures in
/// range: what every comparison must satisfy.
fn check_invariants(left: &Document, right: &Document, c: &Comparison) {
    for p in &c.passages {
        for (text, range) in [(&left.text, &p.left), (&right.text, &p.right)] {
            assert!(
                range.start < range.end && range.end <= text.len(),
                "{range:?}"
            );
            assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        }
        assert!((0.0..=1.0).contains(&p.similarity), "{}", p.similarity);
        for (text, marks, span) in [
            (&left.text, &p.left_marks, &p.left),
            (&right.text, &p.right_marks, &p.right),
        ] {
            for m in marks {
                assert!(m.range.start >= span.start && m.range.end <= span.end);
                assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
            }
        }
        if p.kind == PassageKind::Verbatim {
            assert!(p.left_marks.is_empty() && p.right_marks.is_empty());
            assert_eq!(p.similarity, 1.0);
        }
    }
    for w in c.passages.windows(2) {
        assert!(
            w[0].left.end <= w[1].left.start,
            "left sides overlap or are unsorted"
        );
    }
    let mut by_right: Vec<&Passage> = c.passages.iter().collect();
    by_right.sort_by_key(|p| p.right.start);
    for w in by_right.windows(2) {
        assert!(w[0].right.end <= w[1].right.start, "right sides overlap");
    }
    assert!((0.0..=1.0).contains(&c.shared_left) && (0.0..=1.0).contains(&c.shared_right));
}

#[test]
fn bundled_pair_shares_what_the_rewrite_took() {
    let (left, right) = bundled_pair();
    let c = compare(&left, &right);
    check_invariants(&left, &right, &c);
    expect_pair(
        &left,
        &right,
        &c,
        "renforcer les \"liens historiques\" entre Moscou et Pyongyang",
        &[
            "L’objectif de cette rencontre était de renforcer les « liens historiques » entre Moscou et Pyongyang.",
        ],
    );
    expect_pair(
        &left,
        &right,
        &c,
        "Malgré ses invitations répétées à Kim Jong Un, la Russie était restée",
        &[
            "En effet, malgré ses invitations répétées à Kim Jong-un",
            "depuis début 2018.",
        ],
    );
    let soutiens = expect_pair(
        &left,
        &right,
        &c,
        "des soutiens dans son bras de fer avec Washington et un certain rééquilibrage",
        &[
            "Pour Kim Jong-un, l’enjeu est de trouver des soutiens",
            "son plus proche souien",
            "Guerre froide.",
        ],
    );
    assert!(left_text(&left, soutiens).contains("son ancien allié de la Guerre froide."));
    // The typo is one missing letter, not a replaced word.
    let t_marks: Vec<&Mark> = soutiens
        .left_marks
        .iter()
        .filter(|m| m.kind == MarkKind::Char)
        .collect();
    assert_eq!(t_marks.len(), 1, "{:?}", soutiens.left_marks);
    assert_eq!(&left.text[t_marks[0].range.clone()], "t");
    let soutien_start = left
        .text
        .find("proche soutien")
        .map(|p| p + "proche ".len());
    assert_eq!(soutien_start.map(|s| s + 3), Some(t_marks[0].range.start));
    // The typo is marked on the right too: the misspelt word as a whole.
    assert!(
        soutiens
            .right_marks
            .iter()
            .any(|m| &right.text[m.range.clone()] == "souien" && m.kind == MarkKind::Word)
    );

    let summit = expect_pair(
        &left,
        &right,
        &c,
        "Ni communiqué commun ni signature d'accords",
        &[
            "Cette rencontre est le premier à ce niveau",
            "depuis celle en 2011",
            "Kim Jong-il.",
            "Il n’y a pas eu de communiqué commun ni de signature d’accords",
        ],
    );
    assert!(left_text(&left, summit).ends_with("Dmitri Medvedev et Kim Jong Il."));
    assert_ne!(summit.kind, PassageKind::Verbatim);
}

#[test]
fn bundled_pair_does_not_share_what_only_one_article_says() {
    let (left, right) = bundled_pair();
    let c = compare(&left, &right);
    let not_on_right = [
        "feuille de route",
        "levée des sanctions",
        "un tournant",
        "une carte à jouer",
        "Xi Jinping",
        "Moon Jae-in",
        "allègement des sanctions",
        "dénucléarisation de la péninsule coréenne a occupé",
    ];
    let not_on_left = [
        "URSS",
        "train blindé",
        "quatre essais nucléaires",
        "poignée de main",
        "construire une Russie forte",
    ];
    for p in &c.passages {
        for phrase in not_on_right {
            assert!(
                !right_text(&right, p).contains(phrase),
                "{phrase:?} shared:\n{}",
                show(&left, &right, &c)
            );
        }
        for phrase in not_on_left {
            assert!(
                !left_text(&left, p).contains(phrase),
                "{phrase:?} shared:\n{}",
                show(&left, &right, &c)
            );
        }
    }
    // Four passages, a third of the rewrite at most.
    assert!(c.passages.len() <= 5, "{}", show(&left, &right, &c));
    assert!(
        c.shared_right > 0.25 && c.shared_right < 0.5,
        "{}",
        c.shared_right
    );
    assert!(
        c.shared_left > 0.15 && c.shared_left < 0.4,
        "{}",
        c.shared_left
    );
}

#[test]
fn bundled_pair_reordering_is_marked_as_crossing() {
    let (left, right) = bundled_pair();
    let c = compare(&left, &right);
    // The rewrite moves the wire's last paragraph up: not everything can be in reading order.
    assert!(c.passages.iter().any(|p| p.crossing));
    assert!(c.passages.iter().any(|p| !p.crossing));
}

#[test]
fn identical_documents_are_fully_shared_and_verbatim() {
    let (left, _) = bundled_pair();
    let c = compare(&left, &left.clone());
    check_invariants(&left, &left, &c);
    assert_eq!(c.shared_left, 1.0);
    assert_eq!(c.shared_right, 1.0);
    assert!(
        c.passages
            .iter()
            .all(|p| p.kind == PassageKind::Verbatim && !p.crossing)
    );
    assert!(c.passages.iter().all(|p| p.left == p.right));

    let tiny = doc("a", "Oui. Il y en a.");
    let c = compare(&tiny, &tiny.clone());
    assert_eq!(c.shared_left, 1.0);
}

#[test]
fn disjoint_documents_share_nothing() {
    let a = doc(
        "a",
        "Le gouvernement a présenté hier son budget pour l'année prochaine. Les syndicats protestent contre la réforme des retraites.",
    );
    let b = doc(
        "b",
        "The football team won the championship after a dramatic final. Fans celebrated in the streets until dawn.",
    );
    let c = compare(&a, &b);
    assert!(c.passages.is_empty());
    assert_eq!((c.shared_left, c.shared_right), (0.0, 0.0));
}

#[test]
fn empty_documents_do_not_panic() {
    let (left, _) = bundled_pair();
    let empty = doc("e", "");
    for (a, b) in [(&empty, &left), (&left, &empty), (&empty, &empty)] {
        let c = compare(a, b);
        assert!(c.passages.is_empty());
        assert_eq!((c.shared_left, c.shared_right), (0.0, 0.0));
    }
    let blank = doc("b", "\n \n\t\n");
    assert!(compare(&blank, &left).passages.is_empty());
}

#[test]
fn a_short_quote_in_a_long_article_is_found() {
    let (wire, _) = bundled_pair();
    let short = doc(
        "s",
        "Selon l'agence, le dirigeant nord-coréen cherche des soutiens dans son bras de fer avec Washington.",
    );
    let c = compare(&short, &wire);
    check_invariants(&short, &wire, &c);
    assert_eq!(c.passages.len(), 1, "{}", show(&short, &wire, &c));
    assert!(
        right_text(&wire, &c.passages[0])
            .contains("cherche des soutiens dans son bras de fer avec Washington")
    );
    assert!(c.shared_left > 0.6);
    assert!(c.shared_right < 0.1);
}

#[test]
fn a_sentence_split_in_two_is_one_passage() {
    let a = doc(
        "a",
        "Le ministre a annoncé lundi la fermeture de trois usines dans le nord du pays, ce qui menace près de deux mille emplois selon les syndicats. Le temps était beau.",
    );
    let b = doc(
        "b",
        "Il pleuvait. Le ministre a annoncé lundi la fermeture de trois usines dans le nord du pays. Près de deux mille emplois sont menacés, selon les syndicats.",
    );
    let c = compare(&a, &b);
    check_invariants(&a, &b, &c);
    assert_eq!(c.passages.len(), 1, "{}", show(&a, &b, &c));
    let r = right_text(&b, &c.passages[0]);
    assert!(
        r.starts_with("Le ministre") && r.ends_with("selon les syndicats."),
        "{r}"
    );
}

#[test]
fn sharing_names_and_common_words_is_not_a_passage() {
    let a = doc(
        "a",
        "Vladimir Poutine et Kim Jong Un se sont vus jeudi à Vladivostok.",
    );
    let b = doc(
        "b",
        "Kim Jong-un a quitté Vladivostok jeudi soir, Vladimir Poutine est rentré à Moscou.",
    );
    let c = compare(&a, &b);
    assert!(c.passages.is_empty(), "{}", show(&a, &b, &c));
}

#[test]
fn a_sentence_repeated_thousands_of_times_stays_fast() {
    let sentence = "Le conseil municipal a voté le budget de la ville pour l'année prochaine. ";
    let many = doc("m", &sentence.repeat(5000));
    let once = doc("o", sentence);
    let start = std::time::Instant::now();
    let c = compare(&many, &many.clone());
    check_invariants(&many, &many, &c);
    assert_eq!(c.shared_left, 1.0);
    let c = compare(&once, &many);
    assert_eq!(c.passages.len(), 1);
    assert_eq!(c.shared_left, 1.0);
    let c = compare(&many, &once);
    assert_eq!(c.passages.len(), 1);
    // Debug build on a shared machine: generous, but quadratic would take minutes.
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

#[test]
fn progress_is_reported_and_cancellation_stops() {
    let (left, right) = bundled_pair();
    let mut seen: Vec<f32> = Vec::new();
    let c = compare_with_progress(&left, &right, &mut |f| {
        seen.push(f);
        true
    });
    assert!(c.is_some());
    assert!(!seen.is_empty() && seen.len() <= 110, "{}", seen.len());
    assert!(seen.iter().all(|f| (0.0..=1.0).contains(f)));
    assert!(seen.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(seen.last(), Some(&1.0));
    let mut calls = 0;
    let cancelled = compare_with_progress(&left, &right, &mut |_| {
        calls += 1;
        calls < 3
    });
    assert!(cancelled.is_none());
    assert_eq!(calls, 3);
}

#[test]
fn comparison_is_send() {
    fn assert_send<T: Send + 'static>() {}
    assert_send::<Comparison>();
}

#[test]
fn english_near_verbatim_copy() {
    let a = doc(
        "a",
        "The U.S. Senate passed the bill on Tuesday by 62 votes to 38, sending it to the president. Mr. Smith said he was pleased.",
    );
    let b = doc(
        "b",
        "On Tuesday the US Senate passed the bill by 62 votes to 38, sending it to the President's desk. Critics were unimpressed.",
    );
    let c = compare(&a, &b);
    check_invariants(&a, &b, &c);
    assert_eq!(c.passages.len(), 1, "{}", show(&a, &b, &c));
    let p = &c.passages[0];
    assert!(left_text(&a, p).contains("passed the bill"));
    assert_ne!(p.kind, PassageKind::Verbatim);
    assert!(!left_text(&a, p).contains("pleased"));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "le",
        "la",
        "président",
        "État",
        "Etats",
        "l'île",
        "Kim",
        "Jong-un",
        "accord",
        "«",
        "»",
        "é",
        "rencontre",
        "Moscou",
        "a",
        "dit",
        "que",
        "nouvelle",
        "économie",
        "2019",
        "1.5",
        "M.",
        "œuvre",
        "北京",
        "\u{a0}",
        "-",
        "the",
        "deal",
        "U.S.",
    ];

    fn text() -> impl Strategy<Value = String> {
        let word = proptest::sample::select(WORDS);
        let sentence = proptest::collection::vec(word, 1..12).prop_map(|w| w.join(" "));
        let end = proptest::sample::select(&[". ", "! ", "? ", "… ", ".\n\n", "\n", ", "][..]);
        proptest::collection::vec((sentence, end), 0..12)
            .prop_map(|parts| parts.into_iter().map(|(s, e)| format!("{s}{e}")).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_pair_satisfies_the_invariants(a in text(), b in text()) {
            let (a, b) = (doc("a", &a), doc("b", &b));
            let c = compare(&a, &b);
            check_invariants(&a, &b, &c);
        }

        #[test]
        fn identical_documents_are_fully_shared(a in text()) {
            let a = doc("a", &a);
            let c = compare(&a, &a.clone());
            check_invariants(&a, &a, &c);
            if a.word_count > 0 {
                prop_assert_eq!(c.shared_left, 1.0);
                prop_assert_eq!(c.shared_right, 1.0);
            }
        }
    }
}
