//! Throughput of quotation extraction and attribution (`core::quotes::extract`) and of the
//! whole pair analysis (`analyse`: both extractions plus cross-article matching), on the Bible
//! pair, a generated quote-dense text and adversarial inputs at 1× and 4× to show linearity.
//!
//! Run: `cargo bench --bench quotes` (prints a Markdown table). Documents are built outside
//! the timed part: loading and block splitting belong to `core::document`.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use visavis::core::document::Document;
use visavis::core::quotes::{analyse, extract};
use visavis::core::side::DocId;

/// Runs per input (`BENCH_RUNS` overrides, e.g. for profiling).
fn runs() -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7)
        .max(1)
}

fn doc(name: &str, text: String) -> Document {
    Document::from_text(name, name, text, "utf-8", Vec::new())
}

/// What a measurement gives: median and best wall time, mean on-CPU time of the thread, and
/// the number of quotations found.
struct Timing {
    median: Duration,
    best: Duration,
    cpu: Option<Duration>,
    quotes: usize,
}

/// Nanoseconds this thread has spent on a CPU (Linux `schedstat`): unlike wall time, it does
/// not count the time other processes on this shared machine held the CPU. This thread only:
/// a book's blocks are prepared on other threads (`attribution::reading`), whose time it
/// leaves out.
fn cpu_time() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Runs `f` `BENCH_RUNS` times (7 by default). The machine is shared, so besides the median the
/// best run (the least disturbed) and the on-CPU time are reported.
fn median(mut f: impl FnMut() -> usize) -> Timing {
    let runs = runs();
    let mut times = Vec::with_capacity(runs);
    let mut quotes = 0;
    let cpu_start = cpu_time();
    for _ in 0..runs {
        let start = Instant::now();
        quotes = black_box(f());
        times.push(start.elapsed());
    }
    let cpu = cpu_start
        .zip(cpu_time())
        .map(|(a, b)| Duration::from_nanos(b.saturating_sub(a) / runs as u64));
    times.sort();
    Timing {
        median: times[runs / 2],
        best: times[0],
        cpu,
        quotes,
    }
}

/// `cargo bench --bench quotes -- WORD` runs only the inputs whose name contains WORD.
fn selected(name: &str) -> bool {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()))
}

/// Every input measured so far: (name, bytes, on-CPU or else median seconds), for the
/// linearity table.
static MEASURED: std::sync::Mutex<Vec<(String, usize, f64)>> = std::sync::Mutex::new(Vec::new());

fn report(name: &str, bytes: usize, t: Timing) {
    let seconds = t.cpu.unwrap_or(t.median).as_secs_f64();
    if let Ok(mut m) = MEASURED.lock() {
        m.push((name.to_string(), bytes, seconds));
    }
    let mb = bytes as f64 / 1e6;
    let rate = |d: Duration| mb / d.as_secs_f64().max(1e-9);
    let cpu = t.cpu.map_or("n/a".to_string(), |c| {
        format!("{:.2} ms | {:.0} MB/s", c.as_secs_f64() * 1e3, rate(c))
    });
    println!(
        "| {name} | {mb:.2} MB | {} | {:.2} ms | {:.0} MB/s | {:.2} ms | {:.0} MB/s | {cpu} |",
        t.quotes,
        t.median.as_secs_f64() * 1e3,
        rate(t.median),
        t.best.as_secs_f64() * 1e3,
        rate(t.best),
    );
}

/// Measures `extract` on the document `make` builds (only when `name` is selected).
fn extract_one(name: &str, make: impl FnOnce() -> Document) {
    if !selected(name) {
        return;
    }
    let d = make();
    if std::env::var_os("BENCH_DENSITY").is_some() {
        let q = extract(&d, DocId(0));
        let quoted: usize = q.iter().flat_map(|q| q.spans.iter()).map(|r| r.len()).sum();
        eprintln!(
            "{name}: one quotation per {} bytes, {:.0} % of the text quoted",
            d.text.len() / q.len().max(1),
            100.0 * quoted as f64 / d.text.len().max(1) as f64
        );
    }
    report(name, d.text.len(), median(|| extract(&d, DocId(0)).len()));
}

/// `paragraphs` in turn, separated by blank lines, until the text is at least `target` bytes.
fn repeat_paragraphs(paragraphs: &[&str], target: usize) -> String {
    let longest = paragraphs.iter().map(|p| p.len()).max().unwrap_or(0);
    let mut out = String::with_capacity(target + longest + 2);
    for paragraph in paragraphs.iter().cycle() {
        if out.len() >= target {
            break;
        }
        out.push_str(paragraph);
        out.push_str("\n\n");
    }
    out
}

