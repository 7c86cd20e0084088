#!/bin/sh
# For each argument, the number of files under /work/main/src/test/resources (eval-blind82 and eval-blind83 excluded) and
# /work/shared that hold it as a whole word, case-insensitive (grep -rliwF). File counts only; no contents are printed.
for w in "$@"; do
  n=$(grep -rliwF --exclude-dir=eval-blind82 --exclude-dir=eval-blind83 -- "$w" /work/main/src/test/resources /work/shared 2>/dev/null | wc -l)
  echo "$n	$w"
done
