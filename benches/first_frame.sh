#!/usr/bin/env bash
# First frame, measured from outside as a user sees it: ../shared/tools/tui-drive starts the program
# in a private tmux and reports ttff_ms, the time until given text is on screen. The text waited for
# is on the last row each program draws (visavis: its status line; vim -R: its "[readonly]" message;
# less: the file name in its prompt), so the time is that of the whole first screen, not of its
# first rows (tmux 3.3 shows a frame as it arrives).
#
# Side by side, alternated run by run so that a slow moment of the machine weighs on all:
#   vim -d and visavis on the bundled pair;
#   less on segond1910.txt and visavis on the Bible pair (4.2 + 4.3 MB);
#   less on segond1910 ×5 and visavis on a 20 MB pair (each Bible text five times, generated
#   under target/first_frame/, never committed).
# Then the peak memory (max RSS, /usr/bin/time -v) of visavis on the 20 MB pair, the comparison
# and quotations done, against the size of its input. Prints the medians, the ratios to less and
# the load average before and after (the machine is shared: read the figures with it).
# With ../shared/corpus/rpm2, also one source against 1 and 50 rewrites (the folder that
# benches/rewrites_folder.sh writes), named one by one and as a folder.
# usage: benches/first_frame.sh [RUNS] [MEMORY_RUNS]   (needs tmux, vim, less; builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
memory_runs=${2:-3}
drive=../shared/tools/tui-drive
cargo build --release --quiet
bin=target/release/visavis
wire=assets/000_843fbf8397b90504.txt rewrite=assets/002_3142bb842cecfb83.txt
bible=../shared/corpus/bible
big=target/first_frame
# A run that fails (a wait timed out) gives no figure rather than ending the script.
ttff() { { "$drive" --size 200x60 --timeout 60 "$@" 2>&1 || true; } | sed -n 's/.*ttff_ms=\([0-9.]*\).*/\1/p'; }
median() { grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "load before: $(uptime)"
have_bible=no
if [[ -f $bible/segond1910.txt && -f $bible/ostervald.txt ]]; then
  have_bible=yes
  mkdir -p "$big"
  for name in segond1910 ostervald; do
    [[ -f $big/$name-x5.txt ]] || for _ in 1 2 3 4 5; do cat "$bible/$name.txt"; done >"$big/$name-x5.txt"
  done
fi
declare -a vimd vis less_bible vis_bible less_big vis_big one fifty folder
rpm2=../shared/corpus/rpm2
if [[ -d $rpm2 ]]; then
  rewrites=$(mktemp -d)
  trap 'rm -rf "$rewrites"' EXIT
  benches/rewrites_folder.sh "$rewrites" 50 >/dev/null
  named=("$rewrites"/*.txt)
fi
for ((i = 0; i < runs; i++)); do
  vimd+=("$(ttff --wait-for '[readonly]' --keys ':qa! Enter' --wait-exit -- vim -R -d "$wire" "$rewrite")")
  vis+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin")")
  if [[ $have_bible == yes ]]; then
    less_bible+=("$(ttff --wait-for 'segond1910.txt' --keys q --wait-exit -- less "$bible/segond1910.txt")")
    vis_bible+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$bible/segond1910.txt" "$bible/ostervald.txt")")
    less_big+=("$(ttff --wait-for 'segond1910-x5.txt' --keys q --wait-exit -- less "$big/segond1910-x5.txt")")
    vis_big+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$big/segond1910-x5.txt" "$big/ostervald-x5.txt")")
  fi
  if [[ -d $rpm2 ]]; then
    one+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$rpm2/T10_C2_01.txt" "${named[0]}")")
    fifty+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$rpm2/T10_C2_01.txt" "${named[@]}")")
    folder+=("$(ttff --wait-for 'sync on' --keys q --wait-exit -- "$bin" "$rpm2/T10_C2_01.txt" "$rewrites")")
  fi
done
m() { printf '%s\n' "$@" | median; }
echo "runs: $runs (200x60, median ttff_ms from tui-drive)"
echo "vim -d, bundled pair:           $(m "${vimd[@]}") ms"
echo "visavis, bundled pair:          $(m "${vis[@]}") ms"
if [[ $have_bible == yes ]]; then
  lb=$(m "${less_bible[@]}") vb=$(m "${vis_bible[@]}") lg=$(m "${less_big[@]}") vg=$(m "${vis_big[@]}")
  echo "less, segond1910.txt (4.2 MB):  $lb ms"
  echo "visavis, Bible pair:            $vb ms   ($(ratio "$vb" "$lb")× less)"
  echo "less, segond1910 ×5 (21 MB):    $lg ms"
  echo "visavis, 20 MB pair:            $vg ms   ($(ratio "$vg" "$lg")× less)"
  input=$(($(stat -c %s "$big/segond1910-x5.txt") + $(stat -c %s "$big/ostervald-x5.txt")))
  for ((i = 0; i < memory_runs; i++)); do
    "$drive" --size 200x60 --timeout 120 --wait-for words --wait-for '% shared' --keys 'G q' --wait-exit \
      -- /usr/bin/time -v -o "$big/memory.txt" "$bin" "$big/segond1910-x5.txt" "$big/ostervald-x5.txt" >/dev/null 2>&1
    kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$big/memory.txt")
    echo "peak memory, 20 MB pair (compared): $kib KiB = $(ratio $((kib * 1024)) "$input")× the input ($input bytes)"
  done
fi
if [[ ${#one[@]} -gt 0 ]]; then
  echo "visavis, rpm2 source + 1 rewrite:          $(m "${one[@]}") ms"
  echo "visavis, rpm2 source + 50 rewrites named:  $(m "${fifty[@]}") ms"
  echo "visavis, rpm2 source + folder of 50:       $(m "${folder[@]}") ms"
fi
echo "load after: $(uptime)"
exit 0
