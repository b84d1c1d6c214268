#!/usr/bin/env bash
# Makes sure Debian's headless browser for the UI tests is installed: /usr/bin/chromium and
# /usr/bin/chromedriver (packages chromium and chromium-driver). Run by Maven before the tests
# (exec-maven-plugin, phase process-test-classes); does nothing when both are present.
# The tests drive exactly these binaries, so Selenium never downloads a browser or a driver.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi

fail() {
  echo "ensure-chromium: $*" >&2
  echo "ensure-chromium: the browser tests need /usr/bin/chromium and /usr/bin/chromedriver;" \
       "install them with: apt-get install -y --no-install-recommends chromium chromium-driver" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get not found (not a Debian/Ubuntu system)"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    fail "not root and no password-less sudo, so cannot install packages"
  fi
fi

echo "ensure-chromium: installing chromium and chromium-driver with apt-get (first run only)..." >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq || fail "apt-get update failed (no network or no package sources?)"
"${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null \
  || fail "apt-get install chromium chromium-driver failed"
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] \
  || fail "packages installed but /usr/bin/chromium or /usr/bin/chromedriver is still missing"
echo "ensure-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo chromium), $(/usr/bin/chromedriver --version 2>/dev/null | head -1)" >&2
