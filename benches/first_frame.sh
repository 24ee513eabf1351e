#!/usr/bin/env bash
# First frame, measured from outside as a user sees it: ../shared/tools/tui-drive starts the program
# in a private tmux and reports ttff_ms, the time until given text is on screen. The text waited for
# is on the last row each program draws (visavis: its status line; vim: its "[readonly]" message),
# so the time is that of the whole first screen, not of its first rows (tmux 3.3 shows a frame as
# it arrives). visavis and `vim -d` on the same pair, alternated, N runs each; prints the medians.
# With ../shared/corpus/rpm2, also one source against 1 and 50 rewrites (the folder that
# benches/rewrites_folder.sh writes), named one by one and as a folder: the first frame with 50
# should take no longer than with one.
# usage: benches/first_frame.sh [RUNS]   (needs tmux, vim; builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
drive=../shared/tools/tui-drive
cargo build --release --quiet
bin=target/release/visavis
wire=assets/000_843fbf8397b90504.txt rewrite=assets/002_3142bb842cecfb83.txt
bible=../shared/corpus/bible
# A run that fails (its text never shown) gives no figure rather than stopping the script.
ttff() { { "$drive" --size 200x60 "$@" 2>&1 || true; } | sed -n 's/.*ttff_ms=\([0-9.]*\).*/\1/p'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -a vis vimd big one fifty folder
rpm2=../shared/corpus/rpm2
if [[ -d $rpm2 ]]; then
  rewrites=$(mktemp -d)
  trap 'rm -rf "$rewrites"' EXIT
  benches/rewrites_folder.sh "$rewrites" 50 >/dev/null
  named=("$rewrites"/*.txt)
fi
for ((i = 0; i < runs; i++)); do
  vimd+=("$(ttff --wait-for '[readonly]' --keys ':qa! Enter' --wait-exit -- vim -d "$wire" "$rewrite")")
  vis+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin")")
  if [[ -f $bible/segond1910.txt ]]; then
    big+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$bible/segond1910.txt" "$bible/ostervald.txt")")
  fi
  if [[ -d $rpm2 ]]; then
    one+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$rpm2/T10_C2_01.txt" "${named[0]}")")
    fifty+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$rpm2/T10_C2_01.txt" "${named[@]}")")
    folder+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$rpm2/T10_C2_01.txt" "$rewrites")")
  fi
done
echo "runs: $runs (200x60, median ttff_ms from tui-drive)"
echo "vim -d, bundled pair:   $(printf '%s\n' "${vimd[@]}" | median) ms"
echo "visavis, bundled pair:  $(printf '%s\n' "${vis[@]}" | median) ms"
[[ ${#big[@]} -gt 0 ]] && echo "visavis, Bible pair:    $(printf '%s\n' "${big[@]}" | median) ms"
if [[ ${#one[@]} -gt 0 ]]; then
  echo "visavis, rpm2 source + 1 rewrite:          $(printf '%s\n' "${one[@]}" | median) ms"
  echo "visavis, rpm2 source + 50 rewrites named:  $(printf '%s\n' "${fifty[@]}" | median) ms"
  echo "visavis, rpm2 source + folder of 50:       $(printf '%s\n' "${folder[@]}" | median) ms"
fi
exit 0
