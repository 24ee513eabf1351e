#!/usr/bin/env bash
# Builds a folder of N rewrites of one story for the reader's benchmarks and trials: the rpm2
# articles of story T10 (same event, several outlets), then variations of them (a paragraph
# dropped, the last two swapped, a line of the outlet's own added) until there are N.
# usage: benches/rewrites_folder.sh DIR [N]   (N defaults to 50; the source is T10_C2_01.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: benches/rewrites_folder.sh DIR [N]}
n=${2:-50}
corpus=../shared/corpus/rpm2
mkdir -p "$dir"
rm -f "$dir"/*.txt
mapfile -t story < <(ls "$corpus"/T10_*.txt | grep -v T10_C2_01.txt)
count=0
for f in "${story[@]}"; do
  ((count < n)) || break
  cp "$f" "$dir/$(basename "$f")"
  count=$((count + 1))
done
i=0
while ((count < n)); do
  f=${story[$((i % ${#story[@]}))]}
  out=$(printf '%s/V%02d_%s' "$dir" "$i" "$(basename "$f")")
  # Paragraphs are blank-line separated: drop one, swap the last two, add a line.
  awk -v drop=$((i % 5 + 2)) -v i="$i" 'BEGIN { RS = ""; ORS = "\n\n" }
    { p[NR] = $0 }
    END {
      for (k = 1; k <= NR; k++) {
        if (k == drop) continue
        if (k == NR - 1 && NR > 3) { print p[NR]; print p[NR - 1]; break }
        print p[k]
      }
      print "Notre correspondant, dépêche numéro " i "."
    }' "$f" >"$out"
  i=$((i + 1))
  count=$((count + 1))
done
echo "$dir: $count rewrites of $corpus/T10_C2_01.txt"
