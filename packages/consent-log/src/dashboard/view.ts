import type { Insights, InsightsBucket } from '../insights';
import type { ConsentLogEvent } from '../retention';
import { esc, groupedBars, legend, linePlot, stackedBars, type Series, type TimeAxis } from './svg';

/** One plot's numbers: the table beside it and its CSV are both made from this. */
export interface PlotTable {
  readonly id: PlotId;
  readonly title: string;
  readonly columns: readonly string[];
  /** Cells as shown; a suppressed count is `< k`. */
  readonly rows: readonly (readonly string[])[];
}

export const PLOTS = ['rates', 'methods', 'revisions', 'decisions'] as const;
export type PlotId = (typeof PLOTS)[number];

const METHOD_ORDER = ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc'];

/** The state of the last verification the dashboard ran. */
export interface VerifyStatus {
  readonly state: 'never' | 'running' | 'done' | 'failed' | 'off';
  readonly at?: string;
  readonly ok?: boolean;
  readonly records?: number;
  readonly heads?: readonly string[];
  readonly firstBad?: string;
  readonly error?: string;
}

export interface ViewInput {
  readonly insights: Insights;
  readonly verify: VerifyStatus;
  readonly events: readonly ConsentLogEvent[];
  readonly retention?: { readonly label: string; readonly cutoff: string };
  readonly title: string;
  /** The form's values. */
  readonly form: { readonly from: string; readonly to: string; readonly bucket: 'day' | 'hour' };
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
const rate = (g: number, r: number) => (g + r === 0 ? null : g / (g + r));

function label(insights: Insights, b: InsightsBucket): string {
  const date = new Date(b.start);
  if (insights.bucket === 'hour') {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: insights.timeZone, month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(date);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    return `${get('month')}-${get('day')} ${get('hour')}:00`;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: insights.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The time axis shared by the plots over time. */
export function timeAxis(insights: Insights): TimeAxis {
  const index = new Map(insights.buckets.map((b, i) => [b.start, i]));
  return {
    labels: insights.buckets.map((b) => label(insights, b)),
    marks: insights.revisionStarts.slice(1).map((r) => ({ index: index.get(r.start) ?? 0, label: r.revision })),
    suppressed: insights.buckets.flatMap((b, i) => (b.suppressed ? [i] : [])),
  };
}

/** The opt-in rate per category and bucket (null: suppressed or no decision). */
export function rateSeries(insights: Insights): Series[] {
  return insights.keys.categories.map((c) => ({
    name: c,
    values: insights.buckets.map((b) => {
      const v = b.categories?.[c];
      return v ? rate(v.granted, v.refused) : null;
    }),
  }));
}

export function methodSeries(insights: Insights): Series[] {
  const methods = [...insights.keys.methods].sort((a, b) => (METHOD_ORDER.indexOf(a) + 99) % 99 - (METHOD_ORDER.indexOf(b) + 99) % 99 || a.localeCompare(b));
  return methods.map((m) => ({ name: m, values: insights.buckets.map((b) => (b.suppressed ? null : (b.methods?.[m] ?? 0))) }));
}

/** For each revision after the first in the range: each category's rate over the buckets before and after it started. */
export function revisionComparisons(insights: Insights): { revision: string; start: string; before: Series; after: Series }[] {
  const out = [];
  const index = new Map(insights.buckets.map((b, i) => [b.start, i]));
  for (const r of insights.revisionStarts.slice(1)) {
    const at = index.get(r.start) ?? 0;
    const sums = (from: number, to: number) =>
      insights.keys.categories.map((c) => {
        let g = 0;
        let f = 0;
        for (const b of insights.buckets.slice(from, to)) {
          const v = b.categories?.[c];
          if (v) {
            g += v.granted;
            f += v.refused;
          }
        }
        return rate(g, f);
      });
    out.push({
      revision: r.revision,
      start: r.start,
      before: { name: 'before', values: sums(0, at) },
      after: { name: 'after', values: sums(at, insights.buckets.length) },
    });
  }
  return out;
}

/** The four plots' tables (the CSV downloads are these). */
export function tables(insights: Insights): Record<PlotId, PlotTable> {
  const axis = timeAxis(insights);
  const lt = `< ${insights.k}`;
  const cell = (b: InsightsBucket, v: number | null, asPct: boolean) => (b.suppressed ? lt : v === null ? '' : asPct ? `${pct(v)}%` : String(v));
  const rates = rateSeries(insights);
  const methods = methodSeries(insights);
  const comparisons = revisionComparisons(insights);
  const bucketCol = insights.bucket === 'hour' ? `hour (${insights.timeZone})` : `day (${insights.timeZone})`;
  return {
    rates: {
      id: 'rates',
      title: 'Opt-in rate per category',
      columns: [bucketCol, ...rates.map((s) => s.name)],
      rows: insights.buckets.map((b, i) => [axis.labels[i]!, ...rates.map((s) => cell(b, s.values[i]!, true))]),
    },
    methods: {
      id: 'methods',
      title: 'Decisions by method',
      columns: [bucketCol, ...methods.map((s) => s.name)],
      rows: insights.buckets.map((b, i) => [axis.labels[i]!, ...methods.map((s) => cell(b, s.values[i]!, false))]),
    },
    revisions: {
      id: 'revisions',
      title: 'Opt-in rate before and after each policy revision',
      columns: ['revision', 'started', 'category', 'before', 'after'],
      rows: comparisons.flatMap((c) =>
        insights.keys.categories.map((cat, ci) => [
          c.revision,
          label(insights, insights.buckets.find((b) => b.start === c.start)!),
          cat,
          c.before.values[ci] === null ? '' : `${pct(c.before.values[ci]!)}%`,
          c.after.values[ci] === null ? '' : `${pct(c.after.values[ci]!)}%`,
        ]),
      ),
    },
    decisions: {
      id: 'decisions',
      title: `Decisions per ${insights.bucket}`,
      columns: [bucketCol, 'decisions', 'with GPC'],
      rows: insights.buckets.map((b, i) => [axis.labels[i]!, cell(b, b.total, false), cell(b, b.gpc, false)]),
    },
  };
}

/** A table as CSV (RFC 4180); a cell that a spreadsheet would run as a formula is prefixed with '. */
export function toCsv(table: PlotTable): string {
  const quote = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [table.columns, ...table.rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

function tableHtml(table: PlotTable): string {
  const head = table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const body = table.rows.map((r) => `<tr><th scope="row">${esc(r[0])}</th>${r.slice(1).map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`).join('');
  return `<details class="table-view"><summary>Table: ${esc(table.title)}</summary><div class="scroll" tabindex="0" role="region" aria-label="${esc(table.title)}, table"><table data-plot="${table.id}"><caption>${esc(table.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></details>`;
}

const csvHref = (id: PlotId, form: ViewInput['form']) => `insights.csv?${new URLSearchParams({ plot: id, from: form.from, to: form.to, bucket: form.bucket })}`;

function section(id: PlotId, heading: string, intro: string, svg: string, extra: string, table: PlotTable, form: ViewInput['form']): string {
  return (
    `<section class="plot-card" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(heading)}</h2><p>${intro}</p>` +
    `<figure data-plot="${id}">${svg}${extra}</figure>${tableHtml(table)}` +
    `<p><a href="${esc(csvHref(id, form))}" download>Download CSV: ${esc(table.title)}</a></p></section>`
  );
}

function verifyPanel(v: VerifyStatus): string {
  let text: string;
  switch (v.state) {
    case 'off':
      text = 'Verification is not scheduled by this dashboard (run <code>cookiekit-log verify</code>).';
      break;
    case 'never':
    case 'running':
      text = v.at ? `Running; last finished ${esc(v.at)}.` : 'The first verification is running; reload in a while.';
      break;
    case 'failed':
      text = `Could not verify: ${esc(v.error ?? 'unknown error')}`;
      break;
    default:
      text = v.ok
        ? `<strong class="ok">OK</strong>: ${v.records} records verified at ${esc(v.at)}.`
        : `<strong class="bad">FAILED</strong> at ${esc(v.at)}: ${esc(v.firstBad ?? '')}`;
  }
  const heads = v.heads && v.heads.length > 0 ? `<p>Head${v.heads.length > 1 ? 's' : ''}: ${v.heads.map((h) => `<code>${esc(h)}</code>`).join(' ')}</p>` : '';
  return `<section class="panel" id="verify" aria-labelledby="verify-h"><h2 id="verify-h">Chain verification</h2><p data-verify="${v.state}">${text}</p>${heads}</section>`;
}

function retentionPanel(input: ViewInput): string {
  const purges = input.events.filter((e): e is Extract<ConsentLogEvent, { kind: 'purge' }> => e.kind === 'purge');
  const last = purges[purges.length - 1];
  const first = input.insights.span.first;
  const items = [
    `<li>Oldest day with decisions: ${first ? esc(first.slice(0, 10)) : 'none'}</li>`,
    `<li>Last purge: ${last ? `${esc(last.at)} (records committed before ${esc(last.before)}, ${last.records} removed)` : 'never'}</li>`,
  ];
  if (input.retention) {
    const due = first !== null && first < input.retention.cutoff;
    items.push(
      `<li>Retention ${esc(input.retention.label)}: ${due ? `<strong class="bad">records before ${esc(input.retention.cutoff.slice(0, 10))} are due for purge</strong>` : 'nothing older is kept'}</li>`,
    );
  }
  const erasures = input.events.filter((e) => e.kind === 'erase').length;
  items.push(`<li>Erasures recorded: ${erasures}</li>`);
  return `<section class="panel" id="retention" aria-labelledby="retention-h"><h2 id="retention-h">Retention</h2><ul>${items.join('')}</ul></section>`;
}

/** The whole page: no script, one stylesheet, plots as inline SVG. */
export function renderPage(input: ViewInput): string {
  const { insights, form } = input;
  const t = tables(insights);
  const axis = timeAxis(insights);
  const rates = rateSeries(insights);
  const methods = methodSeries(insights);
  const comparisons = revisionComparisons(insights);
  const decisions: Series = { name: 'decisions', values: insights.buckets.map((b) => b.total) };
  const k = insights.k;
  const suppressedNote = `Hatched ${insights.bucket === 'hour' ? 'hours' : 'days'} hold fewer than ${k} decisions: their numbers are not shown (“&lt; ${k}”).`;
  const marksNote = axis.marks.length > 0 ? ` Dashed lines mark where a policy revision starts (${axis.marks.map((m) => esc(m.label)).join(', ')}).` : '';
  const revisionPlots =
    comparisons.length === 0
      ? `<p class="note">One policy revision (${esc(insights.keys.revisions.join(', ') || 'none')}) in this range: nothing to compare.</p>`
      : comparisons
          .slice(-4)
          .map((c, i) =>
            groupedBars(
              `revisions-${i}`,
              `Opt-in rate before and after revision ${c.revision}`,
              `Per category: the opt-in rate over the range before ${c.revision} started and from then on.`,
              insights.keys.categories,
              [c.before, c.after],
            ),
          )
          .join('') + legend([{ name: 'before', values: [] }, { name: 'after', values: [] }]);
  const hourOption = insights.hoursAvailable || form.bucket === 'hour' ? '<option value="hour"' + (form.bucket === 'hour' ? ' selected' : '') + '>hour</option>' : '';
  const hourNote = insights.hoursAvailable ? '' : `<p class="note" id="hours-note">Hours are offered for ranges up to 31 days in which every hour with a decision holds at least ${k}.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(input.title)}</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<header><h1>${esc(input.title)}</h1>
<p>Aggregates from the consent log, ${esc(form.from)} to ${esc(form.to)} (${esc(insights.timeZone)}). ${suppressedNote}</p>
<form method="get" action="">
<label for="from">From</label> <input id="from" name="from" type="date" value="${esc(form.from)}" required>
<label for="to">To</label> <input id="to" name="to" type="date" value="${esc(form.to)}" required>
<label for="bucket">Per</label> <select id="bucket" name="bucket"><option value="day"${form.bucket === 'day' ? ' selected' : ''}>day</option>${hourOption}</select>
<button type="submit">Show</button>
</form>${hourNote}
</header>
<main>
<div class="panels">${verifyPanel(input.verify)}${retentionPanel(input)}</div>
${section('rates', 'Opt-in rate per category', `The share of decisions that granted each category.${marksNote}`, linePlot('rates-svg', 'Opt-in rate per category over time', `${rates.length} categories, ${insights.buckets.length} ${insights.bucket}s.`, axis, rates, true), legend(rates), t.rates, form)}
${section('methods', 'Decisions by method', `Accept all, reject all, custom choices, withdrawals and GPC, stacked.${marksNote}`, stackedBars('methods-svg', 'Decisions by method over time', 'Stacked bars per bucket.', axis, methods), legend(methods), t.methods, form)}
${section('revisions', 'Before and after each policy revision', 'The opt-in rate per category before a revision started and from then on, within this range.', '', revisionPlots, t.revisions, form)}
${section('decisions', `Decisions per ${insights.bucket}`, `Every decision recorded, withdrawals included.${marksNote}`, stackedBars('decisions-svg', `Decisions per ${insights.bucket}`, 'Bars per bucket.', axis, [decisions]), '', t.decisions, form)}
</main>
</body>
</html>
`;
}

/** The stylesheet (served as a file: the CSP allows no inline style). */
export const STYLE = `:root{color-scheme:light;font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:820px;padding:1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin:.2rem 0}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
input,select,button{font:inherit;padding:.25rem .4rem}
button{background:#1f5fa8;color:#fff;border:0;border-radius:4px;padding:.35rem .9rem}
button:focus-visible,a:focus-visible,summary:focus-visible,.scroll:focus-visible{outline:3px solid #b8460b;outline-offset:2px}
a{color:#1f5fa8}
.panels{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:1rem}
.panel,.plot-card{border:1px solid #c7c7c7;border-radius:6px;padding:.75rem;margin:1rem 0}
figure{margin:0}
svg.plot{max-width:100%;height:auto}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;padding:0}
.scroll{overflow:auto;max-height:24rem}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{border:1px solid #c7c7c7;padding:.2rem .5rem;text-align:right}
th[scope=row]{text-align:left}
caption{text-align:left;font-weight:600}
.ok{color:#1b5e20}.bad{color:#b71c1c}
.note{color:#333}
code{word-break:break-all}
`;
