#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are on this machine for the browser tests
# (src/test/java/uk/fosteringconcerns/browser/BrowserSession.java). Maven runs it before the tests
# (exec-maven-plugin, phase process-test-classes); run it by hand as well:
#
#   tools/browser/ensure-chromium.sh
#
# When /usr/bin/chromium or /usr/bin/chromedriver is missing it installs the Debian packages chromium and
# chromium-driver (and two font packages, so that screenshots show text) with apt-get, as root or through sudo.
# It never downloads a browser or a driver from anywhere else. Exits non-zero when they cannot be installed: the
# browser tests then fail, they are not skipped.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
driver="${CHROMEDRIVER_PATH:-/usr/bin/chromedriver}"

if [[ -x "$chromium" && -x "$driver" ]]; then
  exit 0
fi

echo "Browser tests need Debian's chromium and chromium-driver; installing them with apt-get" >&2
if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "Cannot install chromium: not root and no password-less sudo. Run as root:" >&2
  echo "  apt-get update && apt-get install -y chromium chromium-driver fonts-dejavu-core fonts-liberation" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# another apt run on the machine holds the dpkg lock for a while: wait for it rather than fail
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=300 update -qq
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
  chromium chromium-driver fonts-dejavu-core fonts-liberation >/dev/null

if [[ ! -x "$chromium" || ! -x "$driver" ]]; then
  echo "chromium or chromedriver still missing after apt-get ($chromium, $driver)" >&2
  exit 1
fi
"$chromium" --version >&2
"$driver" --version >&2
