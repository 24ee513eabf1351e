//! The shareable report: one self-contained HTML page (styles inline, no script, nothing to
//! fetch — a Content-Security-Policy says so to the browser too) with both articles side by side
//! in the reader's colours and marks, the reuse figures and the quotation table; for several
//! rewrites, the overview table and the quotation matrix first, then one comparison per rewrite.
//! Pure: analyses in, a `String` out. Every piece of article text is escaped.

use crate::core::text::count::count as counted;
use std::fmt::Write as _;
use std::ops::Range;

use super::compare::rank::pairs::PairAnalysis;
use super::compare::rank::quote_matrix::QuoteMatrix;
use super::compare::rank::{Ranking, Row};
use super::compare::{Passage, PassageKind};
use super::diff::MarkKind;
use super::document::{BlockKind, Document};
use super::quotes::Quote;
use super::side::DocId;

/// What the report shows.
pub struct Report<'a> {
    /// Indexed by `DocId`: the source first.
    pub documents: &'a [Document],
    /// One comparison per rewrite shown, in document order (word marks computed).
    pub pairs: &'a [PairAnalysis],
    /// With several rewrites: the table of all of them, and the quotation matrix.
    pub ranking: Option<&'a Ranking>,
    pub matrix: Option<&'a QuoteMatrix>,
}

/// The whole page.
pub fn render(report: &Report) -> String {
    let text_bytes: usize = report.documents.iter().map(|d| d.text.len()).sum();
    // PERF: the page is mostly the articles' text once per pair, plus markup.
    let mut out = String::with_capacity(text_bytes * 2 + report.pairs.len() * 4096 + 16384);
    let Some(source) = report.documents.first() else {
        return out;
    };
    let several = report.ranking.is_some();
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"visavis\">\n<title>",
    );
    out.push_str("visavis report: ");
    escape_into(&mut out, &doc_name(source));
    if let [pair] = report.pairs {
        out.push_str(" and ");
        escape_into(&mut out, &doc_name(doc(report, pair.rewrite)));
    } else {
        let _ = write!(out, " and {} rewrites", report.pairs.len());
    }
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1>Comparison report</h1>\n<p class=\"lede\">Source: <strong>");
    escape_into(&mut out, &doc_name(source));
    out.push_str("</strong>");
    match report.pairs {
        [pair] => {
            out.push_str(" — rewrite: <strong>");
            escape_into(&mut out, &doc_name(doc(report, pair.rewrite)));
            out.push_str("</strong>");
        }
        pairs => {
            let _ = write!(out, " — {} rewrites compared", pairs.len());
        }
    }
    out.push_str(".</p>\n</header>\n");

    // Contents.
    out.push_str("<nav aria-labelledby=\"toc\">\n<h2 id=\"toc\">Contents</h2>\n<ol>\n");
    if several {
        out.push_str("<li><a href=\"#overview\">Overview of the rewrites</a></li>\n");
        out.push_str("<li><a href=\"#matrix\">Quotations across the rewrites</a></li>\n");
    }
    out.push_str("<li><a href=\"#legend\">How to read the marks</a></li>\n");
    for (n, pair) in report.pairs.iter().enumerate() {
        let _ = write!(out, "<li><a href=\"#pair{n}\">");
        if several {
            let _ = write!(out, "R{}: ", pair.rewrite.index());
        }
        out.push_str("Source and ");
        escape_into(&mut out, &doc_name(doc(report, pair.rewrite)));
        out.push_str("</a></li>\n");
    }
    out.push_str("</ol>\n</nav>\n<main>\n");

    if let Some(ranking) = report.ranking {
        overview(&mut out, report, ranking);
    }
    if let Some(matrix) = report.matrix {
        quote_matrix(&mut out, report, matrix);
    }
    out.push_str(LEGEND);
    for (n, pair) in report.pairs.iter().enumerate() {
        comparison(&mut out, report, n, pair, several);
    }
    out.push_str("</main>\n<footer><p>Written by visavis. Offsets and texts are those visavis read (<code>visavis text FILE</code> prints them).</p></footer>\n</body>\n</html>\n");
    out
}

