#!/bin/sh
# For each argument, prints the number of earlier eval-blind READMEs (eval-blind82 and eval-blind83 left out) that hold it
# (grep -liF: case-insensitive, fixed string; file counts only, no contents).
R=/work/main/src/test/resources
for w in "$@"; do
  n=$(ls $R/eval-blind*/README.md 2>/dev/null | grep -v -e '/eval-blind82/' -e '/eval-blind83/' | xargs grep -liF -- "$w" 2>/dev/null | wc -l)
  echo "$w: $n"
done
