// Preloaded (`node --require scripts/sqlite-addon.cjs`, usually through NODE_OPTIONS so child
// processes get it too) when a process must load better-sqlite3's native addon from somewhere
// other than the package's own build folder: the Node 22 and 24 runs of scripts/node-matrix.mjs,
// whose addon is compiled per Node version in a copy under .tmp/, and the packed-package check,
// whose freshly installed better-sqlite3 is not compiled at all.
//
// `COOKIEKIT_SQLITE_ADDON` is the absolute path of a better_sqlite3.node built for the running
// Node. Every load of `…/better-sqlite3/build/Release/better_sqlite3.node` (which better-sqlite3's
// `bindings` asks for) gets that file instead; nothing else changes. Writes nothing to stdout:
// the consent log's SQLite writer speaks JSON lines there.
'use strict';
const { existsSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const addon = process.env.COOKIEKIT_SQLITE_ADDON;
if (addon) {
  if (!path.isAbsolute(addon) || !existsSync(addon)) {
    throw new Error(`COOKIEKIT_SQLITE_ADDON is ${addon}, which is not an absolute path to an existing file`);
  }
  const wanted = /[\\/]better-sqlite3[\\/]build[\\/]Release[\\/]better_sqlite3\.node$/;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveSqliteAddon(request, ...rest) {
    if (typeof request === 'string' && wanted.test(request)) return addon;
    return resolve.call(this, request, ...rest);
  };
}
