#!/bin/sh
# For each argument, prints the number of earlier eval-blind READMEs (eval-blind88 and eval-blind89 left out) that hold it
# (grep -liF: case-insensitive, fixed string, file counts only; no file contents are printed).
R=/work/main/src/test/resources
for w in "$@"; do
  n=$(ls -d $R/eval-blind*/ | grep -v -e 'eval-blind88/$' -e 'eval-blind89/$' | sed 's|$|README.md|' | xargs ls 2>/dev/null | xargs grep -liF -- "$w" 2>/dev/null | wc -l)
  printf '%s\t%s\n' "$n" "$w"
done
