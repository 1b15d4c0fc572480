/**
 * Errors thrown by the consent log. Each carries a stable `code` and the HTTP status a consent
 * API should answer with, so a server can map them without knowing this package.
 */
export class ConsentLogError extends Error {
  /** A stable machine-readable code. */
  readonly code: string;
  /** The HTTP status a consent API answers with when this error reaches it. */
  readonly status: number;
  constructor(code: string, message: string, status = 500, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConsentLogError';
    this.code = code;
    this.status = status;
  }
}

/**
 * The database could not be reached or refused the write: nothing of the batch was acknowledged.
 * Retry later (a consent API answers 503).
 */
export class ConsentLogUnavailableError extends ConsentLogError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('COOKIEKIT_LOG_UNAVAILABLE', message, 503, options);
    this.name = 'ConsentLogUnavailableError';
  }
}

/** A record that is not a valid stored consent record: refused, nothing written (400). */
export class ConsentLogInputError extends ConsentLogError {
  constructor(message: string) {
    super('COOKIEKIT_LOG_INVALID_RECORD', message, 400);
    this.name = 'ConsentLogInputError';
  }
}

/** A wrong configuration: a missing or short key, an unknown database URL, missing migrations. */
export class ConsentLogConfigError extends ConsentLogError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('COOKIEKIT_LOG_CONFIG', message, 500, options);
    this.name = 'ConsentLogConfigError';
  }
}

/** The log was closed: nothing more is taken, appends or reads (503, so a client retries elsewhere or later). */
export class ConsentLogClosedError extends ConsentLogError {
  constructor() {
    super('COOKIEKIT_LOG_CLOSED', 'The consent log is closed.', 503);
    this.name = 'ConsentLogClosedError';
  }
}

/**
 * An error of a database operation as the log reports it: its own errors as they are, anything
 * else (a driver's) as `ConsentLogUnavailableError`.
 */
export function unavailable(what: string, error: unknown): ConsentLogError {
  if (error instanceof ConsentLogError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ConsentLogUnavailableError(`The consent log could not ${what}: ${message || 'database error'}`, { cause: error });
}

/** A time option (a `Date`, ms, or a string `Date.parse` reads) in ms; `ConsentLogInputError` otherwise. */
export function timeMs(value: Date | string | number, name: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new ConsentLogInputError(`${name} is not a valid time.`);
  return ms;
}
