#!/bin/sh
# For each argument: the number of files under /work/main/src/test/resources (eval-blind84 and eval-blind85 excluded)
# and /work/shared that hold it as a whole word, case-insensitive (grep -rliwF). File counts only, never contents.
for w in "$@"; do
  a=$(grep -rliwF --exclude-dir=eval-blind84 --exclude-dir=eval-blind85 -- "$w" /work/main/src/test/resources | wc -l)
  b=$(grep -rliwF -- "$w" /work/shared | wc -l)
  printf '%s\t%s\n' "$w" "$((a + b))"
done
