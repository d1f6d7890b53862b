#!/usr/bin/env bash
# Has Mermaid's own parser read every template exported as a Mermaid journey (.mmd). Not part of `verify`: it needs
# Node.js and npm, and downloads the `mermaid` and `jsdom` packages (no browser) into target/mermaid-check.
#
#   scripts/check-mermaid.sh            # build the studio if needed, export, parse; exit 0 when every file parses
#
# Mermaid's parser runs in plain Node: jsdom gives DOMPurify the window it sanitises titles with. Each template is
# exported with the command line (`journey-studio render TEMPLATE --out NAME.mmd`); with them goes the test fixture
# awkward.mmd (every character the grammar forbids, kept in step with the writer by MermaidEscapingTest). For each
# file `mermaid.parse()` must return diagramType "journey", and every task Mermaid's database holds must, once
# Mermaid's entity codes are turned into characters as its SVG shows them, read exactly as the title in the task's
# %% journey-studio comment: what Mermaid draws is what the studio wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/mermaid-check
mkdir -p "$work/mmd"

if [ ! -d "$work/node_modules/mermaid" ] || [ ! -d "$work/node_modules/jsdom" ]; then
    echo "Installing mermaid and jsdom into $work (npm, no package lock)…"
    npm install --prefix "$work" --no-package-lock --no-audit --no-fund --silent mermaid jsdom
fi

if [ ! -f target/cp.txt ] || [ ! -d target/classes/org/journeystudio ]; then
    ./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
fi
classpath="target/classes:$(cat target/cp.txt)"
for template in src/main/resources/org/journeystudio/store/templates/*.journey.json; do
    name=$(basename "$template" .journey.json)
    java -Djava.awt.headless=true -cp "$classpath" org.journeystudio.app.Launcher render "$template" \
        --out "$work/mmd/$name.mmd" >/dev/null
done

cp src/test/resources/org/journeystudio/store/mermaid/awkward.mmd "$work/mmd/"

cat > "$work/check.mjs" <<'JS'
import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
const folder = process.argv[2];
// Mermaid's placeholders become &#n; / &name; in the SVG (decodeEntities) and <br> a line break: read them so.
const textarea = dom.window.document.createElement('textarea');
function rendered(task) {
  const html = task.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, '&#$1;')
    .replace(/\uFB02\u00B0(\w+)\u00B6\u00DF/g, '&$1;').replace(/<br\s*\/?>/gi, '\n');
  textarea.innerHTML = html.replace(/</g, '&lt;');
  return textarea.value.trim();
}
let failed = 0;
for (const file of readdirSync(folder).filter((f) => f.endsWith('.mmd')).sort()) {
  const text = readFileSync(`${folder}/${file}`, 'utf8');
  const titles = text.split('\n').map((l) => l.match(/^\s*%% journey-studio task \d+: (.*)$/))
    .filter((m) => m).map((m) => JSON.parse(m[1])[0].title);
  try {
    const result = await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const shown = diagram.db.getTasks().map((t) => rendered(t.task));
    const wrong = shown.map((s, i) => [s, titles[i]]).filter(([s, t]) => s !== t);
    const ok = result.diagramType === 'journey' && shown.length === titles.length && wrong.length === 0;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${result.diagramType}, ${shown.length} tasks drawn as written`
      + (wrong.length ? `; differ: ${JSON.stringify(wrong.slice(0, 3))}` : ''));
    if (!ok) failed++;
  } catch (e) {
    failed++;
    console.log(`FAIL ${file}: ${String(e.message ?? e).split('\n').slice(0, 4).join(' | ')}`);
  }
}
const version = JSON.parse(readFileSync(new URL('./node_modules/mermaid/package.json', import.meta.url))).version;
console.log(`mermaid ${version}: ${failed === 0 ? 'every file parses' : failed + ' file(s) failed'}`);
process.exit(failed === 0 ? 0 : 1);
JS
node "$work/check.mjs" "$work/mmd"
