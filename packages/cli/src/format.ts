import type { PolicyIssue } from '@cookiekit/core/schema';
import { describeLifetime, type AuditReport, type Finding } from './audit';
import type { InventoryItem } from './inventory';
import type { ScanReport } from './scan';

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder a line.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/**
 * Text from a site or a file made safe for one line of a terminal or a CI log: every control
 * character (newline, escape sequences, bidirectional overrides) is written as a visible escape
 * (`\n`, `\e`, `\u202e`), so a name cannot forge or hide a line. Escaping twice changes
 * nothing. The JSON and JUnit reports keep the exact text.
 */
export function escapeControls(text: string): string {
  return String(text).replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Lays rows out as an aligned plain-text table, each cell escaped (`escapeControls`). */
export function textTable(head: readonly string[], rawRows: readonly (readonly string[])[]): string {
  const rows = rawRows.map((r) => r.map((c) => escapeControls(c ?? '')));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const setByCell = (item: InventoryItem) =>
  item.setBy.type === 'unknown' ? 'unknown' : `${item.setBy.type === 'response' ? 'response' : 'script'} ${item.setBy.url}`;

const PHASE_SHORT: Record<string, string> = {
  'before-consent': 'before',
  'after-reject': 'reject',
  'after-accept': 'accept',
  'after-withdrawal': 'withdraw',
};

/** The inventory as a table: one row per cookie or key. */
export function inventoryTable(items: readonly InventoryItem[]): string {
  const rows = items.map((i) => [
    i.name,
    i.kind === 'cookie' ? 'cookie' : i.kind,
    i.domain,
    i.kind === 'cookie' ? i.path : '',
    i.kind === 'cookie' ? describeLifetime(i.lifetimeSeconds) : '',
    i.kind === 'cookie' ? [i.httpOnly ? 'HttpOnly' : '', i.secure ? 'Secure' : '', i.sameSite].filter(Boolean).join(' ') : '',
    i.phases.map((p) => PHASE_SHORT[p] ?? p).join(','),
    setByCell(i),
    i.declared ? `declared: ${i.declared.service}` : '',
    i.classification.category,
    i.classification.rule,
  ]);
  return textTable(['name', 'kind', 'domain', 'path', 'expires in', 'flags', 'seen', 'set by', 'policy', 'category', 'rule'], rows);
}

/** A scan report as text: the table, then why each undeclared item was classified as it was. */
export function formatScanText(report: ScanReport): string {
  const out: string[] = [];
  out.push(`cookiekit scan ${report.url}`);
  if (report.ignoredHttpsErrors) out.push(HTTPS_NOTE);
  out.push(`${report.pages.length} page(s): ${report.pages.join(' ')}`);
  out.push(report.accepted ? 'Accept all was clicked; "accept" rows were seen after it.' : 'No Accept all button was found: only the state before any choice was seen.');
  out.push('');
  if (report.items.length) out.push(...inventoryTable(report.items).split('\n'));
  else out.push('No cookie and no storage key was found.');
  const reasons = report.items.filter((i) => !i.declared);
  if (reasons.length) {
    out.push('', 'How each was classified:');
    for (const i of reasons) out.push(`  ${i.name}: ${i.classification.category} (${i.classification.rule}) ${i.classification.reason}`);
  }
  out.push(...footer(report.blockedRequests, report.errors));
  if (report.incomplete) out.push('', `INCOMPLETE: ${report.incomplete}.`);
  return lines(out);
}

const HTTPS_NOTE = 'Certificate errors were ignored (--ignore-https-errors): the site was not checked as a visitor would see it.';

// Every line escaped, so text from the site stays on its line (escaping twice changes nothing).
const lines = (out: readonly string[]) => `${out.map(escapeControls).join('\n')}\n`;

function footer(blocked: readonly string[], errors: readonly string[]): string[] {
  const out: string[] = [];
  if (blocked.length) {
    out.push('', `${blocked.length} request(s) to other origins were blocked, so what they would set was not seen:`);
    for (const url of blocked.slice(0, 20)) out.push(`  ${url}`);
    if (blocked.length > 20) out.push(`  … and ${blocked.length - 20} more`);
  }
  if (errors.length) {
    out.push('', 'Pages that failed:');
    for (const e of errors) out.push(`  ${e}`);
  }
  return out;
}

const STATUS = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' } as const;

/** An audit report as text, for a terminal or a CI log. */
export function formatAuditText(report: AuditReport, policyFile?: string): string {
  const out: string[] = [];
  out.push(`cookiekit audit ${report.url}${policyFile ? ` against ${policyFile}` : ''} (policy revision ${report.policyRevision})`);
  if (report.ignoredHttpsErrors) out.push(HTTPS_NOTE);
  out.push(`${report.pages.length} page(s): ${report.pages.join(' ')}`);
  out.push('');
  for (const check of report.checks) {
    const errors = report.findings.filter((f) => f.check === check.id);
    out.push(`${STATUS[check.status]}  ${check.rule ? `${check.rule} ` : ''}${check.title}${check.note ? ` (skipped: ${check.note})` : ''}`);
    for (const f of errors) out.push(`      ${f.severity === 'warning' ? 'warning' : 'error'} [${f.code}] ${f.message}`);
  }
  out.push(...footer(report.blockedRequests, report.errors));
  const errorCount = report.findings.filter((f) => f.severity === 'error').length;
  const warningCount = report.findings.length - errorCount;
  const verdict = report.incomplete ? 'INCOMPLETE' : report.passed ? 'PASSED' : 'FAILED';
  if (report.incomplete) out.push('', `The audit did not see the whole site: ${report.incomplete}.`);
  out.push('', `${verdict}: ${errorCount} error(s), ${warningCount} warning(s), ${report.inventory.length} cookie(s) and key(s) seen.`);
  return lines(out);
}

// XML 1.0 allows tab, line feed, carriage return and these ranges; anything else is dropped.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text escaped for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return String(text)
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * An audit report as JUnit XML: one test suite, one test case per check (C1, declared, durations,
 * C4, C6 after Reject all, C6 after withdrawal), a failure per failed check listing its findings.
 * GitHub Actions, GitLab, Jenkins and CircleCI read it.
 */
export function formatAuditJUnit(report: AuditReport, policyFile?: string): string {
  const failures = report.checks.filter((c) => c.status === 'failed').length;
  const errorCount = report.incomplete ? 1 : 0;
  const tests = report.checks.length + errorCount;
  const skipped = report.checks.filter((c) => c.status === 'skipped').length;
  const seconds = (report.durationMs / 1000).toFixed(3);
  const suite = `cookiekit audit ${report.url}`;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cookiekit audit" tests="${tests}" failures="${failures}" errors="${errorCount}" skipped="${skipped}" time="${seconds}">`,
    `  <testsuite name="${xmlEscape(suite)}" tests="${tests}" failures="${failures}" errors="${errorCount}" skipped="${skipped}" time="${seconds}" timestamp="${xmlEscape(report.startedAt.replace(/Z$/, ''))}">`,
    '    <properties>',
    `      <property name="url" value="${xmlEscape(report.url)}"/>`,
    `      <property name="policyRevision" value="${xmlEscape(report.policyRevision)}"/>`,
    ...(policyFile ? [`      <property name="policy" value="${xmlEscape(policyFile)}"/>`] : []),
    `      <property name="pages" value="${report.pages.length}"/>`,
    '    </properties>',
  ];
  for (const check of report.checks) {
    const name = `${check.rule ? `${check.rule}: ` : ''}${check.title}`;
    const open = `    <testcase classname="cookiekit.audit.${check.id}" name="${xmlEscape(name)}" time="0">`;
    const findings = report.findings.filter((f) => f.check === check.id);
    const warnings = findings.filter((f) => f.severity === 'warning');
    if (check.status === 'failed') {
      const errors = findings.filter((f) => f.severity === 'error');
      const codes = [...new Set(errors.map((f) => f.code))].join(' ');
      lines.push(open);
      lines.push(`      <failure message="${xmlEscape(`${errors.length} finding(s): ${codes}`)}" type="${xmlEscape(codes)}">${xmlEscape(findingLines(errors))}</failure>`);
      if (warnings.length) lines.push(`      <system-out>${xmlEscape(findingLines(warnings))}</system-out>`);
      lines.push('    </testcase>');
    } else if (check.status === 'skipped') {
      lines.push(open, `      <skipped message="${xmlEscape(check.note ?? '')}"/>`, '    </testcase>');
    } else if (warnings.length) {
      lines.push(open, `      <system-out>${xmlEscape(findingLines(warnings))}</system-out>`, '    </testcase>');
    } else {
      lines.push(`${open.slice(0, -1)}/>`);
    }
  }
  if (report.incomplete) {
    lines.push(
      '    <testcase classname="cookiekit.audit.complete" name="the visit ran to its end" time="0">',
      `      <error message="${xmlEscape(report.incomplete)}" type="incomplete"/>`,
      '    </testcase>',
    );
  }
  const notes = [...(report.ignoredHttpsErrors ? [HTTPS_NOTE] : []), ...footer(report.blockedRequests, report.errors)].filter(Boolean);
  if (notes.length) lines.push(`    <system-out>${xmlEscape(notes.join('\n'))}</system-out>`);
  lines.push('  </testsuite>', '</testsuites>');
  return `${lines.join('\n')}\n`;
}

const findingLines = (findings: readonly Finding[]) => findings.map((f) => `[${f.code}] ${f.message}`).join('\n');

/** Validation issues as text, one line each, with the path and the compliance rule. */
export function formatIssuesText(file: string, ok: boolean, issues: readonly PolicyIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const lines = issues.map((i) => `  ${i.severity.padEnd(7)} ${i.path || '(root)'}: ${i.message}${i.rule ? ` [${i.rule}]` : ''}`);
  const head = ok
    ? `${file}: valid${warnings ? `, ${warnings} warning(s)` : ''}`
    : `${file}: invalid, ${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}`;
  return `${[head, ...lines].map(escapeControls).join('\n')}\n`;
}
