// The compliance rules and the tests that cite them. The rule list is docs/compliance.md (one
// `### C<n> — <title>` heading per rule); a test cites a rule by naming it in its title or in the
// title of a `describe` around it ("C4: …", "(C6, C18)"). Used by scripts/compliance-matrix.mjs
// (which tests cite which rule) and scripts/test-summary.mjs (how they did in the last run).
import { readFileSync } from 'node:fs';

/** One rule heading of docs/compliance.md. */
const RULE_HEADING = /^###\s+C(\d+)\s+—\s+(.+?)\s*$/;

/**
 * The rules of docs/compliance.md, in number order: `{ id: 'C1', n: 1, title }`. Throws when the
 * document has no rule, a rule twice or a gap in the numbering, so a broken heading cannot
 * silently drop a rule from the matrix.
 */
export function parseRules(markdown) {
  const rules = [];
  for (const line of markdown.split(/\r?\n/)) {
    const m = RULE_HEADING.exec(line);
    if (m) rules.push({ id: `C${Number(m[1])}`, n: Number(m[1]), title: m[2] });
  }
  if (rules.length === 0) throw new Error('no rule heading (`### C1 — title`) found');
  rules.sort((a, b) => a.n - b.n);
  rules.forEach((rule, i) => {
    if (rule.n !== i + 1) {
      throw new Error(rules[i - 1]?.n === rule.n ? `rule ${rule.id} appears twice` : `rule C${i + 1} is missing (next is ${rule.id})`);
    }
  });
  return rules;
}

/** The rules of the repository's docs/compliance.md. */
export function readRules(root) {
  return parseRules(readFileSync(new URL('docs/compliance.md', root), 'utf8'));
}

// `C` and a number, standing alone: not inside a word or a longer token (`SC1`, `C1a`, `ISO-C99`,
// `C1_x`), and not a version or decimal (`C1.5`).
const CITATION = /(?<![\p{L}\p{N}_.\-/])C(\d{1,3})(?![\p{L}\p{N}_]|\.\d)/gu;

/**
 * The rule ids a title cites, in number order, without repeats. With `known` (a set of ids), a
 * number that is not a rule (`C99`) is left out.
 */
export function citedRules(text, known) {
  const ids = new Set();
  for (const m of text.matchAll(CITATION)) {
    const id = `C${Number(m[1])}`;
    if (!known || known.has(id)) ids.add(id);
  }
  return [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** The rules a test cites: its own title and the titles of the `describe` blocks around it. */
export function testRules(titles, known) {
  return citedRules(titles.join('\n'), known);
}
