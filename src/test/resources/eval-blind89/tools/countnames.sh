#!/bin/sh
# Count, for each argument, the files under /work/main/src/test/resources (eval-blind88 and eval-blind89 excluded)
# and /work/shared that hold it as a whole word (case-insensitive, fixed string). File counts only.
for w in "$@"; do
  n=$(grep -rliwF --exclude-dir=eval-blind88 --exclude-dir=eval-blind89 -- "$w" /work/main/src/test/resources /work/shared 2>/dev/null | wc -l)
  echo "$w $n"
done
