// Plots drawn on the server as SVG: no script in the page, nothing fetched, and each plot has
// the same numbers in a table beside it.

/** Escapes text for HTML and SVG. */
export const esc = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Colours that keep 3:1 against white and differ in lightness too (readable in greyscale). */
export const PALETTE = ['#1f5fa8', '#b8460b', '#2e7d32', '#7b1fa2', '#8d6e00', '#00838f', '#c2185b', '#455a64'];
/** A dash pattern per series, so lines are told apart without colour. */
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '4 4', '12 2'];

const W = 760;
const H = 260;
const M = { top: 16, right: 16, bottom: 44, left: 52 };
const IW = W - M.left - M.right;
const IH = H - M.top - M.bottom;

export interface Series {
  readonly name: string;
  /** One value per bucket; null where the bucket is suppressed or empty. */
  readonly values: readonly (number | null)[];
}

export interface TimeAxis {
  /** Bucket labels (dates or hours), one per bucket. */
  readonly labels: readonly string[];
  /** Indexes of buckets where a revision starts, with its name. */
  readonly marks: readonly { readonly index: number; readonly label: string }[];
  /** Indexes of suppressed buckets (drawn as a hatched band: fewer than k decisions). */
  readonly suppressed: readonly number[];
}

const x = (i: number, n: number) => M.left + (n <= 1 ? IW / 2 : ((i + 0.5) * IW) / n);
const y = (v: number, max: number) => M.top + IH - (max === 0 ? 0 : (v / max) * IH);

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max && (m * p) % 5 === 0) return m * p;
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return Math.max(5, Math.ceil(m * p));
  return 10 * p;
}

function frame(id: string, title: string, desc: string, body: string): string {
  return (
    `<svg class="plot" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>` +
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9e9e9e" stroke-width="2"/></pattern></defs>` +
    body +
    '</svg>'
  );
}

function axes(id: string, axis: TimeAxis, max: number, format: (v: number) => string): string {
  const n = axis.labels.length;
  let out = '';
  for (const i of axis.suppressed) {
    const w = IW / Math.max(n, 1);
    out += `<rect class="suppressed" x="${(M.left + i * w).toFixed(1)}" y="${M.top}" width="${w.toFixed(1)}" height="${IH}" fill="url(#${id}-hatch)"/>`;
  }
  // Quarters for rates (25 %), fifths for counts (a round max such as 50 gives 10, 20, …).
  const ticks = max === 1 && format(1) === '100%' ? 4 : 5;
  for (let t = 0; t <= ticks; t++) {
    const v = (max * t) / ticks;
    const yy = y(v, max).toFixed(1);
    out += `<line x1="${M.left}" x2="${W - M.right}" y1="${yy}" y2="${yy}" stroke="#d0d0d0"/>`;
    out += `<text x="${M.left - 6}" y="${yy}" dy="4" text-anchor="end" font-size="12" fill="#1a1a1a">${esc(format(v))}</text>`;
  }
  const step = Math.max(1, Math.ceil(n / 8));
  for (let i = 0; i < n; i += step) {
    out += `<text x="${x(i, n).toFixed(1)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="12" fill="#1a1a1a">${esc(axis.labels[i])}</text>`;
  }
  out += `<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + IH}" y2="${M.top + IH}" stroke="#1a1a1a"/>`;
  for (const mark of axis.marks) {
    const xx = (M.left + (mark.index * IW) / Math.max(n, 1)).toFixed(1);
    out += `<g class="revision"><line x1="${xx}" x2="${xx}" y1="${M.top}" y2="${M.top + IH}" stroke="#1a1a1a" stroke-dasharray="4 3"/>`;
    out += `<text x="${xx}" y="${H - 8}" text-anchor="middle" font-size="11" fill="#1a1a1a">${esc(mark.label)}</text></g>`;
  }
  return out;
}

