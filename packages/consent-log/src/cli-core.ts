import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import type { ConsentLogDatabase } from './backend';
import type { ConsentLogKey } from './crypto';
import { ConsentLogError } from './errors';
import { migrateConsentLog, openConsentLog, type ConsentLog, type ExportQuery } from './log';
import { createInsightsDashboard, type DashboardAuth } from './dashboard/index';
import { createServer } from 'node:http';
import { isIP } from 'node:net';

/** Where the CLI writes and what environment it reads. `process` fits. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; once?(event: 'drain', listener: () => void): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

const HELP = `cookiekit-log ${version}: the cookiekit consent log (proof of consent, GDPR art. 7(1))

Usage: cookiekit-log <command> [options]

Commands:
  migrate   create or update the log's tables (PostgreSQL: once per deployment)
  verify    check every record, batch link and event; exit 1 naming the first bad record
  purge     delete batches older than --older-than or --before; keeps a signed anchor
  erase     replace one subject's records with tombstones (right to erasure)
  export    write records as JSON lines: one subject's history, or a time range for an auditor
  rebuild-rollups  recompute the insights' counts from the records
  dashboard serve the insights dashboard (read-only, behind a token or Basic credentials)

Options:
  --db <url|file>            postgres://… or a SQLite file (env COOKIEKIT_LOG_DB)
  --schema <name>            PostgreSQL schema of the tables (env COOKIEKIT_LOG_SCHEMA)
  --key-file <path>          file holding the HMAC key (else env COOKIEKIT_LOG_KEY)
  --key-id <id>              id of the current key, default k1 (env COOKIEKIT_LOG_KEY_ID)
  --previous-key <id>=<path> an earlier key still needed to verify (repeatable)
  --json                     machine-readable output (migrate, verify, purge, erase)
  -h, --help                 this help; \`cookiekit-log <command> --help\` for one command
  -v, --version              the version

The key never goes on the command line (it would show in the process list) and is never
stored in the database.

Exit codes: 0 done, 1 verification or operation failed, 2 wrong usage or configuration.
`;

const COMMAND_HELP: Record<string, string> = {
  migrate: `Usage: cookiekit-log migrate --db <url|file> [--schema <name>] [--json]

Creates or updates the consent log tables. Safe to run again: applies only what is missing.
`,
  verify: `Usage: cookiekit-log verify --db <url|file> [--expect-head [<chain>:]<seq>:<mac>]... [--json]

Recomputes every record's tag, every batch link and every purge or erasure event with the key,
in every chain. Prints each chain's head (last record and link); keep them outside the database
and pass them back with --expect-head (once per chain) to also detect records cut from the end.
Exit 1 names the first bad record of each chain.
`,
  purge: `Usage: cookiekit-log purge --db <url|file> (--older-than <duration> | --before <time>) [--force] [--json]

Deletes whole batches committed before the cutoff and records a signed anchor, so what remains
still verifies. <duration>: "25 months", "400 days", "2 years". <time>: ISO 8601.
Refuses when what it would delete fails verification, unless --force.
`,
  erase: `Usage: cookiekit-log erase --db <url|file> --subject <id> [--reason <text>] [--json]

Replaces the subject's personal fields with tombstones and records the erasure (without the
subject id). The chain still verifies.
`,
  export: `Usage: cookiekit-log export --db <url|file> (--subject <id> | [--from <time>] [--to <time>])

Writes JSON lines to standard output, in log order: one subject's records, or every record
received in [from, to) with tombstones for erased ones. No key needed.
`,
  'rebuild-rollups': `Usage: cookiekit-log rebuild-rollups --db <url|file> [--json]

Recomputes the insights' counts (per hour and day, per chain) from the records. Appends wait
while it runs. No key needed.
`,
  dashboard: `Usage: cookiekit-log dashboard --db <url|file> [--port 8080] [--host 127.0.0.1]
       (--token-file <path> | --user <name> --password-file <path> | --insecure-local)
       [--k 10] [--time-zone <IANA zone>] [--retention "25 months"] [--key-file <path>]

Serves the read-only insights dashboard. It has no default password: give a token (env
COOKIEKIT_DASHBOARD_TOKEN, at least 16 characters) or Basic credentials (env
COOKIEKIT_DASHBOARD_PASSWORD, at least 12 characters). Without them it refuses to start, unless
bound to a loopback address with --insecure-local. With the log's key it also verifies the chain
in the background. Ctrl-C stops it.
`,
};

class UsageError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  schema: { type: 'string' },
  'key-file': { type: 'string' },
  'key-id': { type: 'string' },
  'previous-key': { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'expect-head': { type: 'string', multiple: true },
  'older-than': { type: 'string' },
  before: { type: 'string' },
  force: { type: 'boolean' },
  subject: { type: 'string' },
  reason: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'token-file': { type: 'string' },
  user: { type: 'string' },
  'password-file': { type: 'string' },
  'insecure-local': { type: 'boolean' },
  k: { type: 'string' },
  'time-zone': { type: 'string' },
  retention: { type: 'string' },
} as const;

function readKey(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the key file ${path}: ${(error as Error).message}`);
  }
  return text.replace(/\r?\n$/, '');
}

function database(values: { db?: string; schema?: string }, env: CliIo['env'], mustExist: boolean): ConsentLogDatabase {
  const db = values.db ?? env.COOKIEKIT_LOG_DB;
  if (!db) throw new UsageError('No database: pass --db <postgres://…|file> or set COOKIEKIT_LOG_DB.');
  const schema = values.schema ?? env.COOKIEKIT_LOG_SCHEMA;
  if (/^postgres(ql)?:\/\//i.test(db)) return schema ? { postgres: db, schema } : db;
  if (schema) throw new UsageError('--schema applies to PostgreSQL only.');
  const file = db.replace(/^(sqlite|file):(\/\/)?/i, '');
  if (mustExist && !existsSync(file)) throw new UsageError(`No consent log at ${file} (run \`cookiekit-log migrate --db ${file}\` to create one).`);
  // A command waits longer than a site would for the site's writer to leave it a gap.
  return { sqlite: file, busyTimeoutMs: 10_000 };
}

function keys(values: { 'key-file'?: string; 'key-id'?: string; 'previous-key'?: string[] }, env: CliIo['env']) {
  const key: ConsentLogKey | undefined = values['key-file'] ? readKey(values['key-file']) : env.COOKIEKIT_LOG_KEY;
  const previousKeys: Record<string, ConsentLogKey> = {};
  for (const entry of values['previous-key'] ?? []) {
    const at = entry.indexOf('=');
    if (at <= 0) throw new UsageError(`--previous-key wants <id>=<path>, got "${entry}".`);
    previousKeys[entry.slice(0, at)] = readKey(entry.slice(at + 1));
  }
  return { key, keyId: values['key-id'] ?? env.COOKIEKIT_LOG_KEY_ID ?? 'k1', previousKeys };
}

async function write(io: CliIo, text: string): Promise<void> {
  if (io.stdout.write(text) === false && io.stdout.once) {
    await new Promise<void>((resolve) => io.stdout.once!('drain', resolve));
  }
}

/**
 * Runs the `cookiekit-log` command line with `argv` (without `node` and the script) and resolves
 * with the exit code. Other command lines (such as `cookiekit log …`) can delegate to it.
 *
 * @example
 * ```ts
 * import { runConsentLogCli } from '@cookiekit/consent-log';
 * process.exitCode = await runConsentLogCli(['verify', '--db', './consent.db'], process);
 * ```
 */
