#!/bin/sh
# For each argument, the number of earlier eval-blind READMEs (whole files; eval-blind82 and eval-blind83 left out) that
# hold it (grep -liF, case-insensitive). File counts only; no contents are printed.
R=/work/main/src/test/resources
for w in "$@"; do
  n=$(for f in $R/eval-blind*/README.md; do case "$f" in */eval-blind82/*|*/eval-blind83/*) continue;; esac; grep -liF -- "$w" "$f"; done | wc -l)
  echo "$n	$w"
done
