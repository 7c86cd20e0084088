#!/bin/sh
# For each argument: number of earlier eval-blind READMEs (whole files, eval-blind88 and eval-blind89 left out) holding
# it, case-insensitive fixed string (and, second figure, as a whole word). File counts only.
R=/work/main/src/test/resources
for w in "$@"; do
  a=$(ls $R/eval-blind*/README.md | grep -v -e '/eval-blind88/' -e '/eval-blind89/' | xargs grep -liF -- "$w" | wc -l)
  b=$(ls $R/eval-blind*/README.md | grep -v -e '/eval-blind88/' -e '/eval-blind89/' | xargs grep -liwF -- "$w" | wc -l)
  echo "$w: $a ($b whole word)"
done
