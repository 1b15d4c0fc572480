#!/usr/bin/env bash
# Installs everything cookiekit needs on a machine with Node 20 and npm: pnpm, the workspace's
# packages, Chromium and PostgreSQL for the real-browser and database tests, then builds.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
# Native addons (better-sqlite3) build against Node's own headers.
if [ -z "${npm_config_nodedir:-}" ] && [ -d /usr/include/node ]; then export npm_config_nodedir=/usr; fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "12.4.2" ]; then
  npm install -g pnpm@12.4.2
fi
pnpm install --frozen-lockfile
node scripts/test-env.mjs all || echo "cookiekit: the real-browser and database tests need the above; everything else works without."
pnpm build