fn doc<'a>(report: &Report<'a>, id: DocId) -> &'a Document {
    &report.documents[id.index().min(report.documents.len() - 1)]
}

/// A document as people know it: its file name, and its headline when it has one.
fn doc_name(doc: &Document) -> String {
    match &doc.headline {
        Some(h) => format!("{} ({h})", doc.title),
        None => doc.title.clone(),
    }
}

fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

fn overview(out: &mut String, report: &Report, ranking: &Ranking) {
    out.push_str(
        "<section id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Overview of the rewrites</h2>\n\
         <p>Best first: how much of each rewrite comes from the source, and what it did with the source's quotations.</p>\n\
         <div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Rewrite</th>\
         <th scope=\"col\">Of the rewrite from the source</th><th scope=\"col\">Of the source reused</th>\
         <th scope=\"col\">Passages (verbatim / near / paraphrase)</th>\
         <th scope=\"col\">Quotations (verbatim / cut / altered / missing / ≠ speaker)</th></tr></thead>\n<tbody>\n",
    );
    for (rank, row) in ranking.rows.iter().enumerate() {
        overview_row(out, report, rank + 1, row);
    }
    let _ = write!(
        out,
        "</tbody>\n</table></div>\n<p>{} of {} took something from the source; it has {}.</p>\n</section>\n",
        ranking.related(),
        counted(ranking.rows.len(), "rewrite", "rewrites"),
        counted(ranking.source_quotes, "quotation", "quotations")
    );
}

fn overview_row(out: &mut String, report: &Report, rank: usize, row: &Row) {
    let shown = report.pairs.iter().position(|p| p.rewrite == row.doc);
    let _ = write!(out, "<tr><td>{rank}</td><td>");
    match shown {
        Some(n) => {
            let _ = write!(out, "<a href=\"#pair{n}\">R{}: ", row.doc.index());
            escape_into(out, &doc_name(doc(report, row.doc)));
            out.push_str("</a>");
        }
        None => {
            let _ = write!(out, "R{}: ", row.doc.index());
            escape_into(out, &doc_name(doc(report, row.doc)));
        }
    }
    if !row.related {
        out.push_str(" <em>(took nothing)</em>");
    }
    let q = &row.quotes;
    let p = &row.passages;
    let _ = writeln!(
        out,
        "</td><td>{}</td><td>{}</td><td>{} / {} / {}</td><td>{} / {} / {} / {} / {}</td></tr>",
        percent(row.share_of_rewrite),
        percent(row.share_of_source),
        p.verbatim,
        p.near,
        p.paraphrase,
        q.verbatim,
        q.cut,
        q.altered,
        q.missing,
        q.other_speaker
    );
}

