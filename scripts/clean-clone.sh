#!/usr/bin/env bash
# The repository stands alone: copies the tracked files (nothing else) to an empty temporary
# folder, installs there from the package store, and runs what reads repository data: the path
# scan, the seed policy's tests, the CLI's cookie-data tests and its data build, which must
# reproduce the committed JSON. About a minute or two; not a second full test run.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cookiekit-clean.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
copy="$tmp/cookiekit"
mkdir "$copy"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$copy"
cd "$copy"
echo "clean-clone: $(git -C "$OLDPWD" ls-files | wc -l) tracked files in $copy"

node scripts/check-paths.mjs
pnpm install --frozen-lockfile --offline
pnpm turbo run build --filter=example-policy
pnpm --filter example-policy test
pnpm --filter @cookiekit/cli exec vitest run src/cookie-data.test.ts
cp packages/cli/src/data/open-cookie-database.json "$tmp/committed.json"
pnpm --filter @cookiekit/cli data
cmp packages/cli/src/data/open-cookie-database.json "$tmp/committed.json"
echo "clean-clone: the repository builds and tests its data with nothing beside it"
