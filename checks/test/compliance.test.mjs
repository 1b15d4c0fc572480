import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { citedRules, parseRules, testRules } from '../../scripts/compliance.mjs';
import { MATRIX, REGENERATE, renderMatrix, testsInSource } from '../../scripts/compliance-matrix.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temps = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const known = new Set(Array.from({ length: 26 }, (_, i) => `C${i + 1}`));

describe('the rule list', () => {
  it('docs/compliance.md has every rule from 1 to 26, each with what it requires, its source and where cookiekit meets it', () => {
    const text = readFileSync(join(root, 'docs/compliance.md'), 'utf8');
    const rules = parseRules(text);
    expect(rules.map((r) => r.id)).toEqual([...known]);
    const bodies = text.split(/^### /m).slice(1);
    for (const body of bodies) {
      expect(body, body.split('\n')[0]).toMatch(/\*\*Requires:\*\*[\s\S]+\*\*Source:\*\*[\s\S]+\*\*In cookiekit:\*\*/);
    }
    expect(bodies[14]).toMatch(/In cookiekit:\*\* out of scope/);
    // C25 is met: its entry names where, with no "in part" or "not yet".
    expect(bodies[24]).toMatch(/In cookiekit:\*\* core `decide` takes the regime/);
    expect(bodies[24]).not.toMatch(/in part|not yet/i);
    // C26 is met: its entry names where.
    expect(bodies[25]).toMatch(/In cookiekit:\*\* `@cookiekit\/consent-log`'s `log.insights\(\)`/);
    expect(bodies[25]).not.toMatch(/in part|not yet/i);
  });

  it('refuses a list with a gap or a rule twice', () => {
    expect(() => parseRules('### C1 — a\n### C3 — c\n')).toThrow(/C2 is missing/);
    expect(() => parseRules('### C1 — a\n### C1 — again\n')).toThrow(/C1 appears twice/);
    expect(() => parseRules('# nothing\n')).toThrow(/no rule heading/);
  });
});

describe('citations in test titles', () => {
  it('reads several rules in one title, in number order', () => {
    expect(citedRules('C4, C19: Reject all beside Accept all', known)).toEqual(['C4', 'C19']);
    expect(citedRules('cleanup (C18, C6)', known)).toEqual(['C6', 'C18']);
  });

  it('ignores a rule number inside a word, a longer number, a decimal and numbers that are no rule', () => {
    expect(citedRules('SC1 and xC2 and C3a and C1_x and C1.5 and ISO-C9 and C100', known)).toEqual([]);
    expect(citedRules('C99 and C27', known)).toEqual([]);
    expect(citedRules('C99 and C27')).toEqual(['C27', 'C99']);
  });

  it('finds exactly the citations put in among other words (property)', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const rule = fc.integer({ min: 1, max: 26 }).map((n) => `C${n}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, rule), { maxLength: 12 }), fc.constantFrom(' ', ', ', ': ', ' (', ') '), (parts, sep) => {
        const expected = [...new Set(parts.filter((p) => /^C\d+$/.test(p)))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
        expect(citedRules(parts.join(sep), known)).toEqual(expected);
      }),
    );
  });

  it('counts the rules of the describe blocks around a test', () => {
    expect(testRules(['cleanup (C6, C18)', 'removes the cookie'], known)).toEqual(['C6', 'C18']);
  });
});

describe('reading tests from a source file', () => {
  it('keeps a template-literal title as written, with its citation', () => {
    const tests = testsInSource("it(`C24: escapes markup (${framework} rendering)`, () => {});\n", 'a.test.ts');
    expect(tests).toEqual([{ titles: ['C24: escapes markup (${framework} rendering)'], line: 1 }]);
  });

  it('nests describe titles, fills describe.each rows, and leaves todo tests out', () => {
    const source = [
      "const SHOPS = [{ name: 'React', base: '/' }, { name: 'Vue', base: '/vue/' }] as const;",
      "describe.each(SHOPS)('$name shop at $base', ({ base }) => {",
      "  describe('cleanup (C6)', () => {",
      "    if (base) it('C18: removes it', async () => {});",
      "    it.todo('C9: later');",
      '  });',
      '});',
      "it.each([1, 2])('C5: case %s', () => {});",
    ].join('\n');
    expect(testsInSource(source, 'b.test.ts').map((t) => t.titles)).toEqual([
      ['React shop at /', 'cleanup (C6)', 'C18: removes it'],
      ['Vue shop at /vue/', 'cleanup (C6)', 'C18: removes it'],
      ['C5: case %s'],
    ]);
  });

  it('builds the matrix of a small workspace: tests per package, a shared shop suite per shop, rules not shown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookiekit-matrix-'));
    temps.push(dir);
    const files = {
      'pnpm-workspace.yaml': 'packages:\n  - packages/*\n  - examples/*\n',
      'docs/compliance.md': '### C1 — First\n\n### C2 — Second\n',
      'packages/core/package.json': '{"name":"@x/core"}',
      'packages/core/src/a.test.ts': "import { it } from 'vitest';\nit('C1: nothing early', () => {});\nit('unrelated', () => {});\n",
      'examples/shop-common/package.json': '{"name":"shop-common"}',
      'examples/shop-common/suites/browser.ts': "import { it } from 'vitest';\nexport const suite = () => it('C1: in the shop', () => {});\n",
      'examples/react-vite/package.json': '{"name":"react-vite"}',
      'examples/react-vite/test/shop.test.ts': "import { suite } from 'shop-common/suites/browser';\nsuite();\n",
      'examples/vue-vite/package.json': '{"name":"vue-vite"}',
      'examples/vue-vite/test/shop.test.ts': "import { suite } from 'shop-common/suites/browser';\nsuite();\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const matrix = renderMatrix(dir);
    expect(matrix).toContain('| C1 — First | 3 | @x/core, React shop, Vue shop |');
    expect(matrix).toContain('| C2 — Second | 0 | not shown |');
    expect(matrix).toContain('- C1: nothing early — `packages/core/src/a.test.ts`');
    expect(matrix).toContain('**React shop**\n\n- C1: in the shop — `examples/shop-common/suites/browser.ts` (react-vite)');
    expect(matrix).toContain('**Vue shop**\n\n- C1: in the shop — `examples/shop-common/suites/browser.ts` (vue-vite)');
    expect(matrix).not.toContain('unrelated');
    expect(renderMatrix(dir)).toBe(matrix);
  });
});

describe('the committed matrix', () => {
  it(`is what the sources give now (regenerate with \`${REGENERATE}\`)`, () => {
    const committed = readFileSync(join(root, MATRIX), 'utf8');
    expect(committed === renderMatrix(root), `${MATRIX} is stale: regenerate it with \`${REGENERATE}\` and commit it`).toBe(true);
  });
});
