import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Browser } from 'playwright-core';
import { auditSite } from './audit';
import type { ObserveOptions } from './browse';
import { escapeControls, formatAuditJUnit, formatAuditText, formatIssuesText, formatScanText } from './format';
import { loadPolicyFile, POLICY_TIMEOUT_MS } from './load-policy';
import { draftPolicy, formatDraft, scanSite } from './scan';
import { VERSION } from './version';

/** Where the CLI writes; `process` fits. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}

/** Options of `runCli` for embedding it. */
export interface CliOptions {
  /** A running Chromium to use instead of starting one per command (it is left open). */
  readonly browser?: Browser;
}

/**
 * Exit codes, one rule for every command: 0 the check passed; 1 it ran to its end and found a
 * problem in what it checks (an invalid policy, wherever it is given; an audit finding); 2 it
 * could not run to its end (a usage error, a file that cannot be read, a code policy that
 * exits, throws or hangs, no browser, a site that cannot be reached, the `--max-time` limit).
 */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** Default of `--max-time`, in seconds: a whole scan or audit stops there. */
export const MAX_TIME_S = 600;

/** A command line the CLI does not understand. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A policy given to render, scan or audit was read and is invalid: exit 1, with its issues. */
class InvalidPolicyError extends Error {
  override readonly name = 'InvalidPolicyError';
}

const EXIT_CODES = `Exit codes (every command):
  0  passed
  1  a problem was found: an invalid policy (whichever command reads it), or audit findings
  2  the command could not run to its end: a usage error, a file that cannot be read, a .ts/.js
     policy that exits, throws or takes longer than --policy-timeout, no browser, a site that
     cannot be reached, or the --max-time limit (the report then shows what was seen)`;

const MAIN_HELP = `cookiekit ${VERSION}: check a site against its cookie policy.

Usage: cookiekit <command> [options]

Commands:
  validate <policy>         check a policy file (.json, or .ts/.js without a build step)
  render <policy>           write the cookie policy page as HTML or Markdown
  scan <url>                list the cookies and storage keys a site sets, classified
  audit <url> --policy <f>  check a site against its policy (C1, C4, C6, undeclared, durations)

Options:
  -h, --help                help for cookiekit or a command (cookiekit <command> --help)
  -v, --version             print the version

A .ts or .js policy is a program: it is executed (in a child process) to read it, so give only
files you trust. A .json policy is only parsed, never executed.

${EXIT_CODES}
`;

const BROWSE_HELP = `Browser options:
  --chromium <path>         Chromium or Chrome to drive (default: CHROMIUM_PATH, then the usual paths)
  --depth <n>               follow same-origin links this deep (default 2)
  --max-pages <n>           visit at most this many pages (default 10)
  --settle <ms>             wait after each load and click for late scripts (default 300)
  --timeout <ms>            navigation timeout (default 15000)
  --banner-timeout <ms>     how long to wait for the banner's buttons (default 3000)
  --accept <selector>       CSS selector of Accept all, when its name is not recognised
  --reject <selector>       CSS selector of Reject all
  --settings <selector>     CSS selector of the button that reopens the cookie settings
  --exclude <regex>         do not follow links matching this regular expression
  --allow-origin <origin>   also let the browser contact this origin (repeatable; default: none)
  --max-time <s>            stop the whole visit after this many seconds, report what was seen
                            and exit 2 (default ${MAX_TIME_S})
  --ignore-https-errors     accept invalid certificates (a staging site's self-signed one); off
                            by default, and stated in the report when on
  --policy-timeout <ms>     how long a .ts/.js policy may take to load (default ${POLICY_TIMEOUT_MS})
  -q, --quiet               no progress lines on stderr

Only the URL's origin is contacted: every other request is blocked in the browser and listed.`;

