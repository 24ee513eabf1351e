//! Ranking on real news: French articles of 2008 from `../shared/corpus/rpm2/`, grouped by
//! story (`Txx_…`). For a few sources, against every other article of the story and a few of
//! each other story: the articles of the story that share a sentence with the source rank above
//! all others, no other story's article counts as having taken something, and the prefilter
//! keeps every article that did (skipped, with a message, when the corpus is absent).

use std::path::{Path, PathBuf};

use visavis::core::compare::PassageKind;
use visavis::core::compare::rank::pairs::{PairOptions, analyse_pairs};
use visavis::core::compare::rank::{Ranking, choose_candidates};
use visavis::core::document::Document;
use visavis::core::side::DocId;
use visavis::core::text::words::count_words;

/// Sources of different stories, some sharing much with their story, some little.
const SOURCES: [&str; 4] = [
    "T10_C1_09.txt",
    "T02_C1_07.txt",
    "T03_C1_05.txt",
    "T13_C1_09.txt",
];
/// A sentence, for "shares a sentence": a verbatim or near-verbatim passage this long.
const SENTENCE_WORDS: usize = 10;

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/rpm2");
    dir.join(SOURCES[0]).exists().then_some(dir)
}

fn topic(name: &str) -> &str {
    &name[..3]
}

#[test]
fn same_story_articles_that_share_sentences_rank_above_all_others() {
    let Some(dir) = corpus() else {
        eprintln!("skipped: ../shared/corpus/rpm2 is absent");
        return;
    };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("read the corpus")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('T') && n.ends_with(".txt"))
        .collect();
    names.sort();
    for source in SOURCES {
        // The source, its story's other articles, two articles of every other story.
        let mut chosen: Vec<&str> = vec![source];
        chosen.extend(
            names
                .iter()
                .map(String::as_str)
                .filter(|n| *n != source)
                .filter(|n| {
                    topic(n) == topic(source)
                        || n.ends_with("C1_01.txt")
                        || n.ends_with("C2_05.txt")
                }),
        );
        let documents: Vec<Document> = chosen
            .iter()
            .map(|n| Document::open(&dir.join(n)).expect("an rpm2 article loads"))
            .collect();
        let everyone: Vec<DocId> = (1..documents.len()).map(DocId).collect();
        let analyses = analyse_pairs(&documents, &everyone, PairOptions::default(), |_, _| true)
            .expect("not cancelled");
        let ranking = Ranking::new(&documents, &analyses);
        let shares_a_sentence = |doc: DocId| {
            analyses[doc.index() - 1]
                .comparison
                .passages
                .iter()
                .any(|p| {
                    p.kind != PassageKind::Paraphrase
                        && count_words(&documents[0].text[p.left.clone()]) >= SENTENCE_WORDS
                })
        };
        let position = |doc: DocId| ranking.rows.iter().position(|r| r.doc == doc);
        let same: Vec<DocId> = everyone
            .iter()
            .copied()
            .filter(|&d| topic(chosen[d.index()]) == topic(source) && shares_a_sentence(d))
            .collect();
        let others: Vec<DocId> = everyone
            .iter()
            .copied()
            .filter(|&d| topic(chosen[d.index()]) != topic(source))
            .collect();
        assert!(!others.is_empty());
        let worst_same = same.iter().filter_map(|&d| position(d)).max();
        let best_other = others.iter().filter_map(|&d| position(d)).min();
        if let (Some(worst), Some(best)) = (worst_same, best_other) {
            assert!(
                worst < best,
                "{source}: {} (sharing a sentence) ranks below {}",
                chosen[ranking.rows[worst].doc.index()],
                chosen[ranking.rows[best].doc.index()]
            );
        }
        for row in &ranking.rows {
            let name = chosen[row.doc.index()];
            assert!(
                topic(name) == topic(source) || !row.related,
                "{source}: {name}, another story, counts as having taken something: {row:?}"
            );
        }
        // The prefilter keeps every article that took something.
        let candidates = choose_candidates(&documents, |_| false);
        for row in ranking.rows.iter().filter(|r| r.related) {
            assert!(
                candidates.contains(&row.doc),
                "{source}: the prefilter set aside {}, which took something: {row:?}",
                chosen[row.doc.index()]
            );
        }
        eprintln!(
            "{source}: {} of {} same-story articles share a sentence; {} related; {} candidates of {}",
            same.len(),
            everyone.len() - others.len(),
            ranking.related(),
            candidates.len(),
            everyone.len()
        );
    }
}
