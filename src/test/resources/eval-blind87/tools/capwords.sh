#!/bin/sh
# Lists every capitalised word of the six texts (tools/capwords.txt) and counts each with countnames.sh
# (tools/capwords.counts: word and number of files under /work/main/src/test/resources, eval-blind86 and eval-blind87
# excluded, and /work/shared that hold it as a whole word, case-insensitive). File counts only.
cd "$(dirname "$0")"
cat ../*.txt | grep -oE "\b[A-Z][A-Za-z'-]*" | sed "s/'s$//; s/'$//" | sort -u > capwords.txt
: > capwords.counts
while read -r w; do
  n=$(grep -rliwF --exclude-dir=eval-blind86 --exclude-dir=eval-blind87 -- "$w" /work/main/src/test/resources /work/shared 2>/dev/null | wc -l)
  echo "$w $n" >> capwords.counts
done < capwords.txt
