//! Scoring of alignment quality against gold data, shared by the `align_quality` bench and the
//! corpus test in `tests/align_cli.rs`:
//! - the two French Bible translations: of the passages reported, the share whose two sides
//!   cover at least one common (book, chapter, verse), by count and by bytes (target ≥ 95 %);
//! - the two digitisations of Flaubert's novel: the share of each text's words inside passages
//!   (target ≥ 98 %).
//!
//! Reads `../shared/corpus/` beside the checkout (or `$VISAVIS_CORPUS`); each scorer returns
//! None, after saying so, when its files are absent.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use visavis::core::compare::{Comparison, compare};
use visavis::core::document::Document;
use visavis::core::text::boundary::floor_char_boundary;

type Verse = (String, u32, u32);

/// Byte intervals of `doc.text` that hold each verse, found by locating the verse texts in
/// order (the .txt joins a chapter's verses into one paragraph, under book-name headings).
fn verse_map(doc: &Document, tsv: &Path) -> Vec<(usize, usize, u32)> {
    let Ok(gold) = std::fs::read_to_string(tsv) else {
        return Vec::new();
    };
    let mut ids: HashMap<Verse, u32> = HashMap::new();
    let mut out = Vec::new();
    let mut cursor = 0usize;
    let text = &doc.text;
    for line in gold.lines() {
        let mut fields = line.splitn(4, '\t');
        let (Some(book), Some(chapter), Some(verse), Some(verse_text)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let key: Verse = (
            book.to_string(),
            chapter.parse().unwrap_or(0),
            verse.parse().unwrap_or(0),
        );
        let next = ids.len() as u32;
        let id = *ids.entry(key).or_insert(next);
        let verse_text = verse_text.trim();
        if verse_text.is_empty() {
            continue;
        }
        // Look a little way ahead only, so a verse the .txt spells differently costs little.
        let window_end = floor_char_boundary(text, cursor + 64 * 1024 + verse_text.len());
        if let Some(found) = text[cursor..window_end].find(verse_text) {
            let start = cursor + found;
            out.push((start, start + verse_text.len(), id));
            cursor = start + verse_text.len();
        }
    }
    out
}

fn verses_in(map: &[(usize, usize, u32)], range: &std::ops::Range<usize>) -> Vec<u32> {
    let first = map.partition_point(|v| v.1 <= range.start);
    map[first..]
        .iter()
        .take_while(|v| v.0 < range.end)
        .map(|v| v.2)
        .collect()
}

/// Verse ids are per file; both files number (book, chapter, verse) the same way, and the gold
/// files list them in the same order, so ids agree when both files list the same verses.
pub fn bible(corpus: &Path) -> Option<bool> {
    let dir = corpus.join("bible");
    let (Ok(left), Ok(right)) = (
        Document::open(&dir.join("segond1910.txt")),
        Document::open(&dir.join("ostervald.txt")),
    ) else {
        println!("bible: corpus not found in {}, skipped", dir.display());
        return None;
    };
    let start = Instant::now();
    let comparison = compare(&left, &right);
    let elapsed = start.elapsed();
    let left_map = verse_map(&left, &dir.join("segond1910.verses.tsv"));
    let right_map = verse_map(&right, &dir.join("ostervald.verses.tsv"));
    println!(
        "bible: located {} + {} verses; compare took {:.3} s",
        left_map.len(),
        right_map.len(),
        elapsed.as_secs_f64()
    );
    let (mut good, mut good_bytes, mut total_bytes, mut unknown) = (0usize, 0usize, 0usize, 0usize);
    for p in &comparison.passages {
        let lv = verses_in(&left_map, &p.left);
        let rv = verses_in(&right_map, &p.right);
        let bytes = p.left.len() + p.right.len();
        total_bytes += bytes;
        if lv.is_empty() || rv.is_empty() {
            unknown += 1;
        }
        if lv.iter().any(|v| rv.contains(v)) {
            good += 1;
            good_bytes += bytes;
        } else if std::env::var_os("VISAVIS_SHOW_ERRORS").is_some() {
            println!(
                "wrong ({:?}, crossing {}):\n  {}\n  {}",
                p.kind,
                p.crossing,
                &left.text[p.left.clone()],
                &right.text[p.right.clone()]
            );
        }
    }
    let n = comparison.passages.len().max(1);
    let by_count = good as f64 / n as f64;
    let by_bytes = good_bytes as f64 / total_bytes.max(1) as f64;
    report_kinds("bible", &comparison);
    println!(
        "bible: {} passages, {:.2} % pair text from the same verses ({:.2} % by bytes; {} with a side outside any located verse); shared words {:.1} % / {:.1} %",
        comparison.passages.len(),
        by_count * 100.0,
        by_bytes * 100.0,
        unknown,
        comparison.shared_left * 100.0,
        comparison.shared_right * 100.0
    );
    Some(by_count >= 0.95)
}

fn report_kinds(name: &str, c: &Comparison) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for p in &c.passages {
        *counts
            .entry(format!("{:?}", p.kind).to_lowercase())
            .or_default() += 1;
    }
    let crossing = c.passages.iter().filter(|p| p.crossing).count();
    let mut kinds: Vec<_> = counts.into_iter().collect();
    kinds.sort();
    println!("{name}: kinds {kinds:?}, crossing {crossing}");
}

pub fn flaubert(corpus: &Path) -> Option<bool> {
    let dir = corpus.join("novels");
    let (Ok(left), Ok(right)) = (
        Document::open(&dir.join("flaubert-education-eltec.txt")),
        Document::open(&dir.join("flaubert-education-cligs.txt")),
    ) else {
        println!("flaubert: corpus not found in {}, skipped", dir.display());
        return None;
    };
    let start = Instant::now();
    let comparison = compare(&left, &right);
    let elapsed = start.elapsed();
    report_kinds("flaubert", &comparison);
    println!(
        "flaubert: {} passages in {:.3} s; words inside passages: eltec {:.2} %, cligs {:.2} %",
        comparison.passages.len(),
        elapsed.as_secs_f64(),
        comparison.shared_left * 100.0,
        comparison.shared_right * 100.0
    );
    Some(comparison.shared_left >= 0.98 && comparison.shared_right >= 0.98)
}

/// `$VISAVIS_CORPUS`, or `../shared/corpus` beside the checkout.
pub fn corpus_dir() -> PathBuf {
    std::env::var_os("VISAVIS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}
