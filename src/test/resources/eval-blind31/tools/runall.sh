#!/bin/sh
cd /tmp/blind31/tools
for g in gold_*.py; do python3 $g; done
python3 verify.py
for g in ../*.gold.json; do python3 /work/shared/eval/score.py attributions $g empty.json > empty.out; echo "empty $(basename $g) rc=$? $(tail -1 empty.out)"; done
sh grepcount.sh
grep -c . names.txt phrases.txt topics.txt styles.txt replaced.txt
grep -c '[“”‘’]' ../*.txt
