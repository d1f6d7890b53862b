#!/usr/bin/env bash
# Checks the PowerPoint export with another reader, LibreOffice (not part of `./mvnw verify`; see docs/exports.md):
# exports a shipped template to .pptx through the command line, converts the deck to PDF with
# `soffice --headless --convert-to pdf`, renders each page with pdftoppm, and copies one stage slide to
# docs/screenshots/pptx-stage-slide.png to look at. Fails when a step fails or the PDF has fewer pages than the deck.
#
# Needs: soffice (Debian: apt-get install --no-install-recommends libreoffice-impress) and pdftoppm (poppler-utils).
# Usage: scripts/check-pptx.sh [TEMPLATE]        (default: online-retailer)
set -euo pipefail
cd "$(dirname "$0")/.."
template="${1:-online-retailer}"
work="target/check-pptx"
rm -rf "$work" && mkdir -p "$work"

for tool in soffice pdftoppm unzip; do
  command -v "$tool" >/dev/null || { echo "check-pptx: $tool is missing (see the header of this script)" >&2; exit 1; }
done

./mvnw -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
java -Djava.awt.headless=true -cp "target/classes:$(cat target/cp.txt)" org.journeystudio.app.Launcher \
  render "src/main/resources/org/journeystudio/store/templates/$template.journey.json" --out "$work/$template.pptx"

slides=$(unzip -l "$work/$template.pptx" | grep -cE 'ppt/slides/slide[0-9]+\.xml$')
# A private LibreOffice profile, so a running office or the user's settings do not interfere.
soffice -env:UserInstallation="file://$PWD/$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/$template.pptx" >"$work/soffice.log" 2>&1
pdftoppm -r 60 -png "$work/$template.pdf" "$work/page"
pages=$(ls "$work"/page-*.png | wc -l)
echo "check-pptx: $template.pptx has $slides slides; LibreOffice made $pages PDF pages"
[ "$pages" -eq "$slides" ] || { echo "check-pptx: the page count differs from the slide count" >&2; exit 1; }

# The fourth slide is the second stage's: cards, emotion, channel and pain points.
pdftoppm -r 110 -png -f 4 -l 4 -singlefile "$work/$template.pdf" docs/screenshots/pptx-stage-slide
pdftoppm -r 110 -png -f 2 -l 2 -singlefile "$work/$template.pdf" "$work/whole-map"
echo "check-pptx: wrote docs/screenshots/pptx-stage-slide.png (and $work/page-*.png for every slide)"
