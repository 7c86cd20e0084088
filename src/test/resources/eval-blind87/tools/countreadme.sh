#!/bin/sh
# For each argument: the number of earlier eval-blind READMEs (whole files; eval-blind86 and eval-blind87 left out)
# that contain it, case-insensitive, as a fixed string. File counts only.
R=/work/main/src/test/resources
for w in "$@"; do
  n=$(for f in $R/eval-blind*/README.md; do case "$f" in */eval-blind86/*|*/eval-blind87/*) continue;; esac; grep -liF -- "$w" "$f"; done | wc -l)
  echo "$n	$w"
done
