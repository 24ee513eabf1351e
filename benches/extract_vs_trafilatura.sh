#!/usr/bin/env bash
# visavis against Python trafilatura on the same saved pages, side by side: ROUNDS alternating
# rounds (visavis, then Python), each page's minimum over ITERS runs per round and over the
# rounds. Prints the medians and the throughput ratio (sum of Python's page times over
# visavis's) on article pages.
# usage: benches/extract_vs_trafilatura.sh [PAGES_DIR] [PYTHON]
#   PAGES_DIR defaults to $VISAVIS_PAGES or ../scratch/html/pages; PYTHON to
#   ../scratch/html/venv/bin/python (a venv with `pip install trafilatura==2.3.1`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pages=${1:-${VISAVIS_PAGES:-../scratch/html/pages}}
python=${2:-../scratch/html/venv/bin/python}
rounds=${ROUNDS:-3}; iters=${ITERS:-10}
[[ -d $pages ]] || { echo "no pages at $pages"; exit 0; }
"$python" -c 'import trafilatura' 2>/dev/null || { echo "no trafilatura for $python"; exit 0; }
out=$(mktemp -d)
cargo bench --bench extract --no-run -q 2>/dev/null
for r in $(seq "$rounds"); do
    VISAVIS_PAGES=$pages VISAVIS_ITERS=$iters VISAVIS_TIMES=$out/rust$r.tsv \
        cargo bench -q --bench extract >/dev/null 2>&1
    "$python" benches/extract/py_trafilatura.py "$pages" "$iters" > "$out/py$r.tsv"
done
python3 - "$out" "$rounds" "$pages" <<'PY'
import sys, os, statistics
out, rounds, pages = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def load(prefix):
    best = {}
    for r in range(1, rounds + 1):
        for line in open(f'{out}/{prefix}{r}.tsv'):
            page, ms = line.split('\t'); best[page] = min(best.get(page, 1e9), float(ms))
    return best
rust, py = load('rust'), load('py')
# article pages only: the gold is not empty
pages_ok = [p for p in py if p in rust and os.path.getsize(os.path.join(pages, p, 'gold.txt')) > 0]
rs, ps = [rust[p] for p in pages_ok], [py[p] for p in pages_ok]
ratios = sorted(py[p] / rust[p] for p in pages_ok)
print(f'pages {len(pages_ok)}, {rounds} rounds x {len(rs) and ""}min of runs')
print(f'visavis (decode + extract + blocks): median {statistics.median(rs):.2f} ms, max {max(rs):.2f} ms, total {sum(rs):.1f} ms')
print(f'python trafilatura (extraction only): median {statistics.median(ps):.2f} ms, max {max(ps):.2f} ms, total {sum(ps):.1f} ms')
print(f'throughput ratio (python total / visavis total): {sum(ps)/sum(rs):.1f}x; per-page ratio median {statistics.median(ratios):.1f}x [{ratios[0]:.1f}-{ratios[-1]:.1f}]')
PY
rm -r "$out"
