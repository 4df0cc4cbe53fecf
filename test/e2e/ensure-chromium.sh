#!/usr/bin/env bash
# The browser tests drive Debian's chromium; install it (and CJK + emoji fonts for readable screenshots) when missing.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Without fontconfig there is no way to ask, and no fonts either: install them with the browser.
if ! command -v fc-list >/dev/null || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then
  missing+=(fonts-noto-cjk)
fi
if ! command -v fc-list >/dev/null || ! fc-list | grep -qi 'color emoji'; then
  missing+=(fonts-noto-color-emoji)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: need ${missing[*]} but not running as root; install them with apt-get" >&2
  exit 1
fi
echo "ensure-chromium: installing ${missing[*]}"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
[ -x /usr/bin/chromium ] || { echo "ensure-chromium: /usr/bin/chromium still missing" >&2; exit 1; }
