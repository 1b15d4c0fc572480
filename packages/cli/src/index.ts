/**
 * `@cookiekit/cli`: the `cookiekit` command (validate, render, scan, audit) and the functions
 * behind it, for scripts and test suites.
 */
export { runCli, EXIT, UsageError, type CliIo, type CliOptions } from './run';
export {
  observeSite,
  normalizeLink,
  cookieNameOf,
  isDeletion,
  SiteUnreachableError,
  BUTTON_NAMES,
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
  outlives,
  durationSlackSeconds,
  describeLifetime,
  CHECKS,
  type AuditOptions,
  type AuditReport,
  type EvaluateOptions,
  type CheckId,
  type CheckResult,
  type Finding,
  type FindingCode,
} from './audit';
export { scanSite, scanReport, draftPolicy, formatDraft, lifetimeToDuration, type ScanOptions, type ScanReport } from './scan';
export { buildInventory, type InventoryItem } from './inventory';
export {
  classify,
  cookieFacts,
  createCookieFacts,
  mapDatabaseCategory,
  isFirstParty,
  isHostWithin,
  FRAMEWORK_COOKIES,
  DATABASE_CATEGORIES,
  type Classification,
  type ClassificationRule,
  type Classified,
  type ClassifyContext,
  type CookieFact,
  type CookieFacts,
  type ObservedName,
} from './classify';
export { parseCsv, formatCsv } from './csv';
export {
  buildCookieData,
  serializeCookieData,
  cleanDomains,
  cleanName,
  COOKIE_DATA_COLUMNS,
  type CookieData,
  type CookieDataRow,
} from './cookie-data';
export { loadPolicyFile, readPolicyFile, PolicyLoadError, type LoadPolicyOptions, type LoadedPolicy } from './load-policy';
export { findChromium, launchChromium, BrowserNotFoundError, CHROMIUM_PATHS, QUIET_CHROMIUM_ARGS } from './chromium';
export { formatAuditText, formatAuditJUnit, formatScanText, formatIssuesText, inventoryTable, textTable, xmlEscape } from './format';
export { renderPage, type RenderPageOptions } from './render';
export { VERSION } from './version';
