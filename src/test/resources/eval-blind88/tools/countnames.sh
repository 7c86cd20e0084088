#!/bin/sh
# For each argument, prints the number of files under /work/main/src/test/resources (eval-blind88 and eval-blind89
# left out) and /work/shared that hold it as a whole word, case-insensitive (grep -rliwF; file counts only, no contents).
for w in "$@"; do
  n=$( (grep -rliwF --exclude-dir=eval-blind88 --exclude-dir=eval-blind89 -- "$w" /work/main/src/test/resources; grep -rliwF -- "$w" /work/shared) 2>/dev/null | wc -l)
  printf '%s\t%s\n' "$n" "$w"
done
