#!/bin/sh
cd /tmp/blind23/tools
for g in gold_*.py; do python3 $g; done
python3 verify.py
python3 /work/shared/eval/score.py attributions ../tamsford-beavers-environment-correspondent.gold.json empty.json > /tmp/blind23/tools/empty.out; echo "empty rc=$?"; tail -1 empty.out
grep -c . names.txt phrases.txt topics.txt styles.txt replaced.txt
grep -c '[“”‘’]' ../*.txt
