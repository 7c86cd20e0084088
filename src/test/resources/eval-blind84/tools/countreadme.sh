#!/bin/sh
# For each argument, the number of earlier README.md files (eval-blind84 and eval-blind85 excluded) that hold it
# (grep -liF, case-insensitive, fixed string). Prints counts only, never contents.
R=/work/main/src/test/resources
for w in "$@"; do
  n=$(find $R -name README.md -not -path '*/eval-blind84/*' -not -path '*/eval-blind85/*' -print0 | xargs -0 grep -liF -- "$w" | wc -l)
  printf '%s\t%s\n' "$w" "$n"
done
