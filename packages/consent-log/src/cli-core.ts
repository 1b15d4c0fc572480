import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { version } from '../package.json';
import type { ConsentLogDatabase } from './backend';
import type { ConsentLogKey } from './crypto';
import { ConsentLogError } from './errors';
import { migrateConsentLog, openConsentLog, type ConsentLog, type ExportQuery } from './log';

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
