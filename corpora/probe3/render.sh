#!/bin/sh
# Render the probe3 sources to PDF with real producers (commands as corpora/probe/render.sh).
# LibreOffice (Writer, HTML (StarWriter) filter), Chromium print-to-PDF, XeLaTeX + xepersian.
# src/X.html -> LibreOffice and Chromium; src/X.lo.html -> LibreOffice only; src/X.tex -> XeLaTeX.
set -e
cd "$(dirname "$0")"
OUT=docs
TMP=$(mktemp -d)
for f in src/*.html; do
  v=$(basename "$f" .html); n=${v%.lo}
  soffice --headless -env:UserInstallation=file://$TMP/lo --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$TMP" "$f" >/dev/null
  mv "$TMP/$v.pdf" "$OUT/$n.libreoffice.pdf"
  [ "$v" = "$n" ] || continue
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --disable-background-networking --disable-component-update --no-first-run \
    --user-data-dir="$TMP/chr" --print-to-pdf="$OUT/$n.chromium.pdf" "file://$PWD/$f" 2>/dev/null
done
rm -rf "$TMP"
ls -l $OUT/*.pdf