const HELP: Record<string, string> = {
  validate: `Usage: cookiekit validate <policy.json|policy.ts> [options]

Checks a cookie policy with @cookiekit/core's validator and prints each issue with its path and
compliance rule. A .ts, .mts, .js or .mjs policy is loaded without a build step (tsx); its
default export, or its export named "policy", is used.

A .ts or .js policy is executed in a child process to read it: give only files you trust. A
.json policy is never executed.

Options:
  --format <text|json>      output format (default text)
  --export <name>           the module export holding the policy
  --policy-timeout <ms>     how long a .ts/.js policy may take to load (default ${POLICY_TIMEOUT_MS})
  -h, --help                this help

Exit codes: 0 valid (warnings allowed), 1 errors, 2 the file could not be read or loaded.

Example:
  cookiekit validate src/cookie-policy.ts
`,
  render: `Usage: cookiekit render <policy> [options]

Writes the cookie policy page (categories explained, then the table of providers, functions,
cookie names, purposes and durations) as HTML or Markdown.

Options:
  --format <html|md>        output format (default html)
  --lang <tag>              language of the page: any shipped language (default: the policy's default language)
  --document                a complete HTML document instead of an <article> fragment
  --settings-href <url>     where "Change your cookie settings" points
  --out <file>              write to a file instead of stdout
  --export <name>           the module export holding the policy
  --policy-timeout <ms>     how long a .ts/.js policy may take to load (default ${POLICY_TIMEOUT_MS})
  -h, --help                this help

Exit codes: 0 written, 1 the policy is invalid, 2 it could not be read or loaded.

Example:
  cookiekit render policy.ts --format md --lang fr --out docs/cookies.fr.md
`,
  scan: `Usage: cookiekit scan <url> [options]

Visits the page and its same-origin links in headless Chromium, first before any choice, then
after Accept all, and lists every cookie (name, domain, path, expiry, HttpOnly, Secure, SameSite,
and the response or script that set it) and storage key. What the policy does not declare is
classified: the site's own framework session and CSRF cookies are necessary, then the Open
Cookie Database by the setting domain, then by name; the rule used is shown for each.

Options:
  --policy <file>           mark what this policy declares (the draft then holds only the rest)
  --out <file>              write a draft policy (.json, or .ts for a TypeScript module)
  --format <text|json>      output format (default text)
${BROWSE_HELP}
  -h, --help                this help

Exit codes: 0 listed, 1 the --policy given is invalid, 2 the scan could not run to its end.

Example:
  cookiekit scan http://localhost:3000/ --out cookie-policy.draft.json
`,
  audit: `Usage: cookiekit audit <url> --policy <file> [options]

Visits the site four times in headless Chromium (before any choice, after Reject all, after
Accept all, after withdrawing that consent) and fails when:
  - a cookie or storage key that is not exempt exists before any choice (C1)
  - a cookie or storage key is not declared in the policy
  - a cookie lives longer than its declared duration
  - the first layer has no Reject all button beside Accept all (C4)
  - a refused category's cookie survives Reject all or a withdrawal (C6)

Options:
  --policy <file>           the site's policy (.json or .ts), required
  --format <text|json|junit> output format (default text)
  --out <file>              write the report to a file instead of stdout
  --junit <file>            also write a JUnit XML report, for CI
${BROWSE_HELP}
  -h, --help                this help

Exit codes: 0 clean, 1 findings or an invalid policy, 2 the audit could not run to its end.

Example:
  cookiekit audit http://localhost:3000/ --policy policy.ts --junit reports/cookies.xml
`,
};

