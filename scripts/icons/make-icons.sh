#!/usr/bin/env bash
# Renders icon.svg into the site's icons, once; the results are committed under assets/:
#   assets/img/icon-512.png        og:image (share cards want at least 300×300)
#   assets/img/apple-touch-icon.png 180×180, for a phone's home screen
#   assets/img/favicon-32.png      the browser tab
#   assets/root/favicon.ico        16×16 and 32×32, at the site root for clients that ask for /favicon.ico
# Needs Debian's chromium (headless screenshots) and python3 (to pack the ICO). Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
assets="$here/../../assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() { # size output.png
  cat > "$work/page.html" <<HTML
<!DOCTYPE html><html><head><style>html,body{margin:0;padding:0;overflow:hidden}img{display:block}</style></head>
<body><img src="file://$here/icon.svg" width="$1" height="$1" alt=""></body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --default-background-color=00000000 --window-size="$1,$1" --screenshot="$2" "file://$work/page.html" 2>/dev/null
}

mkdir -p "$assets/img" "$assets/root"
render 512 "$assets/img/icon-512.png"
render 180 "$assets/img/apple-touch-icon.png"
render 32 "$assets/img/favicon-32.png"
render 16 "$work/favicon-16.png"

# an ICO file holding the two PNGs as they are (every browser since IE 11 reads PNG inside ICO)
python3 - "$work/favicon-16.png" "$assets/img/favicon-32.png" "$assets/root/favicon.ico" <<'PY'
import struct, sys
pngs = [open(p, 'rb').read() for p in sys.argv[1:3]]
sizes = [16, 32]
out = struct.pack('<HHH', 0, 1, len(pngs))
offset = 6 + 16 * len(pngs)
for size, png in zip(sizes, pngs):
    out += struct.pack('<BBBBHHII', size, size, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
open(sys.argv[3], 'wb').write(out + b''.join(pngs))
PY
ls -l "$assets/img" "$assets/root"
