#!/bin/sh
cd /tmp/blind22/tools
for g in gold_*.py; do python3 $g; done
python3 verify.py
grep -c . names.txt phrases.txt topics.txt styles.txt replaced.txt
grep -c '[“”‘’]' ../*.txt
