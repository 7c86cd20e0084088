#!/bin/sh
# Rebuild the six gold files of eval-blind89, run the independent check and score.py self-checks.
cd "$(dirname "$0")"
python3 gold_all.py
python3 check.py
python3 make_perfect.py
for g in ../*.gold.json; do
  n=$(basename "$g" .gold.json)
  for v in "" .sentence .allassert; do
    printf '%s%s: ' "$n" "$v"; python3 /work/shared/eval/score.py attributions "$g" "perfect/$n$v.json" | tail -1
  done
  printf '%s.empty: ' "$n"; python3 /work/shared/eval/score.py attributions "$g" empty.json | tail -1
done
