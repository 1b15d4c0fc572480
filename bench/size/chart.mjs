// The size chart (docs/images/size.svg) as plain hand-written SVG: no dependency to keep up to
// date for one picture. Horizontal bars per scenario group, brotli JS + CSS stacked, cookiekit
// highlighted, cookiekit's budget marked on its own bars, "no such scenario" rows written out.
import { PEERS } from './scenarios.mjs';

const WIDTH = 800;
const LABEL_W = 270; // left column: library names
const BAR_X = LABEL_W + 10;
const BAR_MAX_W = WIDTH - BAR_X - 90; // room for the value label on the right
const ROW_H = 22;
const BAR_H = 14;
const GROUP_H = 30;
const TOP = 74;

const COLORS = {
  ours: { js: '#0b7a53', css: '#6cc9a1' },
  peer: { js: '#5b6472', css: '#b5bcc7' },
  budget: '#c2410c',
  text: '#1f2933',
  muted: '#6b7280',
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const peerName = (peer) => (peer === 'tarteaucitronjs' ? 'tarteaucitron' : peer);

/** The rows drawn: each group's measured main rows in peer order, then its absent peers. */
function layout(result) {
  const items = [];
  for (const group of result.groups) {
    items.push({ type: 'group', group });
    const rows = result.scenarios
      .filter((r) => r.group === group.id && !r.variant)
      .sort((a, b) => PEERS.indexOf(a.peer) - PEERS.indexOf(b.peer));
    for (const row of rows) items.push({ type: 'bar', row });
    for (const absent of result.absent.filter((a) => a.group === group.id)) items.push({ type: 'absent', absent });
  }
  return items;
}

function niceMax(bytes) {
  const step = 10_000;
  return Math.ceil(bytes / step) * step;
}

export function renderChart(result) {
  const items = layout(result);
  const bars = items.filter((i) => i.type === 'bar').map((i) => i.row);
  const max = niceMax(Math.max(...bars.map((r) => r.total.brotli), ...bars.filter((r) => r.budget).map((r) => r.budget.bytes)));
  const x = (bytes) => BAR_X + (bytes / max) * BAR_MAX_W;

  let y = TOP;
  const body = [];
  for (const item of items) {
    if (item.type === 'group') {
      y += 8;
      body.push(`<text x="12" y="${y + 14}" font-size="13" font-weight="700" fill="${COLORS.text}">${esc(item.group.title)}</text>`);
      body.push(`<line x1="12" x2="${WIDTH - 12}" y1="${y + 20}" y2="${y + 20}" stroke="#d6dae0"/>`);
      y += GROUP_H;
      continue;
    }
    if (item.type === 'absent') {
      const a = item.absent;
      body.push(`<text x="${LABEL_W}" y="${y + 12}" text-anchor="end" font-size="12" fill="${COLORS.muted}">${esc(peerName(a.peer))}</text>`);
      body.push(`<text x="${BAR_X}" y="${y + 12}" font-size="11.5" font-style="italic" fill="${COLORS.muted}">no such scenario (${esc(a.short ?? a.reason)})</text>`);
      y += ROW_H;
      continue;
    }
    const r = item.row;
    const ours = r.peer === 'cookiekit';
    const c = ours ? COLORS.ours : COLORS.peer;
    const jsB = r.js?.brotli ?? 0;
    const cssB = r.css?.brotli ?? 0;
    const weight = ours ? ' font-weight="700"' : '';
    body.push(`<g><title>${esc(`${r.label}: ${kB(r.total.brotli)} brotli (JS ${kB(jsB)}, CSS ${cssB ? kB(cssB) : 'none'}); gzip ${kB(r.total.gzip)}`)}</title>`);
    body.push(`<text x="${LABEL_W}" y="${y + 12}" text-anchor="end" font-size="12"${weight} fill="${COLORS.text}">${esc(r.short)}</text>`);
    body.push(`<rect x="${BAR_X}" y="${y + 2}" width="${(x(jsB) - BAR_X).toFixed(1)}" height="${BAR_H}" fill="${c.js}"${r.same ? '' : ' fill-opacity="0.55"'}/>`);
    if (cssB) body.push(`<rect x="${x(jsB).toFixed(1)}" y="${y + 2}" width="${(x(jsB + cssB) - x(jsB)).toFixed(1)}" height="${BAR_H}" fill="${c.css}"${r.same ? '' : ' fill-opacity="0.55"'}/>`);
    const labelAt = Math.max(x(r.total.brotli), r.budget ? x(r.budget.bytes) : 0) + 6;
    body.push(`<text x="${labelAt.toFixed(1)}" y="${y + 13}" font-size="12"${weight} fill="${COLORS.text}">${kB(r.total.brotli)}</text>`);
    if (r.budget) {
      const bx = x(r.budget.bytes).toFixed(1);
      body.push(`<line x1="${bx}" x2="${bx}" y1="${y - 2}" y2="${y + ROW_H - 2}" stroke="${COLORS.budget}" stroke-width="2" stroke-dasharray="3 2"/>`);
    }
    body.push('</g>');
    y += ROW_H;
  }
  const height = y + 48;
  const footer = `<text x="12" y="${y + 40}" font-size="11" fill="${COLORS.muted}">${esc(`Measured ${result.generated.slice(0, 10)}: esbuild ${result.machine.esbuild} minified ESM, brotli quality 11, 1 kB = 1000 B. Reproduce: pnpm bench:size (bench/size/).`)}</text>`;

  // Axis ticks every 10 kB along the bottom, with faint grid lines.
  const ticks = [];
  for (let t = 0; t <= max; t += 10_000) {
    const tx = x(t).toFixed(1);
    ticks.push(`<line x1="${tx}" x2="${tx}" y1="${TOP}" y2="${y}" stroke="#eef0f3"/>`);
    ticks.push(`<text x="${tx}" y="${y + 16}" text-anchor="middle" font-size="11" fill="${COLORS.muted}">${t / 1000} kB</text>`);
  }

  // Legend laid out left to right; text width estimated at 6.6 px a character (12 px font).
  const legendY = 50;
  const swatch = (lx, fill, opacity = '') => `<rect x="${lx}" y="${legendY - 10}" width="12" height="12" fill="${fill}"${opacity}/>`;
  const budgetMark = (lx) => `<line x1="${lx + 6}" x2="${lx + 6}" y1="${legendY - 12}" y2="${legendY + 2}" stroke="${COLORS.budget}" stroke-width="2" stroke-dasharray="3 2"/>`;
  const entries = [
    [(lx) => swatch(lx, COLORS.ours.js), 'cookiekit JS'],
    [(lx) => swatch(lx, COLORS.ours.css), 'cookiekit CSS'],
    [(lx) => swatch(lx, COLORS.peer.js), 'peer JS'],
    [(lx) => swatch(lx, COLORS.peer.css), 'peer CSS'],
    [(lx) => swatch(lx, COLORS.peer.js, ' fill-opacity="0.55"'), 'banner only (does less)'],
    [budgetMark, 'cookiekit budget'],
  ];
  const legend = [];
  let lx = 12;
  for (const [mark, text] of entries) {
    legend.push(`${mark(lx)}<text x="${lx + 16}" y="${legendY}" font-size="12" fill="${COLORS.text}">${esc(text)}</text>`);
    lx += 16 + Math.ceil(text.length * 6.6) + 16;
  }

  const desc = bars
    .map((r) => `${r.group}: ${r.label} ${kB(r.total.brotli)}`)
    .concat(result.absent.map((a) => `${a.group}: ${peerName(a.peer)} has no such scenario (${a.reason})`))
    .join('; ');

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="size-title size-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">
<title id="size-title">Bundle size of cookie-consent libraries, brotli, JS + CSS, frameworks excluded</title>
<desc id="size-desc">${esc(`Measured ${result.generated.slice(0, 10)} with esbuild ${result.machine.esbuild} (minified ESM) and brotli quality 11. ${desc}.`)}</desc>
<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>
<text x="12" y="24" font-size="16" font-weight="700" fill="${COLORS.text}">Bundle size, brotli (JS + CSS), frameworks excluded</text>
${legend.join('\n')}
${ticks.join('\n')}
${body.join('\n')}
${footer}
</svg>
`;
}
