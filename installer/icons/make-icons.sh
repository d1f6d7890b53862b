#!/usr/bin/env bash
# Regenerates every raster icon from assets/icon.svg. The outputs are committed (they are assets, not build
# output), so this runs only when the SVG changes. Needs Debian's librsvg2-bin (rsvg-convert), imagemagick
# (convert) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=assets/icon.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/icon-$size.png"
done

# Linux (jpackage --icon, .desktop entry) and README use.
cp "$tmp/icon-512.png" assets/icon.png
cp "$tmp/icon-256.png" assets/icon-256.png

# Windows: one .ico with the sizes Explorer and the Start menu ask for; 256 px is stored as PNG.
convert "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" "$tmp/icon-64.png" \
        "$tmp/icon-128.png" "$tmp/icon-256.png" installer/icons/journey-studio.ico

# macOS: an .icns whose entries are PNGs, as Apple's iconutil writes them. icnsutils' png2icns stores the large
# sizes as raw ARGB, which recent macOS versions do not show, so the container is written here directly.
python3 - "$tmp" installer/icons/journey-studio.icns <<'PY'
import struct, sys
tmp, out = sys.argv[1], sys.argv[2]
# (icns type, pixel size): 1x and 2x (Retina) variants.
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512), ("ic10", 1024)]
body = b""
for kind, size in entries:
    png = open(f"{tmp}/icon-{size}.png", "rb").read()
    body += kind.encode("ascii") + struct.pack(">I", len(png) + 8) + png
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "icons written: assets/icon.png, assets/icon-256.png, installer/icons/journey-studio.{ico,icns}"