export async function runConsentLogCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr.write(`cookiekit-log: ${(error as Error).message}\nRun cookiekit-log --help for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (!command) {
    (values.help ? io.stdout : io.stderr).write(HELP);
    return values.help ? 0 : 2;
  }
  if (!(command in COMMAND_HELP)) {
    io.stderr.write(`cookiekit-log: unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(COMMAND_HELP[command]!);
    return 0;
  }
  if (positionals.length > 1) {
    io.stderr.write(`cookiekit-log: unexpected argument "${positionals[1]}".\n`);
    return 2;
  }

  let log: ConsentLog | undefined;
  const json = (value: unknown) => write(io, `${JSON.stringify(value)}\n`);
  try {
    if (command === 'migrate') {
      const { applied } = await migrateConsentLog(database(values, io.env, false));
      if (values.json) await json({ applied });
      else await write(io, applied.length > 0 ? `applied: ${applied.join(', ')}\n` : 'up to date\n');
      return 0;
    }

    if (command === 'export') {
      const query: ExportQuery = values.subject
        ? { subject: values.subject }
        : { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
      if (values.subject && (values.from || values.to)) throw new UsageError('export takes --subject or --from/--to, not both.');
      for (const [name, value] of [['from', values.from], ['to', values.to]] as const) {
        if (value !== undefined && Number.isNaN(Date.parse(value))) throw new UsageError(`--${name} is not a valid time: "${value}".`);
      }
      log = await openConsentLog({ database: database(values, io.env, true), migrate: false });
      for await (const line of log.exportLines(query)) await write(io, line);
      return 0;
    }

    if (command === 'rebuild-rollups') {
      log = await openConsentLog({ database: database(values, io.env, true), migrate: false });
      const report = await log.rebuildRollups();
      if (values.json) await json(report);
      else await write(io, `rebuilt the rollups from ${report.records} records\n`);
      return 0;
    }

    if (command === 'dashboard') return await serveDashboard(values, io);

    const target = database(values, io.env, true);
    const { key, keyId, previousKeys } = keys(values, io.env);
    if (key === undefined && (command !== 'verify' || Object.keys(previousKeys).length === 0)) {
      throw new UsageError('No key: pass --key-file <path> or set COOKIEKIT_LOG_KEY.');
    }
    log = await openConsentLog({ database: target, key, keyId, previousKeys, migrate: false });

    if (command === 'verify') {
      const expectHead: { chain: number; seq: number; mac: string }[] = [];
      for (const text of values['expect-head'] ?? []) {
        const match = /^(?:(\d+):)?(\d+):([0-9a-f]{64})$/.exec(text);
        if (!match) throw new UsageError('--expect-head wants [<chain>:]<seq>:<mac> as printed by an earlier verify.');
        expectHead.push({ chain: Number(match[1] ?? 0), seq: Number(match[2]), mac: match[3]! });
      }
      const report = await log.verify(expectHead.length > 0 ? { expectHead } : {});
      if (values.json) await json(report);
      else if (report.ok) {
        const head = report.head ? `${report.head.seq}:${report.head.mac}` : 'empty';
        const others = report.chains
          .filter((c) => c.chain !== 0)
          .map((c) => `head of chain ${c.chain}: ${c.head ? `${c.chain}:${c.head.seq}:${c.head.mac}` : 'empty'}\n`)
          .join('');
        await write(
          io,
          `ok: ${report.records} records (${report.erased} erased) in ${report.batches} batches` +
            `${report.chains.length > 1 ? ` of ${report.chains.length} chains` : ''}, ${report.events} events` +
            `${report.anchor ? `, from the purge anchor at record ${report.anchor.seq}` : ''}\nhead: ${head}\n${others}`,
        );
      } else {
        const problems = report.chains.length > 0 ? report.chains.flatMap((c) => (c.firstBad ? [c.firstBad] : [])) : [report.firstBad!];
        for (const bad of problems) {
          const chain = bad.chain ? `chain ${bad.chain}, ` : '';
          const where = bad.seq !== undefined ? `${chain}record ${bad.seq}${bad.recordId ? ` (${bad.recordId})` : ''}` : bad.event !== undefined ? `event ${bad.event}` : `chain ${bad.chain}`;
          await write(io, `FAILED at ${where}: ${bad.kind}\n${bad.message}\n`);
        }
      }
      return report.ok ? 0 : 1;
    }

    if (command === 'purge') {
      if (!values['older-than'] === !values.before) throw new UsageError('purge wants exactly one of --older-than <duration> or --before <time>.');
      const report = await log.purge({
        ...(values.before ? { before: values.before } : { olderThan: values['older-than']! }),
        force: values.force ?? false,
      });
      if (values.json) await json(report);
      else
        await write(
          io,
          report.event === null
            ? `nothing committed before ${report.before}\n`
            : `purged ${report.records} records in ${report.batches} batches committed before ${report.before}; ${report.anchors
                .map((a) => (a.chain === 0 ? `anchor at record ${a.seq}` : `chain ${a.chain} anchor at record ${a.seq}`))
                .join(', ')} (event ${report.event})\n`,
        );
      return 0;
    }

    // erase
    if (!values.subject) throw new UsageError('erase wants --subject <id>.');
    const report = await log.erase(values.subject, values.reason ? { reason: values.reason } : {});
    if (values.json) await json(report);
    else await write(io, `erased ${report.records} records (event ${report.event})\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`cookiekit-log: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConsentLogError) {
      io.stderr.write(`cookiekit-log: ${error.message}\n`);
      return error.code === 'COOKIEKIT_LOG_CONFIG' || error.code === 'COOKIEKIT_LOG_INVALID_RECORD' ? 2 : 1;
    }
    throw error;
  } finally {
    await log?.close();
  }
}

