// The published packages as a user gets them: packed with `pnpm pack`, installed into a project
// of their own (scripts/packed.mjs), then loaded as ES modules and as CommonJS on the Node that
// runs this file: Node 20 in `pnpm test`, Node 22 and 24 in scripts/node-matrix.mjs, which
// prepares the project once and names it in COOKIEKIT_PACKED_CONSUMER.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparePacked, publishedPackages, workspaceSqliteAddon } from '../../scripts/packed.mjs';

const run = promisify(execFile);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const hook = path.join(root, 'scripts', 'sqlite-addon.cjs');
const packages = publishedPackages();

let consumer;
/** The probe's answers, `{ esm, cjs }`. */
const probes = {};

async function probe(mode) {
  const options = process.env.NODE_OPTIONS ?? '';
  const env = {
    ...process.env,
    // The consumer's better-sqlite3 is not compiled: the addon built for this Node stands in.
    COOKIEKIT_SQLITE_ADDON: process.env.COOKIEKIT_SQLITE_ADDON ?? workspaceSqliteAddon(),
    NODE_OPTIONS: options.includes(hook) ? options : `${options} --require "${hook}"`.trim(),
  };
  const { stdout } = await run(process.execPath, ['probe.cjs', mode], { cwd: consumer, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout);
}

beforeAll(async () => {
  consumer = process.env.COOKIEKIT_PACKED_CONSUMER ?? preparePacked();
  [probes.esm, probes.cjs] = await Promise.all([probe('esm'), probe('cjs')]);
}, 180_000);

describe(`the packed packages on Node ${process.versions.node}`, () => {
  it('run in a probe on this very Node', () => {
    expect(probes.esm.node).toBe(process.version);
    expect(probes.cjs.node).toBe(process.version);
  });

  it('load every JavaScript entry of every published package, as ESM and as CommonJS, with the same exports', () => {
    for (const { name } of packages) {
      const manifest = JSON.parse(readFileSync(path.join(consumer, 'node_modules', name, 'package.json'), 'utf8'));
      const entries = Object.keys(manifest.exports)
        .filter((key) => !/\.(css|json)$/.test(key) && !key.endsWith('.iife.js'))
        .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`));
      expect(entries.length, name).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(probes.esm.entries[entry], `${entry} as ESM`).toBeDefined();
        expect(probes.esm.entries[entry].length, `${entry} exports something`).toBeGreaterThan(0);
        expect(probes.cjs.entries[entry], `${entry} as CommonJS`).toEqual(probes.esm.entries[entry]);
      }
    }
    expect(Object.keys(probes.esm.entries).sort()).toEqual(Object.keys(probes.cjs.entries).sort());
  });

  it.each(['esm', 'cjs'])('work when used (%s): decide, the server, both UIs, the SQLite consent log, the CLI', (mode) => {
    const { checks } = probes[mode];
    expect(checks.core).toEqual({ ask: true, statistics: false, afterAccept: true });
    expect(checks.server).toEqual({ gpc: true, page: 'banner' });
    expect(checks.ui).toEqual({ react: true, vue: true });
    expect(checks.consentLog).toEqual({ dialect: 'sqlite', ok: true, records: 1 });
    expect(checks.cli).toEqual({ code: 0, out: 'policy.json: valid' });
  });

  it('declare Node 20 and later, and depend on each other by version, not through the workspace', () => {
    for (const { name, version } of packages) {
      const manifest = JSON.parse(readFileSync(path.join(consumer, 'node_modules', name, 'package.json'), 'utf8'));
      expect(manifest.engines, name).toEqual({ node: '>=20' });
      const ranges = { ...manifest.dependencies, ...manifest.peerDependencies };
      for (const [dependency, range] of Object.entries(ranges)) {
        expect(range, `${name} → ${dependency}`).not.toMatch(/^(workspace|link|file):/);
        if (dependency.startsWith('@cookiekit/')) expect(range, `${name} → ${dependency}`).toBe(version);
      }
    }
  });
});
