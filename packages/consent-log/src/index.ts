/**
 * `@cookiekit/consent-log`: append-only, tamper-evident proof of consent (C9) on SQLite or
 * PostgreSQL, implementing the cookiekit `ConsentSink`.
 */
export {
  openConsentLog,
  migrateConsentLog,
  type ConsentLog,
  type ConsentLogOptions,
  type ConsentLogEvent,
  type PurgeOptions,
  type PurgeReport,
  type PurgeAnchorReport,
  type EraseReport,
  type ExportQuery,
  type AppendManyReport,
  type Insights,
  type InsightsBucket,
  type InsightsQuery,
} from './log';
export { isRegionCode } from './records';
export type { ConsentLogDatabase } from './backend';
export type { ConsentLogKey } from './crypto';
export type { ExportedRecord } from './records';
export type { VerifyOptions, VerifyReport, VerifyProblem, ChainReport, ExpectedHead } from './verify';
export {
  ConsentLogError,
  ConsentLogUnavailableError,
  ConsentLogInputError,
  ConsentLogConfigError,
  ConsentLogClosedError,
} from './errors';
export { runConsentLogCli, type CliIo } from './cli-core';
export type { ConsentSink, StoredConsentRecord, Regime } from '@cookiekit/core';