const LOOPBACK = (host: string) => host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));

/** `cookiekit-log dashboard`: serves until SIGINT or SIGTERM. */
async function serveDashboard(values: Record<string, string | boolean | string[] | undefined>, io: CliIo): Promise<number> {
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const port = Number((values.port as string | undefined) ?? 8080);
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError('--port wants a port number.');
  const tokenFile = values['token-file'] as string | undefined;
  const token = tokenFile ? readKey(tokenFile) : io.env.COOKIEKIT_DASHBOARD_TOKEN;
  const user = values.user as string | undefined;
  const passwordFile = values['password-file'] as string | undefined;
  const password = passwordFile ? readKey(passwordFile) : io.env.COOKIEKIT_DASHBOARD_PASSWORD;
  let auth: DashboardAuth;
  if (token && user) throw new UsageError('dashboard takes a token or --user with a password, not both.');
  if (token) auth = { token };
  else if (user) {
    if (!password) throw new UsageError('--user needs --password-file <path> or COOKIEKIT_DASHBOARD_PASSWORD.');
    auth = { basic: { username: user, password } };
  } else if (values['insecure-local']) {
    if (!LOOPBACK(host)) throw new UsageError(`--insecure-local serves without credentials on a loopback address only, not on ${host}.`);
    // Only requests that arrive over loopback get in.
    auth = { authorize: (request) => LOOPBACK(request.client.replace(/^::ffff:/, '')) };
  } else {
    throw new UsageError('The dashboard has no default password: give --token-file (or COOKIEKIT_DASHBOARD_TOKEN) or --user with --password-file, or --insecure-local on a loopback address.');
  }
  const k = values.k === undefined ? 10 : Number(values.k);
  const { key, keyId, previousKeys } = keys(values as never, io.env);
  const log = await openConsentLog({ database: database(values as never, io.env, true), key, keyId, previousKeys, migrate: false });
  const dashboard = createInsightsDashboard({
    log,
    auth,
    k,
    ...(values['time-zone'] ? { timeZone: values['time-zone'] as string } : {}),
    ...(values.retention ? { retention: values.retention as string } : {}),
    ...(key === undefined ? { verifyEveryMs: 0 } : {}),
  });
  const server = createServer(dashboard);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (error) {
    await log.close();
    throw new UsageError(`Cannot listen on ${host}:${port}: ${(error as Error).message}`);
  }
  const address = server.address() as { port: number };
  await write(io, `dashboard: http://${host.includes(':') ? `[${host}]` : host}:${address.port}/  (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  dashboard.close();
  await new Promise((resolve) => server.close(resolve));
  await log.close();
  return 0;
}
