#!/usr/bin/env bash
# Checks the Excel export with another reader, LibreOffice Calc (not part of `./mvnw verify`; see
# docs/touchpoint-spreadsheet.md): exports each shipped template to .xlsx through the command line, converts the
# workbook to CSV with `soffice --headless --convert-to csv`, and compares that CSV's header and row count with the
# studio's own CSV export of the same template. Then imports LibreOffice's CSV back as a map. Fails when a step fails.
#
# Needs: soffice with Calc (Debian: apt-get install --no-install-recommends libreoffice-calc).
# Usage: scripts/check-xlsx.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="target/check-xlsx"
rm -rf "$work" && mkdir -p "$work"
command -v soffice >/dev/null || { echo "check-xlsx: soffice is missing (see the header of this script)" >&2; exit 1; }

./mvnw -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
studio() { java -Djava.awt.headless=true -cp "target/classes:$(cat target/cp.txt)" org.journeystudio.app.Launcher "$@"; }

for template in src/main/resources/org/journeystudio/store/templates/*.journey.json; do
  name=$(basename "$template" .journey.json)
  studio render "$template" --out "$work/$name.xlsx" >/dev/null
  studio render "$template" --out "$work/$name.csv" >/dev/null
  mkdir -p "$work/calc"
  soffice -env:UserInstallation="file://$PWD/$work/profile" --headless --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 \
    --outdir "$work/calc" "$work/$name.xlsx" >"$work/soffice.log" 2>&1
  ours=$(python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1],encoding="utf-8-sig"))); print(len(r)-1, "|".join(r[0]))' "$work/$name.csv")
  calc=$(python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1],encoding="utf-8-sig"))); print(len(r)-1, "|".join(r[0]))' "$work/calc/$name.csv")
  [ "$ours" = "$calc" ] || { echo "check-xlsx: $name: LibreOffice reads '$calc', the CSV export has '$ours'" >&2; exit 1; }
  studio import "$work/calc/$name.csv" --library "$work/library" >/dev/null
  echo "check-xlsx: $name.xlsx: LibreOffice reads ${calc%% *} touchpoint rows under the same header; its CSV imports"
done
