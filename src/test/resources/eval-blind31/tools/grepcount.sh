#!/bin/sh
# counts over all in-tree eval*/README.md; names, replaced and capwords whole-word (-w), others substring
R=/work/main/src/test/resources
cd /tmp/blind31/tools
for f in styles phrases; do
  while IFS= read -r w; do echo "$(cat $R/eval*/README.md $R/eval*/tools/*.txt 2>/dev/null | grep -oiF -- "$w" | wc -l) $w"; done < $f.txt > $f.counts
done
cat ../*.txt | grep -oE "\b[A-Z][a-zA-Z'&-]+" | sort -u > capwords.txt
for f in names replaced capwords topics; do
  while IFS= read -r w; do echo "$(cat $R/eval*/README.md $R/eval*/tools/*.txt 2>/dev/null | grep -oiwF -- "$w" | wc -l) $w"; done < $f.txt > $f.counts
done
ls $R/eval*/README.md | wc -l
for f in *.counts; do echo "$f: $(grep -vc '^0 ' $f) nonzero"; done
