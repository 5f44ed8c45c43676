#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs on Debian/Ubuntu: Kamailio with its WebSocket module, and Chromium.
# Runs apt-get as root (directly, or through sudo when available).
set -euo pipefail

packages=(kamailio kamailio-websocket-modules chromium)

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:e2e: apt-get not found. Install these packages with your system's package manager: ${packages[*]}" >&2
  exit 1
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "setup:e2e: run as root (or install sudo): apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "${packages[@]}"
# The Debian package enables a system-wide Kamailio service; the tests run their own on 127.0.0.1, on free ports.
echo "setup:e2e: installed ${packages[*]}"
