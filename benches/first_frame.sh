#!/usr/bin/env bash
# First frame, measured from outside as a user sees it: ../shared/tools/tui-drive starts the program
# in a private tmux and reports ttff_ms, the time until given text is on screen. The text waited for
# is on the last row each program draws (visavis: its status line; vim: its "[readonly]" message),
# so the time is that of the whole first screen, not of its first rows (tmux 3.3 shows a frame as
# it arrives). visavis and `vim -d` on the same pair, alternated, N runs each; prints the medians.
# usage: benches/first_frame.sh [RUNS]   (needs tmux, vim; builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
drive=../shared/tools/tui-drive
cargo build --release --quiet
bin=target/release/visavis
wire=assets/000_843fbf8397b90504.txt rewrite=assets/002_3142bb842cecfb83.txt
bible=../shared/corpus/bible
ttff() { "$drive" --size 200x60 "$@" 2>&1 | sed -n 's/.*ttff_ms=\([0-9.]*\).*/\1/p'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -a vis vimd big
for ((i = 0; i < runs; i++)); do
  vimd+=("$(ttff --wait-for '[readonly]' --keys ':qa! Enter' --wait-exit -- vim -d "$wire" "$rewrite")")
  vis+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin")")
  if [[ -f $bible/segond1910.txt ]]; then
    big+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$bible/segond1910.txt" "$bible/ostervald.txt")")
  fi
done
echo "runs: $runs (200x60, median ttff_ms from tui-drive)"
echo "vim -d, bundled pair:   $(printf '%s\n' "${vimd[@]}" | median) ms"
echo "visavis, bundled pair:  $(printf '%s\n' "${vis[@]}" | median) ms"
[[ ${#big[@]} -gt 0 ]] && echo "visavis, Bible pair:    $(printf '%s\n' "${big[@]}" | median) ms"
exit 0