/// Paragraphs of news prose dense with quotations of every kind, French and English.
fn quote_dense(target: usize) -> String {
    let paragraphs = [
        "« Nous irons jusqu'au bout, a promis la maire. Rien ne sera laissé au hasard. » La maire de Lille, Martine Aubry, a visité le chantier mardi.",
        "\"We will rebuild the bridge,\" said Jane Doe, the mayor. \"It is a matter of months,\" she added, calling it \"a historic day\".",
        "Le président russe Vladimir Poutine a salué les « liens historiques » avec Pyongyang. « Sur le plan bilatéral, nous avons beaucoup à faire », a-t-il déclaré.",
        "Selon Paul Martin, « tout est possible ». D'après le porte-parole du gouvernement, « l'essentiel est fait ». Il a dénoncé une « provocation ».",
        "“It’s the players’ day,” John Smith told reporters. According to John Smith, ‘nothing’ changed, and he said: “We’ve won.”",
        "« Je pense, dit-il, que cette rencontre sera très utile » — Kim Jong Un. „Wir schaffen das“, sagte sie, et ‹ personne › ne l'a contredite.",
    ];
    repeat_paragraphs(&paragraphs, target)
}

/// News prose where every paragraph quotes someone at length, like the bundled wire story but
/// denser: statements of one or two sentences, attributions of every kind, a few fragments.
fn news_dense(target: usize) -> String {
    let paragraphs = [
        "Le président russe Vladimir Poutine a accueilli jeudi à Vladivostok le dirigeant nord-coréen Kim Jong Un pour un premier sommet. « Je suis sûr que votre visite nous aidera à mieux comprendre comment résoudre la situation sur la péninsule, et ce que la Russie peut faire pour soutenir les tendances positives », a déclaré le président russe.",
        "« Sur le plan bilatéral, nous avons beaucoup à faire pour développer nos relations économiques et culturelles, et nous le ferons. » Le dirigeant nord-coréen a quant à lui salué les « liens historiques » entre les deux pays, avant de promettre « un dialogue significatif ».",
        "\"We will rebuild the bridge before the winter, whatever it costs, because this city cannot live cut in two,\" said Jane Doe, the mayor of the town, on Monday. \"The works will start next week and nobody will be left behind,\" she added.",
        "Selon le porte-parole du gouvernement, Paul Martin, « l'essentiel du travail est fait et le calendrier sera tenu, malgré les retards accumulés depuis le printemps ». « Nous irons jusqu'au bout, a-t-il promis. Rien ne sera laissé au hasard. »",
        "According to John Smith, the union's chief negotiator, \"the offer on the table is not acceptable as it stands, and our members will not accept it without changes to the pension plan.\" Mr. Smith told reporters that talks would resume on Thursday.",
        "La ministre de la Santé, Marie Dupont, a estimé mardi que « la situation dans les hôpitaux reste très tendue, même si le nombre de patients admis en réanimation commence à baisser ». Elle a dénoncé une « campagne de désinformation » sur les réseaux sociaux.",
    ];
    repeat_paragraphs(&paragraphs, target)
}

fn repeat_to(unit: &str, target: usize) -> String {
    unit.repeat(target / unit.len() + 1)
}

