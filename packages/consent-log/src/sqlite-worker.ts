import { Worker } from 'node:worker_threads';
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
 * The SQLite writer runs in a worker thread: better-sqlite3 is synchronous, and a commit's fsync
 * (or a wait for another process's lock) would otherwise stop the whole server while it lasts.
 * The worker owns the one writing connection and keeps its prepared statements.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = ' + workerData.synchronous);
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, message: String(error && error.message), code: error && error.code });
  process.exit(0);
}
const statements = new Map();
parentPort.on('message', (m) => {
  if (m.close) {
    try { db.close(); } catch {}
    parentPort.postMessage({ id: m.id, rows: [] });
    return;
  }
  try {
    let stmt = statements.get(m.sql);
    if (!stmt) {
      stmt = db.prepare(m.sql);
      if (statements.size >= 256) statements.clear();
      statements.set(m.sql, stmt);
    }
    if (stmt.reader) {
      parentPort.postMessage({ id: m.id, rows: stmt.all(m.params) });
    } else {
      const r = stmt.run(m.params);
      parentPort.postMessage({ id: m.id, rows: [], changes: Number(r.changes), lastInsertRowid: Number(r.lastInsertRowid) });
    }
  } catch (error) {
    parentPort.postMessage({ id: m.id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

export interface SqliteWorkerOptions {
  /** Path of the better-sqlite3 module to load in the worker. */
  readonly driver: string;
  readonly file: string;
  readonly busyTimeoutMs: number;
  readonly synchronous: 'FULL' | 'NORMAL';
}

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

class SqliteWorkerError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'SqliteError';
    this.code = code;
  }
}

/** The worker and its pending queries. Restarted on the next query if it ever exits. */
class WorkerHandle {
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;
  #pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  #next = 1;
  constructor(private readonly options: SqliteWorkerOptions) {}

  start(): Promise<void> {
    if (this.#ready) return this.#ready;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: this.options });
    worker.unref();
    this.#worker = worker;
    this.#ready = new Promise<void>((resolve, reject) => {
      worker.once('message', (m: Reply) => {
        if (m.ready) resolve();
        else reject(new SqliteWorkerError(m.message ?? 'cannot open the SQLite file', m.code));
      });
      worker.once('error', reject);
    });
    worker.on('message', (m: Reply) => {
      if (m.id === undefined) return;
      const waiting = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      waiting?.resolve(m);
    });
    const gone = (error: Error) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#ready = undefined;
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new SqliteWorkerError(`the SQLite worker exited (${code})`)));
    return this.#ready;
  }

  async send(message: { sql?: string; params?: readonly unknown[]; close?: true }): Promise<Reply> {
    await this.start();
    const worker = this.#worker!;
    const id = this.#next++;
    const reply = await new Promise<Reply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
    if (reply.error) throw new SqliteWorkerError(reply.error.message, reply.error.code);
    return reply;
  }

  async stop(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    await this.send({ close: true }).catch(() => undefined);
    this.#worker = undefined;
    await worker.terminate();
  }
}

class WorkerConnection implements DatabaseConnection {
  constructor(private readonly handle: WorkerHandle) {}
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const reply = await this.handle.send({ sql: compiled.sql, params: compiled.parameters });
    if (reply.changes === undefined) return { rows: (reply.rows ?? []) as R[] };
    return { rows: [], numAffectedRows: BigInt(reply.changes), insertId: BigInt(reply.lastInsertRowid ?? 0) };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by the SQLite worker connection');
  }
}

class WorkerDriver implements Driver {
  readonly #handle: WorkerHandle;
  readonly #connection: WorkerConnection;
  #locked: Promise<void> = Promise.resolve();
  #unlock: (() => void) | undefined;
  constructor(handle: WorkerHandle) {
    this.#handle = handle;
    this.#connection = new WorkerConnection(handle);
  }
  async init() {
    await this.#handle.start();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    // One writing connection: queue for it.
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
    await this.#handle.stop();
  }
}

/** A Kysely SQLite dialect whose single connection lives in a worker thread. */
export function sqliteWorkerDialect(options: SqliteWorkerOptions): { dialect: Dialect; ready: Promise<void> } {
  const handle = new WorkerHandle(options);
  const ready = handle.start();
  ready.catch(() => undefined);
  return {
    ready,
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new WorkerDriver(handle),
      createIntrospector: (db: Kysely<any>) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  };
}
