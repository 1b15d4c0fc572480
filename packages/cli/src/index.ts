/**
 * `@cookiekit/cli`: the `cookiekit` command (validate, render, scan, audit) and the functions
 * behind it, for scripts and test suites.
 */
export { runCli, type CliIo, type CliOptions } from './run';
export {
  observeSite,
  SiteUnreachableError,
  type ObserveOptions,
  type SiteObservation,
  type PhaseResult,
  type PhaseAction,
  type Phase,
  type ObservedCookie,
  type ObservedStorage,
  type SetBy,
  type BannerCheck,
  type ButtonInfo,
  type ButtonSelectors,
  type RequestLogEntry,
} from './browse';
export {
  auditSite,
  evaluateAudit,
  type AuditOptions,
  type AuditReport,
  type EvaluateOptions,
  type CheckId,
  type CheckResult,
  type Finding,
  type FindingCode,
} from './audit';
export { scanSite, draftPolicy, type ScanOptions, type ScanReport } from './scan';
export type { InventoryItem } from './inventory';
export {
  classify,
  type Classification,
  type ClassificationRule,
  type Classified,
  type ClassifyContext,
  type CookieFact,
  type CookieFacts,
  type ObservedName,
} from './classify';
export { parseCsv } from './csv';
export { loadPolicyFile, PolicyLoadError, type LoadPolicyOptions, type LoadedPolicy } from './load-policy';
export { BrowserNotFoundError } from './chromium';
export { formatAuditJUnit } from './format';