/** Lines over time (rates in 0..1 when `percent`). */
export function linePlot(id: string, title: string, desc: string, axis: TimeAxis, series: readonly Series[], percent: boolean): string {
  const n = axis.labels.length;
  const max = percent ? 1 : niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  let body = axes(id, axis, max, percent ? (v) => `${Math.round(v * 100)}%` : (v) => String(Math.round(v)));
  series.forEach((s, si) => {
    const colour = PALETTE[si % PALETTE.length]!;
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i, n).toFixed(1)} ${y(v, max).toFixed(1)}`;
      pen = true;
    });
    const dash = DASHES[si % DASHES.length];
    body += `<g class="series" data-series="${esc(s.name)}"><path d="${d}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    s.values.forEach((v, i) => {
      if (v !== null) body += `<circle cx="${x(i, n).toFixed(1)}" cy="${y(v, max).toFixed(1)}" r="2.5" fill="${colour}" data-value="${v}"/>`;
    });
    body += '</g>';
  });
  return frame(id, title, desc, body);
}

/** Stacked bars over time (counts). */
export function stackedBars(id: string, title: string, desc: string, axis: TimeAxis, series: readonly Series[]): string {
  const n = axis.labels.length;
  const totals = axis.labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  let body = axes(id, axis, max, (v) => String(Math.round(v)));
  const w = Math.max(1, (IW / Math.max(n, 1)) * 0.8);
  const base = axis.labels.map(() => 0);
  series.forEach((s, si) => {
    body += `<g class="series" data-series="${esc(s.name)}" fill="${PALETTE[si % PALETTE.length]}">`;
    s.values.forEach((v, i) => {
      if (!v) return;
      const top = y(base[i]! + v, max);
      const h = y(base[i]!, max) - top;
      body += `<rect x="${(x(i, n) - w / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" data-value="${v}"/>`;
      base[i]! += v;
    });
    body += '</g>';
  });
  return frame(id, title, desc, body);
}

/** Grouped bars: one group per label, one bar per series (rates in 0..1). */
export function groupedBars(id: string, title: string, desc: string, groups: readonly string[], series: readonly Series[]): string {
  const n = groups.length;
  const max = 1;
  let body = '';
  for (let t = 0; t <= 4; t++) {
    const yy = y(t / 4, max).toFixed(1);
    body += `<line x1="${M.left}" x2="${W - M.right}" y1="${yy}" y2="${yy}" stroke="#d0d0d0"/><text x="${M.left - 6}" y="${yy}" dy="4" text-anchor="end" font-size="12" fill="#1a1a1a">${t * 25}%</text>`;
  }
  const gw = IW / Math.max(n, 1);
  const bw = (gw * 0.8) / Math.max(series.length, 1);
  groups.forEach((g, gi) => {
    body += `<text x="${(M.left + gw * (gi + 0.5)).toFixed(1)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="12" fill="#1a1a1a">${esc(g)}</text>`;
  });
  series.forEach((s, si) => {
    body += `<g class="series" data-series="${esc(s.name)}" fill="${PALETTE[si % PALETTE.length]}">`;
    s.values.forEach((v, gi) => {
      if (v === null) return;
      const left = M.left + gw * gi + gw * 0.1 + bw * si;
      body += `<rect x="${left.toFixed(1)}" y="${y(v, max).toFixed(1)}" width="${bw.toFixed(1)}" height="${(y(0, max) - y(v, max)).toFixed(1)}" data-value="${v}"/>`;
    });
    body += '</g>';
  });
  body += `<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + IH}" y2="${M.top + IH}" stroke="#1a1a1a"/>`;
  return frame(id, title, desc, body);
}

/** A legend as an HTML list (readable, and its swatches match the series). */
export function legend(series: readonly Series[]): string {
  return `<ul class="legend">${series
    .map((s, i) => `<li><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill="${PALETTE[i % PALETTE.length]}"/></svg> ${esc(s.name)}</li>`)
    .join('')}</ul>`;
}