const BROWSE_OPTIONS = {
  chromium: { type: 'string' },
  depth: { type: 'string' },
  'max-pages': { type: 'string' },
  settle: { type: 'string' },
  timeout: { type: 'string' },
  'banner-timeout': { type: 'string' },
  accept: { type: 'string' },
  reject: { type: 'string' },
  settings: { type: 'string' },
  exclude: { type: 'string' },
  'allow-origin': { type: 'string', multiple: true },
  'max-time': { type: 'string' },
  'ignore-https-errors': { type: 'boolean' },
  'policy-timeout': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies ParseArgsConfig['options'];

const POLICY_OPTIONS = { export: { type: 'string' }, 'policy-timeout': { type: 'string' } } as const satisfies ParseArgsConfig['options'];

function loadOptions(values: Values) {
  const timeoutMs = integer(values, 'policy-timeout', 1);
  return {
    ...(typeof values.export === 'string' ? { exportName: values.export } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  };
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies ParseArgsConfig['options'];

type Values = Record<string, string | boolean | string[] | undefined>;

function parse(args: string[], options: ParseArgsConfig['options']): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...options, ...HELP_OPTION }, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    // Node adds advice on `--` after the first sentence; the first sentence is the message.
    throw new UsageError((error as Error).message.split('. To specify')[0]!.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

function integer(values: Values, name: string, min: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${String(raw)}"`);
  return n;
}

function oneOf<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const raw = values[name] ?? fallback;
  if (!allowed.includes(raw as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${String(raw)}"`);
  return raw as T;
}

function browseOptions(values: Values, io: CliIo, cli: CliOptions): Omit<ObserveOptions, 'url' | 'phases'> {
  let exclude: RegExp | undefined;
  if (typeof values.exclude === 'string') {
    try {
      exclude = new RegExp(values.exclude);
    } catch {
      throw new UsageError(`--exclude is not a valid regular expression: ${values.exclude}`);
    }
  }
  const allowOrigins = (values['allow-origin'] as string[] | undefined) ?? [];
  for (const origin of allowOrigins) {
    try {
      if (!/^https?:$/.test(new URL(origin).protocol)) throw new Error();
    } catch {
      throw new UsageError(`--allow-origin must be an http(s) origin such as https://cdn.example.com, not "${origin}"`);
    }
  }
  const selectors = {
    ...(typeof values.accept === 'string' ? { accept: values.accept } : {}),
    ...(typeof values.reject === 'string' ? { reject: values.reject } : {}),
    ...(typeof values.settings === 'string' ? { settings: values.settings } : {}),
  };
  const number = (name: string, key: keyof ObserveOptions, min: number) => {
    const n = integer(values, name, min);
    return n === undefined ? {} : { [key]: n };
  };
  return {
    ...(cli.browser ? { browser: cli.browser } : {}),
    ...(typeof values.chromium === 'string' ? { chromium: values.chromium } : {}),
    ...number('depth', 'depth', 0),
    ...number('max-pages', 'maxPages', 1),
    ...number('settle', 'settleMs', 0),
    ...number('timeout', 'timeoutMs', 1),
    ...number('banner-timeout', 'bannerTimeoutMs', 0),
    ...(exclude ? { exclude } : {}),
    ...(allowOrigins.length ? { allowOrigins } : {}),
    ...(Object.keys(selectors).length ? { selectors } : {}),
    maxTimeMs: (integer(values, 'max-time', 1) ?? MAX_TIME_S) * 1000,
    ...(values['ignore-https-errors'] ? { ignoreHttpsErrors: true } : {}),
    ...(values.quiet ? {} : { onProgress: (line: string) => void io.stderr.write(`cookiekit: ${escapeControls(line)}\n`) }),
  };
}

function oneUrl(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one URL, such as http://localhost:3000/`);
  const url = positionals[0]!;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`"${url}" is not a URL (try http://localhost:3000/)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`"${url}" is not an http(s) URL`);
  return url;
}

// After --max-time the visit closes its pages and reports; this bounds that too.
const GRACE_MS = 30_000;

/** `work`, or an error once `ms` have passed (the timer never holds the process open). */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the visit did not stop within ${Math.round(ms / 1000)} s (--max-time and a grace period)`)), ms);
    timer.unref?.();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function writeOut(file: string, text: string): Promise<void> {
  const path = resolve(file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

async function validate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' }, ...POLICY_OPTIONS });
  if (values.help) return help(io, 'validate');
  const format = oneOf(values, 'format', ['text', 'json'], 'text');
  if (positionals.length !== 1) throw new UsageError('validate takes one policy file');
  const file = positionals[0]!;
  const result = await loadPolicyFile(file, loadOptions(values));
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ file, ok: result.ok, issues: result.issues }, null, 2)}\n`
      : formatIssuesText(file, result.ok, result.issues),
  );
  return result.ok ? EXIT.ok : EXIT.findings;
}

async function render(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    lang: { type: 'string' },
    document: { type: 'boolean' },
    'settings-href': { type: 'string' },
    out: { type: 'string' },
    ...POLICY_OPTIONS,
  });
  if (values.help) return help(io, 'render');
  const format = oneOf(values, 'format', ['html', 'md'], 'html');
  if (positionals.length !== 1) throw new UsageError('render takes one policy file');
  if (typeof values.lang === 'string') {
    const { LANGUAGES } = await import('@cookiekit/core/locales');
    const { lookupLanguage } = await import('@cookiekit/core');
    const tags = LANGUAGES.map((l) => l.tag);
    if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(values.lang) || lookupLanguage([values.lang], tags) === undefined) {
      throw new UsageError(`--lang must be a shipped language (${tags.join(', ')}), not "${values.lang}"`);
    }
  }
  const file = positionals[0]!;
  const result = await loadPolicyFile(file, loadOptions(values));
  if (!result.ok) throw new InvalidPolicyError(formatIssuesText(file, false, result.issues).trimEnd());
  const { renderPage } = await import('./render');
  const text = renderPage(result.policy, {
    format,
    ...(typeof values.lang === 'string' ? { lang: values.lang } : {}),
    ...(values.document ? { document: true } : {}),
    ...(typeof values['settings-href'] === 'string' ? { settingsHref: values['settings-href'] } : {}),
  });
  if (typeof values.out === 'string') await writeOut(values.out, text);
  else io.stdout.write(text);
  return EXIT.ok;
}

async function policyOption(values: Values, required: boolean) {
  const file = values.policy;
  if (typeof file !== 'string') {
    if (required) throw new UsageError('audit needs --policy <file>, the policy the site is checked against');
    return undefined;
  }
  const result = await loadPolicyFile(file, loadOptions(values));
  if (!result.ok) throw new InvalidPolicyError(formatIssuesText(file, false, result.issues).trimEnd());
  return { file, policy: result.policy };
}

async function scan(args: string[], io: CliIo, cli: CliOptions): Promise<number> {
  const { values, positionals } = parse(args, {
    ...BROWSE_OPTIONS,
    policy: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
  });
  if (values.help) return help(io, 'scan');
  const format = oneOf(values, 'format', ['text', 'json'], 'text');
  const url = oneUrl(positionals, 'scan');
  const browse = browseOptions(values, io, cli);
  const loaded = await policyOption(values, false);
  const report = await withinTime(scanSite({ url, ...browse, ...(loaded ? { policy: loaded.policy } : {}) }), browse.maxTimeMs! + GRACE_MS);
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatScanText(report));
  if (report.incomplete) {
    io.stderr.write(`cookiekit: ${report.incomplete}; no draft written\n`);
    return EXIT.error;
  }
  if (typeof values.out === 'string') {
    const draft = draftPolicy(report);
    await writeOut(values.out, formatDraft(draft, values.out, report));
    if (!values.quiet) io.stderr.write(`cookiekit: draft policy written to ${values.out}; review it, then run cookiekit validate ${values.out}\n`);
  }
  return EXIT.ok;
}

async function audit(args: string[], io: CliIo, cli: CliOptions): Promise<number> {
  const { values, positionals } = parse(args, {
    ...BROWSE_OPTIONS,
    policy: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    junit: { type: 'string' },
  });
  if (values.help) return help(io, 'audit');
  const format = oneOf(values, 'format', ['text', 'json', 'junit'], 'text');
  const url = oneUrl(positionals, 'audit');
  const browse = browseOptions(values, io, cli);
  const loaded = (await policyOption(values, true))!;
  const report = await withinTime(auditSite({ url, policy: loaded.policy, ...browse }), browse.maxTimeMs! + GRACE_MS);
  const text =
    format === 'json'
      ? `${JSON.stringify({ policy: loaded.file, ...report }, null, 2)}\n`
      : format === 'junit'
        ? formatAuditJUnit(report, loaded.file)
        : formatAuditText(report, loaded.file);
  if (typeof values.out === 'string') await writeOut(values.out, text);
  else io.stdout.write(text);
  if (typeof values.junit === 'string') await writeOut(values.junit, formatAuditJUnit(report, loaded.file));
  if (report.incomplete) {
    io.stderr.write(`cookiekit: ${report.incomplete}\n`);
    return EXIT.error;
  }
  return report.passed ? EXIT.ok : EXIT.findings;
}

function help(io: CliIo, command?: string): number {
  io.stdout.write(command ? HELP[command]! : MAIN_HELP);
  return EXIT.ok;
}

const COMMANDS: Record<string, (args: string[], io: CliIo, cli: CliOptions) => Promise<number>> = { validate, render, scan, audit };

/**
 * Runs the `cookiekit` command line and resolves to its exit code. Never throws: a usage error,
 * a missing file, a missing browser or an unreachable site is written to stderr with exit code 2.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(['validate', 'policy.json'], process);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = process, options: CliOptions = {}): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h') return help(io);
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (command === 'help') {
      const topic = rest[0];
      if (topic !== undefined && !(topic in HELP)) throw new UsageError(`unknown command "${topic}"`);
      return help(io, topic);
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return await run([...rest], io, options);
  } catch (error) {
    const err = error as Error;
    if (err instanceof InvalidPolicyError) {
      io.stderr.write(`${err.message}\n`);
      return EXIT.findings;
    }
    const text = escapeControls(err?.message ?? String(error));
    if (err instanceof UsageError) {
      io.stderr.write(`cookiekit: ${text}\nRun cookiekit ${command && command in HELP ? `${command} ` : ''}--help for usage.\n`);
    } else {
      io.stderr.write(`cookiekit: ${text}\n`);
    }
    return EXIT.error;
  }
}

