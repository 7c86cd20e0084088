#!/bin/sh
# For each argument: the number of files under /work/main/src/test/resources (eval-blind86 and eval-blind87 excluded)
# and /work/shared that hold it as a whole word, case-insensitive (grep -rliwF). File counts only.
for w in "$@"; do
  n=$(grep -rliwF --exclude-dir=eval-blind86 --exclude-dir=eval-blind87 -- "$w" /work/main/src/test/resources /work/shared 2>/dev/null | wc -l)
  echo "$n	$w"
done
