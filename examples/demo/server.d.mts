/** A running demo server. */
export interface Demo {
  /** Where it listens, such as `http://127.0.0.1:3000/`. */
  readonly url: string;
  /** The insights dashboard at `/insights/` and its HTTP Basic credentials. */
  readonly insights: { readonly url: string; readonly username: string; readonly password: string; readonly source: string };
  /** Stops accepting requests, then commits what the consent log has queued. */
  close(): Promise<void>;
}

/** Options of `startDemo`; each falls back to its environment variable. */
export interface DemoOptions {
  /** `PORT`, default 3000; 0 picks a free port. */
  readonly port?: number;
  /** `HOST`, default 127.0.0.1. */
  readonly host?: string;
  /** `COOKIEKIT_DATA_DIR`, default `examples/demo/.data`: the SQLite consent log and its key. */
  readonly dataDir?: string;
  /** `DATABASE_URL`: keep the consent log on PostgreSQL instead of SQLite. */
  readonly databaseUrl?: string;
  /**
   * `COOKIEKIT_DEMO_REGIONS` (`off` turns them off), default on: the shipped table of regions, with
   * the visitor's region simulated by `?region=US-CA` or an `X-Demo-Region` header.
   */
  readonly regions?: boolean;
  /** Log lines (undeclared cookies, consent log failures); default `console`. */
  readonly logger?: { warn(message: string): void; error(message: string, error?: unknown): void };
}

/** Starts the demo: the React shop at `/`, the Vue shop at `/vue/`, and cookiekit's own routes. */
export declare function startDemo(options?: DemoOptions): Promise<Demo>;
