#!/bin/sh
# Count, for each argument, the earlier eval-blind READMEs (eval-blind84 and eval-blind85 left out) that hold it
# (grep -liF: case-insensitive fixed substring, whole README files). File counts only.
R=/work/main/src/test/resources
for w in "$@"; do
  n=$(for f in $R/eval-blind*/README.md; do case "$f" in */eval-blind84/*|*/eval-blind85/*) continue;; esac; grep -liF -- "$w" "$f"; done | wc -l)
  echo "$w | $n"
done
