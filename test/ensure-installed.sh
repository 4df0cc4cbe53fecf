#!/usr/bin/env bash
# A fresh clone has no node_modules: install them from the lock file before the first start or test run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/jest ] || [ ! -x node_modules/.bin/taro ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
