#!/bin/bash
# Instruction counts of the book-scale paths, for before/after comparisons on a busy machine:
# valgrind's callgrind counts the instructions a run executes, which does not depend on what else
# runs (two runs of one binary agree to about 0.001 %).
#
#   benches/instructions.sh [CHECKOUT…]      (default: this checkout)
#
# Each checkout is built first (release binary and benches); the corpora are read from
# ../shared/corpus beside it. Prints one Markdown row per checkout and measurement, in millions of
# instructions: the whole run, and the part spent in the function named (inclusive).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 0 ] && set -- "$here"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
vg=(valgrind --tool=callgrind --dump-instr=no --collect-jumps=no)

# total FILE: the instructions of the whole run; part FILE FUNCTION: those inside FUNCTION (the
# largest of its lines: callgrind also lists the parts inlined from other files under its name).
# callgrind_annotate runs from / so that it names every file by its full path (inside a checkout
# it shortens some names, and a function's lines then count apart).
total() { (cd / && callgrind_annotate "$1" 2>/dev/null) | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}'; }
part() {
    (cd / && callgrind_annotate --inclusive=yes "$1" 2>/dev/null) |
        awk -v f=":$2 [" 'index($0, f) {gsub(",", "", $1); v = $1 + 0; if (v > max) max = v}
            END {printf "%.0f\n", max}'
}
row() { # checkout, measurement, callgrind file, function
    printf '| %s | %s | %.1f M | %s | %.1f M |\n' "$1" "$2" "$(($(total "$3") / 1000))e-3" "$4" \
        "$(($(part "$3" "$4") / 1000))e-3"
}

echo "| checkout | run | instructions | of which in | instructions |"
echo "|---|---|---|---|---|"
for checkout in "$@"; do
    cd "$checkout"
    name=$(basename "$checkout")
    cargo build --release --quiet
    cargo bench --no-run --quiet 2>/dev/null
    newest() { ls -t target/release/deps/"$1"-* | grep -v '\.d$' | head -1; }
    bible=../shared/corpus/bible
    "${vg[@]}" --callgrind-out-file="$out/align.cg" target/release/visavis align \
        "$bible/segond1910.txt" "$bible/ostervald.txt" --json >/dev/null 2>&1
    row "$name" "align --json, Bible pair" "$out/align.cg" visavis::core::compare::compare_with_options
    row "$name" "align --json, Bible pair" "$out/align.cg" visavis::core::document::Document::from_bytes
    BENCH_RUNS=1 "${vg[@]}" --callgrind-out-file="$out/quotes.cg" "$(newest quotes)" \
        "Bible pair (analyse" >/dev/null 2>&1
    row "$name" "quotes bench, Bible pair (analyse), 1 run" "$out/quotes.cg" visavis::core::quotes::analyse
    BENCH_RUNS=1 BENCH_SCALE=1 "${vg[@]}" --callgrind-out-file="$out/news.cg" "$(newest quotes)" \
        "news-like" >/dev/null 2>&1
    row "$name" "quotes bench, news-like 1× (extract), 1 run" "$out/news.cg" visavis::core::quotes::extract
    "${vg[@]}" --callgrind-out-file="$out/quality.cg" "$(newest align_quality)" --bench >/dev/null 2>&1
    row "$name" "align_quality (compare with word marks, Bible + Flaubert)" "$out/quality.cg" \
        visavis::core::compare::compare_with_options
done
