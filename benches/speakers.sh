#!/usr/bin/env bash
# Speaker accuracy and quotation F1 on a hand-annotated set, scored by the shared scorer
# (../shared/evaldata/quotes-dev/score.py, whose README gives the rules). A set is a directory
# holding gold.json (quotes-dev's schema: cases, each naming its left and right article files in the
# directory) and the article files; the default set is quotes-dev itself.
# For each case, `visavis quotes --json LEFT RIGHT` is written to OUT/<CASE>.json, which is the shape
# score.py reads (it keeps doc, text and speaker of each quotation), then score.py prints one line per
# case and the TOTAL.
# usage: benches/speakers.sh [SETDIR] [--bin PATH] [--out DIR] [--verbose]
#   --bin: a visavis binary to score instead of building the release one (to compare two builds)
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir=../shared/evaldata/quotes-dev bin="" out="" verbose=()
while (($#)); do
    case $1 in
        --bin) bin=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --verbose) verbose=(--verbose); shift ;;
        -*) echo "speakers.sh: unknown option $1" >&2; exit 2 ;;
        *) set_dir=$1; shift ;;
    esac
done
scorer=../shared/evaldata/quotes-dev/score.py
for need in "$set_dir/gold.json" "$scorer"; do
    [[ -f $need ]] || { echo "speakers.sh: $need: not found" >&2; exit 1; }
done
if [[ -z $bin ]]; then
    cargo build --release --quiet
    bin=target/release/visavis
fi
out=${out:-target/speakers/$(basename "$set_dir")}
mkdir -p "$out"
rm -f "$out"/*.json
# One line per case: name, left file, right file (names in the set's directory).
python3 - "$set_dir/gold.json" <<'EOF' |
import json, sys
for name, case in json.load(open(sys.argv[1]))["cases"].items():
    print(name, case["left"], case["right"], sep="\t")
EOF
while IFS=$'\t' read -r name left right; do
    "$bin" quotes --json "$set_dir/$left" "$set_dir/$right" >"$out/$name.json"
done
python3 "$scorer" "$out" --gold "$set_dir/gold.json" "${verbose[@]}"
