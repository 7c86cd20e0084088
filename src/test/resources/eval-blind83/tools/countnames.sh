#!/bin/sh
# For each argument, prints the number of files under /work/main/src/test/resources (eval-blind82 and eval-blind83 left
# out) and /work/shared that hold it as a whole word, case-insensitive (grep -rliwF; file counts only, no contents).
for w in "$@"; do
  a=$(grep -rliwF --exclude-dir=eval-blind82 --exclude-dir=eval-blind83 -- "$w" /work/main/src/test/resources 2>/dev/null | wc -l)
  b=$(grep -rliwF -- "$w" /work/shared 2>/dev/null | wc -l)
  echo "$w $((a + b))"
done
