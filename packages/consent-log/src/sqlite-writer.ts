import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

/**
 * The SQLite connections live in a child process, the writer, not in the server's process:
 *
 * - a fault there cannot take the web server down. SQLite maps the WAL index (`-shm`) into
 *   memory; when that file is truncated or its disk fails, the next access raises SIGBUS, which
 *   kills the whole process, worker threads and all. In a child it kills the child: its queries
 *   fail (the consent API answers 503) and the next query starts a new writer, which recovers
 *   the WAL. A transaction never spans two writers, so nothing half-written is committed;
 * - better-sqlite3 is synchronous: a commit's fsync, or a wait for another process's lock, does
 *   not stop the server's event loop.
 *
 * Both connections live there (the writer and a read-only one for history, verify and export),
 * so the server's process never maps the `-shm` file at all. Messages are JSON lines over the
 * child's stdin and stdout: Node's IPC channel costs several times more per byte, and a batch's
 * rows are most of what crosses.
 */
const CHILD_SOURCE = `
process.title = 'cookiekit-log-writer';
const { writeSync } = require('node:fs');
const config = JSON.parse(process.env.COOKIEKIT_LOG_WRITER);
// One JSON message a line, both ways: stdin from the server, stdout to it (blocking writes).
const send = (m) => {
  const text = JSON.stringify(m) + '\\n';
  try {
    for (let at = 0; at < text.length; ) at += writeSync(1, text.slice(at));
  } catch {
    // The server is gone (EPIPE): nobody is left to answer.
    process.exit(0);
  }
};
const Database = require(config.driver);
let writer, reader;
try {
  writer = new Database(config.file, { timeout: config.busyTimeoutMs });
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = ' + config.synchronous);
  reader = new Database(config.file, { timeout: config.busyTimeoutMs });
  reader.pragma('query_only = ON');
} catch (error) {
  send({ ready: false, message: String(error && error.message), code: error && error.code });
  process.exit(0);
}
send({ ready: true });
// Statements by text (bounded), and by the id the server gave a text it sends often: after its
// first use only the id crosses the pipe, not the (up to ~10 kB) text.
const statements = { w: new Map(), r: new Map() };
const texts = { w: new Map(), r: new Map() };
const close = () => {
  try { writer && writer.close(); } catch {}
  try { reader && reader.close(); } catch {}
};
// The server is gone (or closed the log): nothing more will be asked.
process.stdin.on('end', () => {
  close();
  process.exit(0);
});
// A line longer than a chunk (a large batch) is kept in parts and joined once it ends: joining
// at every chunk would copy and rescan it again and again.
let parts = [];
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  let nl = chunk.indexOf('\\n');
  if (nl === -1) {
    parts.push(chunk);
    return;
  }
  parts.push(chunk.slice(0, nl));
  handle(JSON.parse(parts.length === 1 ? parts[0] : parts.join('')));
  let at = nl + 1;
  while ((nl = chunk.indexOf('\\n', at)) !== -1) {
    handle(JSON.parse(chunk.slice(at, nl)));
    at = nl + 1;
  }
  parts = at < chunk.length ? [chunk.slice(at)] : [];
});
function handle(m) {
  if (m.close) {
    close();
    send({ id: m.id, rows: [] });
    process.exit(0);
  }
  try {
    // A list of statements (\`b\`): run in order, stopping at the first that fails; the answer
    // is the last one's. The server sends a transaction's writes so, with the next statement
    // whose answer it needs, instead of one round trip each.
    if (m.b) {
      // Every id the batch names is learned first: a statement after one that fails is not run,
      // but the server counts its text as sent.
      for (const one of m.b) learn(one);
      let r;
      for (const one of m.b) r = run(one);
      send({ id: m.id, ...r });
    } else {
      send({ id: m.id, ...run(m) });
    }
  } catch (error) {
    send({ id: m.id, error: { message: String(error && error.message), code: error && error.code } });
  }
}
function learn(m) {
  if (m.q !== undefined && m.sql !== undefined) texts[m.c === 'r' ? 'r' : 'w'].set(m.q, m.sql);
}
function run(m) {
  learn(m);
  const c = m.c === 'r' ? 'r' : 'w';
  const db = c === 'r' ? reader : writer;
  const text = m.sql !== undefined ? m.sql : texts[c].get(m.q);
  const cache = statements[c];
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    if (cache.size >= 256) cache.clear();
    cache.set(text, stmt);
  }
  if (stmt.reader) return { rows: stmt.all(m.params) };
  const r = stmt.run(m.params);
  return { changes: Number(r.changes), lastInsertRowid: Number(r.lastInsertRowid) };
}
`;

