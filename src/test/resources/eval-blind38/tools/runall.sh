#!/bin/sh
cd /tmp/blind37/tools
for g in gold_*.py; do python3 $g; done
python3 verify.py
for g in ../*.gold.json; do n=$(basename $g .gold.json); echo "$n: $(python3 /work/shared/eval/score.py attributions $g perfect/$n.sentence.json | tail -1)"; done
grep -c '[“”‘’]' ../*.txt