fn quote_matrix(out: &mut String, report: &Report, matrix: &QuoteMatrix) {
    out.push_str(
        "<section id=\"matrix\" aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">Quotations across the rewrites</h2>\n",
    );
    if matrix.quotes.is_empty() {
        out.push_str("<p>The source has no quotations.</p>\n</section>\n");
        return;
    }
    out.push_str("<p>Each of the source's quotations, and how each rewrite carries it.</p>\n<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Quotation in the source</th>");
    for id in &matrix.rewrites {
        let _ = write!(out, "<th scope=\"col\" title=\"");
        escape_into(out, &doc_name(doc(report, *id)));
        let _ = write!(out, "\">R{}</th>", id.index());
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (row, quote) in matrix.quotes.iter().enumerate() {
        out.push_str("<tr><td>");
        escape_into(out, quote.speaker.as_deref().unwrap_or("unknown"));
        out.push_str("</td><td class=\"qt\">");
        escape_into(out, &quote.text);
        out.push_str("</td>");
        for cell in matrix.row(row) {
            let label = cell.label();
            let _ = write!(
                out,
                "<td class=\"st st-{}\">{label}</td>",
                label_class(label)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

/// A CSS class for a status label (`≠ speaker` → `speaker`).
fn label_class(label: &str) -> &'static str {
    match label {
        "verbatim" => "verbatim",
        "extended" => "extended",
        "cut" => "cut",
        "altered" => "altered",
        "missing" | "only here" => "missing",
        _ => "speaker",
    }
}

fn comparison(out: &mut String, report: &Report, n: usize, pair: &PairAnalysis, several: bool) {
    let source = doc(report, DocId::SOURCE);
    let rewrite = doc(report, pair.rewrite);
    let c = &pair.comparison;
    let _ = write!(
        out,
        "<section class=\"pair\" id=\"pair{n}\" aria-labelledby=\"pair{n}-h\">\n<h2 id=\"pair{n}-h\">"
    );
    if several {
        let _ = write!(out, "R{}: ", pair.rewrite.index());
    }
    out.push_str("Source and ");
    escape_into(out, &doc_name(rewrite));
    out.push_str("</h2>\n");
    let count = |kind| c.passages.iter().filter(|p| p.kind == kind).count();
    let moved = c.passages.iter().filter(|p| p.crossing).count();
    let _ = write!(
        out,
        "<ul class=\"figures\">\n<li><strong>{}</strong> of the source's words are in passages shared with the rewrite.</li>\n\
         <li><strong>{}</strong> of the rewrite's words are in passages shared with the source.</li>\n\
         <li>{}: {} verbatim, {} near-verbatim, {} paraphrase; {} moved.</li>\n</ul>\n",
        percent(c.shared_left),
        percent(c.shared_right),
        counted(c.passages.len(), "shared passage", "shared passages"),
        count(PassageKind::Verbatim),
        count(PassageKind::Near),
        count(PassageKind::Paraphrase),
        moved
    );
    out.push_str("<div class=\"cols\">\n");
    let mut right_order: Vec<usize> = (0..c.passages.len()).collect();
    right_order.sort_by_key(|&i| c.passages[i].right.start);
    let quotes_of =
        |id: DocId| -> Vec<&Quote> { pair.quotes.iter().filter(|q| q.doc == id).collect() };
    let sides = [
        (
            Column::Left,
            source,
            (0..c.passages.len()).collect::<Vec<_>>(),
            quotes_of(DocId::SOURCE),
        ),
        (Column::Right, rewrite, right_order, quotes_of(pair.rewrite)),
    ];
    for (column, document, order, quotes) in &sides {
        article(out, n, *column, document, &c.passages, order, quotes);
    }
    out.push_str("</div>\n");
    quote_table(out, n, pair);
    out.push_str("</section>\n");
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Left,
    Right,
}

impl Column {
    fn tag(self) -> &'static str {
        match self {
            Column::Left => "l",
            Column::Right => "r",
        }
    }
    fn other(self) -> Column {
        match self {
            Column::Left => Column::Right,
            Column::Right => Column::Left,
        }
    }
    fn range(self, p: &Passage) -> Range<usize> {
        match self {
            Column::Left => p.left.clone(),
            Column::Right => p.right.clone(),
        }
    }
    fn marks(self, p: &Passage) -> &[super::diff::Mark] {
        match self {
            Column::Left => &p.left_marks,
            Column::Right => &p.right_marks,
        }
    }
}

/// One side: its metadata, then its blocks with every mark.
fn article(
    out: &mut String,
    pair: usize,
    column: Column,
    document: &Document,
    passages: &[Passage],
    order: &[usize],
    quotes: &[&Quote],
) {
    let (class, role) = match column {
        Column::Left => ("left", "Source"),
        Column::Right => ("right", "Rewrite"),
    };
    let _ = write!(
        out,
        "<article class=\"{class}\" aria-labelledby=\"a{pair}{}\">\n<h3 id=\"a{pair}{}\">{role}: ",
        column.tag(),
        column.tag()
    );
    escape_into(out, document.headline.as_deref().unwrap_or(&document.title));
    out.push_str("</h3>\n<dl class=\"meta\">");
    let mut meta = |name: &str, value: &str| {
        let _ = write!(out, "<dt>{name}</dt><dd>");
        escape_into(out, value);
        out.push_str("</dd>");
    };
    meta("file", &document.path);
    if let Some(site) = &document.site {
        meta("site", site);
    }
    if let Some(byline) = &document.byline {
        meta("by", byline);
    }
    if let Some(date) = &document.date {
        meta("date", date);
    }
    meta("words", &document.word_count.to_string());
    out.push_str("</dl>\n");

    // The marks of this side, each list sorted by start.
    let ranges: Vec<(Range<usize>, usize)> = order
        .iter()
        .map(|&i| (column.range(&passages[i]), i))
        .collect();
    let mut marks: Vec<(Range<usize>, MarkKind)> = order
        .iter()
        .flat_map(|&i| {
            column
                .marks(&passages[i])
                .iter()
                .map(|m| (m.range.clone(), m.kind))
        })
        .collect();
    marks.sort_by_key(|m| m.0.start);
    let mut spans: Vec<(Range<usize>, usize)> = quotes
        .iter()
        .flat_map(|q| q.spans.iter().map(move |s| (s.clone(), q.id)))
        .collect();
    spans.sort_by_key(|s| s.0.start);
    let mut cut: Vec<usize> =
        Vec::with_capacity(ranges.len() * 2 + marks.len() * 2 + spans.len() * 2);
    for (r, _) in &ranges {
        cut.extend([r.start, r.end]);
    }
    for (r, _) in &marks {
        cut.extend([r.start, r.end]);
    }
    for (r, _) in &spans {
        cut.extend([r.start, r.end]);
    }
    cut.sort_unstable();
    cut.dedup();

    let mut state = Cursor::default();
    let text = &document.text;
    let mut in_quote_block = false;
    for block in &document.blocks {
        let range = block.range.clone();
        let (open, close) = match block.kind {
            BlockKind::Heading => ("<h4>", "</h4>\n"),
            BlockKind::Paragraph => ("<p>", "</p>\n"),
            BlockKind::Quote => ("<p>", "</p>\n"),
        };
        let quote_block = block.kind == BlockKind::Quote;
        if quote_block && !in_quote_block {
            out.push_str("<blockquote>\n");
        } else if !quote_block && in_quote_block {
            out.push_str("</blockquote>\n");
        }
        in_quote_block = quote_block;
        out.push_str(open);
        let first = cut.partition_point(|&c| c <= range.start);
        let mut at = range.start;
        let bounds = cut[first..]
            .iter()
            .copied()
            .take_while(|&c| c < range.end)
            .chain(std::iter::once(range.end));
        for end in bounds {
            if end <= at {
                continue;
            }
            segment(
                out,
                pair,
                column,
                text,
                at..end,
                passages,
                &ranges,
                &marks,
                &spans,
                &mut state,
            );
            at = end;
        }
        out.push_str(close);
    }
    if in_quote_block {
        out.push_str("</blockquote>\n");
    }
    out.push_str("</article>\n");
}

/// Where the walk is in each sorted list (segments only move forward).
#[derive(Default)]
struct Cursor {
    passage: usize,
    mark: usize,
    span: usize,
    /// The furthest end of the quotation spans begun so far (they may nest).
    quote_reach: usize,
    /// Quotations whose anchor was written.
    anchored: std::collections::HashSet<usize>,
}

/// One run of text with one set of marks.
#[allow(clippy::too_many_arguments)]
fn segment(
    out: &mut String,
    pair: usize,
    column: Column,
    text: &str,
    seg: Range<usize>,
    passages: &[Passage],
    ranges: &[(Range<usize>, usize)],
    marks: &[(Range<usize>, MarkKind)],
    spans: &[(Range<usize>, usize)],
    state: &mut Cursor,
) {
    let Some(piece) = text.get(seg.clone()) else {
        return;
    };
    while state.passage < ranges.len() && ranges[state.passage].0.end <= seg.start {
        state.passage += 1;
    }
    while state.mark < marks.len() && marks[state.mark].0.end <= seg.start {
        state.mark += 1;
    }
    let mut new_quote = None;
    while state.span < spans.len() && spans[state.span].0.start <= seg.start {
        state.quote_reach = state.quote_reach.max(spans[state.span].0.end);
        if state.anchored.insert(spans[state.span].1) {
            new_quote = Some(spans[state.span].1);
        }
        state.span += 1;
    }
    let passage = ranges
        .get(state.passage)
        .filter(|(r, _)| r.start <= seg.start && seg.start < r.end);
    let mark = marks
        .get(state.mark)
        .filter(|(r, _)| r.start <= seg.start && seg.start < r.end)
        .map(|m| m.1);
    let quoted = state.quote_reach > seg.start;
    if let Some(id) = new_quote {
        let _ = write!(out, "<span class=\"anchor\" id=\"q{pair}-{id}\"></span>");
    }
    if let Some((r, index)) = passage
        && r.start == seg.start
    {
        let _ = write!(
            out,
            "<span class=\"anchor\" id=\"p{pair}{}{index}\"></span>",
            column.tag()
        );
    }
    let mut classes: Vec<&str> = Vec::new();
    if let Some((_, index)) = passage {
        let p = &passages[*index];
        classes.push(kind_class(p.kind));
        if p.crossing {
            classes.push("mv");
        }
    }
    match mark {
        Some(MarkKind::Word) => classes.push("w"),
        Some(MarkKind::Char) => classes.push("c"),
        None => {}
    }
    if quoted {
        classes.push("q");
    }
    if classes.is_empty() {
        escape_into(out, piece);
    } else {
        let tag = if mark.is_some() { "mark" } else { "span" };
        let _ = write!(out, "<{tag} class=\"{}\">", classes.join(" "));
        escape_into(out, piece);
        let _ = write!(out, "</{tag}>");
    }
    if let Some((r, index)) = passage
        && r.end == seg.end
    {
        let p = &passages[*index];
        let (letter, label) = match p.kind {
            PassageKind::Verbatim => ("V", "verbatim"),
            PassageKind::Near => ("N", "near-verbatim"),
            PassageKind::Paraphrase => ("P", "paraphrase"),
        };
        let other = match column.other() {
            Column::Left => "the source",
            Column::Right => "the rewrite",
        };
        let moved = if p.crossing { ", moved" } else { "" };
        let arrow = if p.crossing { "↷" } else { "" };
        let _ = write!(
            out,
            "<a class=\"ref {}\" href=\"#p{pair}{}{index}\" title=\"{label} passage {}{moved}: its counterpart in {other}\">{letter}{}{arrow}</a>",
            kind_class(p.kind),
            column.other().tag(),
            index + 1,
            index + 1
        );
    }
}

fn kind_class(kind: PassageKind) -> &'static str {
    match kind {
        PassageKind::Verbatim => "v",
        PassageKind::Near => "n",
        PassageKind::Paraphrase => "p",
    }
}

fn quote_table(out: &mut String, n: usize, pair: &PairAnalysis) {
    let _ = writeln!(out, "<h3 id=\"pair{n}-quotes\">Quotations</h3>");
    if pair.quotes.is_empty() {
        out.push_str("<p>No quotations in either article.</p>\n");
        return;
    }
    out.push_str(
        "<div class=\"scroll\"><table class=\"quotes\">\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Speaker</th>\
         <th scope=\"col\">Quotation</th><th scope=\"col\">In the other article</th></tr></thead>\n<tbody>\n",
    );
    let mut ordered: Vec<&Quote> = pair.quotes.iter().collect();
    // Full statements first, fragments after, each in reading order of their article.
    ordered.sort_by_key(|q| (q.fragment, q.doc != DocId::SOURCE, q.outer.start));
    for quote in ordered {
        let side = if quote.doc == DocId::SOURCE {
            "source"
        } else {
            "rewrite"
        };
        let _ = write!(
            out,
            "<tr{}><td>{side}",
            if quote.fragment {
                " class=\"frag\""
            } else {
                ""
            }
        );
        if quote.fragment {
            out.push_str(" <small>(fragment)</small>");
        }
        out.push_str("</td><td>");
        escape_into(out, quote.speaker.as_deref().unwrap_or("unknown"));
        let _ = write!(out, "</td><td class=\"qt\"><a href=\"#q{n}-{}\">", quote.id);
        escape_into(out, &quote.text);
        out.push_str("</a></td>");
        let status = match quote.matches.first() {
            Some(m) if m.speaker_conflict => format!("{} · ≠ speaker", m.kind.label()),
            Some(m) => format!("{} ({:.0} %)", m.kind.label(), m.similarity * 100.0),
            None => "only here".to_string(),
        };
        let class = quote.matches.first().map_or("missing", |m| {
            if m.speaker_conflict {
                "speaker"
            } else {
                label_class(m.kind.label())
            }
        });
        let _ = write!(out, "<td class=\"st st-{class}\">");
        match quote.matches.first() {
            Some(m) => {
                let _ = write!(out, "<a href=\"#q{n}-{}\">", m.id);
                escape_into(out, &status);
                out.push_str("</a>");
            }
            None => escape_into(out, &status),
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n");
}

/// Appends `text` with `& < > " '` escaped, and line breaks inside a block shown as spaces.
pub fn escape_into(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            b'\n' => " ",
            _ => continue,
        };
        out.push_str(&text[copied..i]);
        out.push_str(rep);
        copied = i + 1;
    }
    out.push_str(&text[copied..]);
}

const LEGEND: &str = "<section id=\"legend\" aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\">How to read the marks</h2>\n<ul class=\"legend\">\n\
<li><span class=\"v\">verbatim passage</span><a class=\"ref v\">V1</a>: the same words in the same order in both articles; underlined.</li>\n\
<li><span class=\"n\">near-verbatim passage</span><a class=\"ref n\">N2</a>: a few words changed, added or cut; dashed underline.</li>\n\
<li><span class=\"p\">paraphrase</span><a class=\"ref p\">P3</a>: reworded but clearly derived; dotted underline.</li>\n\
<li>The label after each passage (V, N, P and its number) links to its counterpart in the other article; <a class=\"ref n\">N4↷</a> marks a passage that moved.</li>\n\
<li><mark class=\"n w\">word</mark>: a word that differs inside a shared passage (struck through in the source, bold in the rewrite); \
<mark class=\"n c\">t</mark>: the letters that differ inside a word changed on both sides.</li>\n\
<li><span class=\"q\">quotation</span>: quoted words, in italics; the quotation table below each comparison gives the speaker and what the other article does with it.</li>\n\
</ul>\n</section>\n";

const STYLE: &str = r#"
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1c1c1c; --muted: #5a5a5a; --rule: #c8c8c8;
  --v: #cdeccd; --n: #ecebb8; --p: #d8def8; --w: #b3001b; --cbg: #b3001b; --cfg: #ffffff; --q: #006666; --link: #0b57a8; --hl: #f4f4f4; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #151515; --fg: #e8e8e8; --muted: #a8a8a8; --rule: #474747;
    --v: #005f00; --n: #5f5f00; --p: #00005f; --w: #ff6b6b; --cbg: #d70000; --cfg: #ffffff; --q: #5fffff; --link: #8ab4f8; --hl: #222222; }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 112rem; padding: 1rem 1.25rem 3rem; font: 1rem/1.55 Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
h1, h2, h3, h4, nav, table, .figures, .meta, footer, .lede { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: .2rem 0; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: .4rem 0; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
a { color: var(--link); }
nav ol { margin: .2rem 0; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2.2rem; align-items: start; }
.cols > article { min-width: 0; }
.right { border-left: 1px solid var(--rule); padding-left: 1.2rem; margin-left: -1.1rem; }
@media (max-width: 52rem) {
  .cols { grid-template-columns: minmax(0, 1fr); }
  .right { border-left: 0; margin-left: 0; padding-left: 0; border-top: 2px solid var(--rule); padding-top: .6rem; }
}
.meta { display: flex; flex-wrap: wrap; gap: .1rem .9rem; margin: 0 0 .8rem; font-size: .85rem; color: var(--muted); }
.meta dt { font-weight: 600; }
.meta dt::after { content: ":"; }
.meta dd { margin: 0 .2rem 0 -.6rem; }
blockquote { margin: .6rem 0 .6rem .4rem; padding-left: .9rem; border-left: 4px solid var(--rule); }
.v, .n, .p { text-decoration-line: underline; text-underline-offset: .22em; text-decoration-thickness: 1px; }
.v { background: var(--v); text-decoration-style: solid; }
.n { background: var(--n); text-decoration-style: dashed; }
.p { background: var(--p); text-decoration-style: dotted; }
mark { color: inherit; }
mark.w { color: var(--w); font-weight: 700; }
.left mark.w { text-decoration-line: underline line-through; }
mark.c { background: var(--cbg); color: var(--cfg); font-weight: 700; text-decoration-line: none; }
.q { font-style: italic; color: var(--q); }
.q.w { color: var(--w); }
.ref { font: 600 .68rem/1 system-ui, sans-serif; vertical-align: super; text-decoration: none; color: var(--fg);
  border: 1px solid var(--muted); border-radius: .25rem; padding: 0 .18rem; margin: 0 .12rem; white-space: nowrap; }
.anchor { scroll-margin-top: 2rem; }
:target + .v, :target + .n, :target + .p { outline: 2px solid var(--link); }
.figures { padding-left: 1.2rem; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: .9rem; margin: .4rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .25rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--hl); }
td.qt { font-family: Georgia, "Times New Roman", serif; font-style: italic; min-width: 14rem; }
tr.frag td { color: var(--muted); }
.st-verbatim::before { content: "= "; } .st-extended::before { content: "+ "; } .st-cut::before { content: "✂ "; }
.st-altered::before { content: "≈ "; } .st-missing::before { content: "∅ "; } .st-speaker::before { content: "⚠ "; }
.st-missing { color: var(--muted); }
.legend li { margin: .25rem 0; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #444444; --rule: #999999; --v: #cdeccd; --n: #ecebb8; --p: #d8def8;
    --w: #b3001b; --cbg: #b3001b; --cfg: #ffffff; --q: #005555; --link: #000000; --hl: #eeeeee; }
  @page { size: A4; margin: 14mm 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  .cols { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6mm; }
  .right { border-left: 1px solid var(--rule); border-top: 0; padding: 0 0 0 3mm; margin: 0; }
  section.pair { break-before: page; }
  p, blockquote, tr, h4 { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .scroll { overflow: visible; }
  a { text-decoration: none; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compare::rank::pairs::{PairOptions, align_pair};

    fn doc(name: &str, text: &str) -> Document {
        Document::from_text(name, name, text.to_string(), "utf-8", Vec::new())
    }

    fn pair_report(left: &Document, right: &Document) -> String {
        let docs = [left.clone(), right.clone()];
        let pair = align_pair(
            &docs[0],
            &docs[1],
            DocId(1),
            PairOptions { word_marks: true },
        );
        render(&Report {
            documents: &docs,
            pairs: std::slice::from_ref(&pair),
            ranking: None,
            matrix: None,
        })
    }

    const SOURCE: &str = "Le ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le nord du pays, qui emploient au total 1 200 salariés.\n\n« Nous n'avons pas le choix, le marché s'est effondré », a déclaré Jean Dupont devant la presse.\n\nLes syndicats appellent à une grève générale dès jeudi dans les trois sites concernés.\n";
    const REWRITE: &str = "Les syndicats appellent à une grève générale dès jeudi dans les trois sites concernés.\n\nLe ministre de l'Industrie a annoncé mardi la fermeture de trois usines dans le nord, qui emploient au total 1 200 salariés.\n\n« Nous n'avons pas le choix », a déclaré Jean Dupont.\n";

    #[test]
    fn a_pair_has_both_articles_marks_links_figures_and_quotations() {
        let html = pair_report(&doc("source.txt", SOURCE), &doc("rewrite.txt", REWRITE));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<article class=\"left\""));
        assert!(html.contains("<article class=\"right\""));
        // Shared passages by kind, each label linking to the counterpart on the other side.
        assert!(html.contains("class=\"v"), "a verbatim passage");
        assert!(html.contains("class=\"n"), "a near-verbatim passage");
        assert!(html.contains("href=\"#p0r0\"") && html.contains("id=\"p0r0\""));
        assert!(html.contains("href=\"#p0l0\"") && html.contains("id=\"p0l0\""));
        assert!(html.contains("↷"), "the moved passage is marked");
        assert!(html.contains("<mark class=\"n w\">"), "a differing word");
        assert!(html.contains("of the source's words are in passages shared"));
        // The quotation table: speaker and status.
        assert!(html.contains("<td>Jean Dupont</td>"));
        assert!(
            html.contains("st-cut") || html.contains("st-altered"),
            "{html}"
        );
        // Nothing to fetch, no script.
        for banned in ["<script", "src=", "http://", "https://", "url(", "@import"] {
            assert!(!html.contains(banned), "{banned}");
        }
        assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    }

    #[test]
    fn article_text_is_escaped_everywhere() {
        let evil = "Il a écrit <script>alert(1)</script> puis \"><img src=x onerror=alert(2)> dans le formulaire, a déclaré Jean Dupont.\n\n« <b>Rien</b> & tout », a dit Jean.\n";
        let mut left = doc("<i>left</i>.txt", evil);
        left.headline = Some("\"><script>alert(3)</script>".to_string());
        let right = doc("right.txt", evil);
        let html = pair_report(&left, &right);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img"));
        assert!(!html.contains("<b>Rien"));
        assert!(!html.contains("<i>left"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assert!(html.contains("&lt;b&gt;Rien&lt;/b&gt; &amp; tout"));
    }

    #[test]
    fn several_rewrites_come_with_the_overview_and_the_matrix_first() {
        use crate::core::compare::rank::rank;
        let docs = vec![
            doc("source.txt", SOURCE),
            doc("copy.txt", REWRITE),
            doc(
                "other.txt",
                "Le festival de musique ouvre ses portes vendredi à Lyon.\n",
            ),
        ];
        let (ranking, analyses) = rank(
            &docs,
            |_| true,
            PairOptions { word_marks: true },
            |_, _| true,
        )
        .unwrap();
        let matrix = QuoteMatrix::new(&docs[0], &analyses);
        let html = render(&Report {
            documents: &docs,
            pairs: &analyses,
            ranking: Some(&ranking),
            matrix: Some(&matrix),
        });
        let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} missing"));
        assert!(at("id=\"overview\"") < at("id=\"matrix\""));
        assert!(at("id=\"matrix\"") < at("id=\"pair0\""));
        assert!(at("id=\"pair0\"") < at("id=\"pair1\""));
        assert!(html.contains("(took nothing)"));
        assert!(html.contains("<th scope=\"col\" title=\"copy.txt\">R1</th>"));
    }

    #[test]
    fn escaping_covers_the_five_characters_and_line_breaks() {
        let mut out = String::new();
        escape_into(&mut out, "a<b>&\"c'\nd é");
        assert_eq!(out, "a&lt;b&gt;&amp;&quot;c&#39; d é");
    }
}
