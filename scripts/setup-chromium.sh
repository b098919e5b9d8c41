#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests when it is missing.
# `playwright install` downloads a browser build of its own, which cannot be
# fetched here; Playwright drives the system binary through executable_path
# instead (tests/browser.py). Idempotent: does nothing when Chromium is there.
set -euo pipefail

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing at $CHROMIUM: install it (Debian: apt-get install chromium)" >&2
  echo "or set CHROMIUM=/path/to/chromium." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests (once)…"
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing or stale on a fresh machine.
apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 || {
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
}
[ -x "$CHROMIUM" ]
