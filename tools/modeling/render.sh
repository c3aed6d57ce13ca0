#!/usr/bin/env bash
# Renders every bpmn/*.bpmn to docs/images/<name>.png (+ <name>.bpmn.sha256) with bpmn-js in headless Chromium.
#
#   tools/modeling/render.sh                 # all diagrams
#   tools/modeling/render.sh bpmn/x.bpmn     # some diagrams
#
# Needs node/npm and Debian's Chromium (apt-get install -y chromium, or CHROMIUM_PATH=...); never downloads a
# browser. Exits non-zero when anything fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

(cd "$here" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)

# file arguments are relative to where the command was run; render.js resolves them
exec node "$here/render.js" "$@"
