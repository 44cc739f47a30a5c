#!/bin/sh
# Render the probe sources to PDF with real producers (run after make.py).
# LibreOffice 7.4 (Debian soffice), Chromium (Debian), XeLaTeX + xepersian (TeX Live 2022).
set -e
cd "$(dirname "$0")"
OUT=docs
TMP=$(mktemp -d)
for f in src/*.lo.html src/*.lo-plain.html; do
  v=$(basename "$f" .html); n=${v%.*}; p=libreoffice; [ "${v##*.}" = lo-plain ] && p=libreoffice-plain
  # HTML opened in Writer (not Writer/Web), so sdfootnote anchors become real footnotes
  soffice --headless -env:UserInstallation=file://$TMP/lo --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$TMP" "$f" >/dev/null
  mv "$TMP/$v.pdf" "$OUT/$n.$p.pdf"
done
for f in src/*.chromium.html; do
  n=$(basename "$f" .chromium.html)
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