fn main() {
    println!(
        "| input | size | quotations | median | MB/s (median) | best | MB/s (best) | CPU time | MB/s (CPU) |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bible");
    let read = |name: &str| {
        std::fs::read(corpus.join(name))
            .ok()
            .and_then(|b| Document::from_bytes(name, &b).ok())
    };
    let bible = [
        "Bible: segond1910 (extract)",
        "Bible: ostervald (extract)",
        "Bible pair (extract both)",
        "Bible pair (analyse: both + matching)",
        "one huge paragraph (segond1910, newlines removed)",
    ];
    if bible.iter().any(|name| selected(name)) {
        match (read("segond1910.txt"), read("ostervald.txt")) {
            (Some(left), Some(right)) => {
                extract_one(bible[0], || left.clone());
                extract_one(bible[1], || right.clone());
                let bytes = left.text.len() + right.text.len();
                if selected(bible[2]) {
                    report(
                        bible[2],
                        bytes,
                        median(|| extract(&left, DocId(0)).len() + extract(&right, DocId(1)).len()),
                    );
                }
                if selected(bible[3]) {
                    report(bible[3], bytes, median(|| analyse(&left, &right).len()));
                }
                extract_one(bible[4], || {
                    doc("bible-one-paragraph", left.text.replace('\n', " "))
                });
            }
            _ => println!("| Bible pair | missing: {} | | | |", corpus.display()),
        }
    }
    const MB: usize = 1_000_000;
    // `BENCH_SCALE=4` runs one scale only (for profiling).
    let scales: Vec<usize> = match std::env::var("BENCH_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        Some(scale) => vec![scale],
        None => vec![1, 4],
    };
    let mut per_scale: Vec<Vec<(String, usize, f64)>> = Vec::new();
    for &scale in &scales {
        let before = MEASURED.lock().map_or(0, |m| m.len());
        extract_one(&format!("news-like quote-dense text {scale}×"), || {
            doc("news", news_dense(2 * MB * scale))
        });
        extract_one(&format!("extreme quote density {scale}×"), || {
            doc("dense", quote_dense(2 * MB * scale))
        });
        let pair = "extreme quote density pair 1× (analyse)";
        if scale == 1 && selected(pair) {
            let left = doc("dense", quote_dense(2 * MB));
            let right = doc(
                "dense-right",
                quote_dense(2 * MB).replace("beaucoup", "tant"),
            );
            report(
                pair,
                left.text.len() + right.text.len(),
                median(|| analyse(&left, &right).len()),
            );
        }
        extract_one(
            &format!("extreme quote density, one paragraph {scale}×"),
            || {
                doc(
                    "dense-one-paragraph",
                    quote_dense(MB * scale).replace("\n\n", " "),
                )
            },
        );
        extract_one(
            &format!("{} unclosed «, one paragraph", 10_000 * scale),
            || doc("unclosed", "« ouvert ".repeat(10_000 * scale)),
        );
        extract_one(
            &format!("{} unclosed «, one per line", 10_000 * scale),
            || {
                doc(
                    "unclosed-lines",
                    "Il a dit « jamais fermé\n".repeat(10_000 * scale),
                )
            },
        );
        extract_one(
            &format!("{} unclosed \", one paragraph", 10_000 * scale),
            || doc("straight", "\"ouvert ".repeat(10_000 * scale)),
        );
        extract_one(
            &format!("quote running to the end, {} MB", 4 * scale),
            || {
                let words = repeat_to("des mots, encore des mots ", 4 * MB * scale);
                doc("to-end", format!("Début. « {words}"))
            },
        );
        extract_one(&format!("apostrophes everywhere {scale}×"), || {
            doc(
                "apostrophes",
                repeat_to("l'a d'l' 'x' ''' ' ’ ‘ aujourd’hui we've ", MB * scale),
            )
        });
        per_scale.push(
            MEASURED
                .lock()
                .map_or_else(|_| Vec::new(), |m| m[before..].to_vec()),
        );
    }
    linearity(&scales, &per_scale);
}

/// Linearity: each input at 1× against the same input at 4× (the inputs come in the same
/// order at every scale; the pair, measured at 1× only, is left out). On-CPU time per byte
/// should stay about the same: a time ratio more than 1.5 times the bytes ratio is flagged.
fn linearity(scales: &[usize], per_scale: &[Vec<(String, usize, f64)>]) {
    let (Some(one), Some(four)) = (
        scales.iter().position(|&s| s == 1),
        scales.iter().position(|&s| s == 4),
    ) else {
        return;
    };
    let alone = |v: &[(String, usize, f64)]| -> Vec<(String, usize, f64)> {
        v.iter()
            .filter(|(n, _, _)| !n.contains("pair"))
            .cloned()
            .collect()
    };
    println!();
    println!("| input (1× → 4×) | bytes ratio | time ratio | time / bytes | linear |");
    println!("|---|---|---|---|---|");
    for (a, b) in alone(&per_scale[one]).iter().zip(&alone(&per_scale[four])) {
        let bytes = b.1 as f64 / a.1.max(1) as f64;
        let time = b.2 / a.2.max(1e-9);
        let per_byte = time / bytes;
        println!(
            "| {} → {} | {bytes:.2} | {time:.2} | {per_byte:.2} | {} |",
            a.0,
            b.0,
            if per_byte <= 1.5 { "yes" } else { "**no**" }
        );
    }
}