export interface SqliteWriterOptions {
  /** Path of the better-sqlite3 module the writer loads. */
  readonly driver: string;
  readonly file: string;
  readonly busyTimeoutMs: number;
  readonly synchronous: 'FULL' | 'NORMAL';
}

/** One statement for the writer: its connection (`w`, the default, or `r`), text and parameters. */
type Statement = { c?: 'w' | 'r'; sql: string; params?: readonly unknown[] };

type Reply = {
  id?: number;
  ready?: boolean;
  rows?: unknown[];
  changes?: number;
  lastInsertRowid?: number;
  error?: { message: string; code?: string };
  message?: string;
  code?: string;
};

class SqliteWriterError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'SqliteError';
    this.code = code;
  }
}

/**
 * Calls `onLine` with each complete line of a stream of text chunks. A line longer than a chunk
 * (a large read's rows) is kept in parts and joined once, when it ends: joining at every chunk
 * would copy and rescan it again and again (quadratic in its length).
 */
export function lineReader(onLine: (line: string) => void): (chunk: string) => void {
  let parts: string[] = [];
  return (chunk) => {
    let nl = chunk.indexOf('\n');
    if (nl === -1) {
      parts.push(chunk);
      return;
    }
    parts.push(chunk.slice(0, nl));
    const first = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    let at = nl + 1;
    const rest: string[] = [];
    while ((nl = chunk.indexOf('\n', at)) !== -1) {
      rest.push(chunk.slice(at, nl));
      at = nl + 1;
    }
    if (at < chunk.length) parts.push(chunk.slice(at));
    onLine(first);
    for (const line of rest) onLine(line);
  };
}

/** After the writer died, how long before the next query may start another (no crash loop). */
const RESTART_DELAY_MS = 50;

/**
 * The writer process and its pending queries. When it dies, its queries fail and `generation`
 * moves on; the next query (after a short delay) starts a new one.
 */
export class WriterProcess {
  #child: ChildProcess | undefined;
  #ready: Promise<void> | undefined;
  #pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  #next = 1;
  #retryAt = 0;
  /** How the last writer ended (its signal or exit code), named by the queries refused while it restarts. */
  #stoppedBy = '';
  #closed = false;
  /** Counts the writers started: a transaction must end on the one it began on. */
  generation = 0;
  constructor(private readonly options: SqliteWriterOptions) {}

