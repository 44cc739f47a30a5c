#!/bin/sh
# Render the layouts sources to PDF with real producers (commands as corpora/probe2/render.sh):
# src/X.html -> LibreOffice (Writer, HTML (StarWriter) filter) and Chromium print-to-PDF;
# src/X.tex -> XeLaTeX + xepersian (run twice).
set -e
cd "$(dirname "$0")"
OUT=docs
mkdir -p "$OUT"
TMP=$(mktemp -d)
for f in src/*.html; do
  n=$(basename "$f" .html)
  soffice --headless -env:UserInstallation=file://$TMP/lo --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$TMP" "$f" >/dev/null
  mv "$TMP/$n.pdf" "$OUT/$n.libreoffice.pdf"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --disable-background-networking --disable-component-update --no-first-run \
    --user-data-dir="$TMP/chr" --print-to-pdf="$OUT/$n.chromium.pdf" "file://$PWD/$f" 2>/dev/null
done
for f in src/*.tex; do
  n=$(basename "$f" .tex)
  (cd "$TMP" && xelatex -interaction=nonstopmode -halt-on-error "$OLDPWD/$f" >/dev/null && xelatex -interaction=nonstopmode "$OLDPWD/$f" >/dev/null) || { echo "xelatex failed: $f"; tail -30 "$TMP/$n.log"; }
  [ -f "$TMP/$n.pdf" ] && mv "$TMP/$n.pdf" "$OUT/$n.xelatex.pdf"
done
rm -rf "$TMP"
ls -l $OUT/*.pdf