  /** The running writer's pid, if one runs. */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  start(): Promise<void> {
    if (this.#ready) return this.#ready;
    if (this.#closed) return Promise.reject(new SqliteWriterError('the consent log is closed'));
    if (Date.now() < this.#retryAt) return Promise.reject(new SqliteWriterError(`the SQLite writer process stopped (${this.#stoppedBy}) and is restarting`));
    const child = spawn(process.execPath, ['-e', CHILD_SOURCE], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, COOKIEKIT_LOG_WRITER: JSON.stringify(this.options) },
    });
    this.#child = child;
    this.generation++;
    // A write to a writer that just died: its exit rejects what was pending.
    child.stdin!.on('error', () => undefined);
    const messages = new EventEmitter();
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', lineReader((line) => messages.emit('message', JSON.parse(line) as Reply)));
    const ready = new Promise<void>((resolve, reject) => {
      messages.once('message', (m: Reply) => {
        if (m.ready) resolve();
        else reject(new SqliteWriterError(m.message ?? 'cannot open the SQLite file', m.code));
      });
      child.once('exit', (code, signal) => reject(new SqliteWriterError(`the SQLite writer process exited (${signal ?? code}) while opening`)));
      child.once('error', reject);
    });
    // Held while it opens (someone awaits it); idle once open with nothing asked.
    ready.then(
      () => {
        if (this.#pending.size === 0) this.#idle(child);
      },
      () => undefined,
    );
    this.#ready = ready;
    messages.on('message', (m: Reply) => {
      if (m.id === undefined) return;
      const waiting = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      if (this.#pending.size === 0) this.#idle(child);
      waiting?.resolve(m);
    });
    // A writer that dies between queries fails none of them: the queries refused while the next
    // one starts still name how it ended, so the operator's log says why.
    const gone = (error: Error, stoppedBy: string) => {
      if (this.#child !== child) return;
      this.#stoppedBy = stoppedBy;
      this.#child = undefined;
      this.#ready = undefined;
      this.#retryAt = Date.now() + RESTART_DELAY_MS;
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
    child.on('error', (error) => gone(error, error.message));
    child.on('exit', (code, signal) => gone(new SqliteWriterError(`the SQLite writer process exited (${signal ?? code})`), String(signal ?? code)));
    return ready;
  }

  /** With nothing pending, the writer does not keep the server's process alive. */
  #idle(child: ChildProcess): void {
    child.unref();
    (child.stdin as Socket | null)?.unref();
    (child.stdout as Socket | null)?.unref();
  }

  /**
   * Sends one statement, or several (`b`, run in order up to the first that fails) and answers
   * with the last one's result.
   */
  async send(message: Statement | { b: readonly Statement[] } | { close: true }): Promise<Reply> {
    await this.start();
    const child = this.#child;
    if (!child) throw new SqliteWriterError('the SQLite writer process exited');
    const id = this.#next++;
    const generation = this.generation;
    const wire: object =
      'sql' in message ? this.#compact(message, generation) : 'b' in message ? { b: message.b.map((one) => this.#compact(one, generation)) } : message;
    if (this.#pending.size === 0) {
      child.ref();
      (child.stdin as Socket | null)?.ref();
      (child.stdout as Socket | null)?.ref();
    }
    const reply = await new Promise<Reply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      child.stdin!.write(`${JSON.stringify({ id, ...wire })}\n`);
    });
    if (reply.error) throw new SqliteWriterError(reply.error.message, reply.error.code);
    return reply;
  }

  /** Statement ids of the running writer: the text is sent with an id once, then the id alone. */
  // By connection, then by the text itself: a text the caller keeps (the log's insert texts, up to
  // ~10 kB) has its hash computed once, where a key built per call would be hashed every time.
  #ids = { w: new Map<string, number>(), r: new Map<string, number>() };
  #idsCount = 0;
  #idsGeneration = 0;
  #compact(message: Statement, generation: number): Statement | { c?: 'w' | 'r'; q: number; params?: readonly unknown[] } {
    if (this.#idsGeneration !== generation) {
      this.#ids.w.clear();
      this.#ids.r.clear();
      this.#idsCount = 0;
      this.#idsGeneration = generation;
    }
    const ids = this.#ids[message.c ?? 'w'];
    const known = ids.get(message.sql);
    if (known !== undefined) return { c: message.c, q: known, params: message.params };
    // Bounded: past it, rarer texts keep going whole (the writer's own cache is by text too).
    if (this.#idsCount >= 1024) return message;
    const q = ++this.#idsCount;
    ids.set(message.sql, q);
    return { ...message, q };
  }

  async stop(): Promise<void> {
    this.#closed = true;
    const child = this.#child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await this.send({ close: true }).catch(() => undefined);
    if (child.exitCode === null && child.signalCode === null) {
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  }
}

const TRANSACTION = /^\s*(begin|commit|rollback|end)\b/i;
// A write whose result no caller reads (the log reads only deletes' counts): inside a transaction
// it waits and crosses with the next statement whose answer is needed (a read, the commit).
const DEFERRABLE = /^\s*(insert|update)\b/i;
const RETURNING = /\breturning\b/i;

class WriterConnection implements DatabaseConnection {
  /** The writer generation the open transaction began on, if one is open. */
  #txGeneration: number | undefined;
  /** The open transaction's statements not sent yet (its `begin`, then writes). */
  #deferred: Statement[] = [];
  constructor(
    private readonly handle: WriterProcess,
    private readonly connection: 'w' | 'r',
  ) {}
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const control = TRANSACTION.exec(compiled.sql)?.[1]?.toLowerCase();
    const ends = control === 'commit' || control === 'rollback' || control === 'end';
    const statement: Statement = { c: this.connection, sql: compiled.sql, params: compiled.parameters };
    if (control === 'begin') {
      await this.handle.start();
      this.#txGeneration = this.handle.generation;
      this.#deferred = [statement];
      return { rows: [] };
    } else if (this.#txGeneration !== undefined && this.#txGeneration !== this.handle.generation) {
      // The writer the transaction began on died, and its transaction with it: nothing of it was
      // committed. No later statement of it may run on another writer, outside a transaction.
      if (ends) {
        this.#txGeneration = undefined;
        this.#deferred = [];
      }
      if (control === 'rollback') return { rows: [] };
      throw new SqliteWriterError('the SQLite writer process stopped during the transaction; none of it was committed');
    }
    if (this.#txGeneration !== undefined && !ends && DEFERRABLE.test(compiled.sql) && !RETURNING.test(compiled.sql)) {
      this.#deferred.push(statement);
      return { rows: [] };
    }
    const deferred = this.#deferred;
    this.#deferred = [];
    let reply: Reply;
    try {
      reply = await this.handle.send(deferred.length === 0 ? statement : { b: [...deferred, statement] });
    } finally {
      if (ends) this.#txGeneration = undefined;
    }
    if (reply.changes === undefined) return { rows: (reply.rows ?? []) as R[] };
    return { rows: [], numAffectedRows: BigInt(reply.changes), insertId: BigInt(reply.lastInsertRowid ?? 0) };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by the SQLite writer connection');
  }
}

class WriterDriver implements Driver {
  readonly #handle: WriterProcess;
  readonly #connection: WriterConnection;
  readonly #owner: boolean;
  #locked: Promise<void> = Promise.resolve();
  #unlock: (() => void) | undefined;
  constructor(handle: WriterProcess, connection: 'w' | 'r') {
    this.#handle = handle;
    this.#connection = new WriterConnection(handle, connection);
    this.#owner = connection === 'w';
  }
  async init() {
    await this.#handle.start();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    // One connection of each kind: queue for it.
    const previous = this.#locked;
    let release!: () => void;
    this.#locked = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.#unlock = release;
    return this.#connection;
  }
  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection() {
    const unlock = this.#unlock;
    this.#unlock = undefined;
    unlock?.();
  }
  async destroy() {
    // The writing side owns the process; the reading side only stops using it.
    if (this.#owner) await this.#handle.stop();
  }
}

const dialectOf = (handle: WriterProcess, connection: 'w' | 'r'): Dialect => ({
  createAdapter: () => new SqliteAdapter(),
  createDriver: () => new WriterDriver(handle, connection),
  createIntrospector: (db: Kysely<any>) => new SqliteIntrospector(db),
  createQueryCompiler: () => new SqliteQueryCompiler(),
});

/**
 * Kysely SQLite dialects whose connections live in the writer process: `writer` (the one
 * writing connection) and `reader` (read-only, never waits for the writer in WAL mode).
 * `ready` settles once the first writer opened the file.
 */
export function sqliteWriterDialects(options: SqliteWriterOptions): { writer: Dialect; reader: Dialect; ready: Promise<void>; process: WriterProcess } {
  const handle = new WriterProcess(options);
  const ready = handle.start();
  return { ready, writer: dialectOf(handle, 'w'), reader: dialectOf(handle, 'r'), process: handle };
}
