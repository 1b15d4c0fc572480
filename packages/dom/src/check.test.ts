// @vitest-environment node
import { validatePolicy } from '@cookiekit/core/schema';
import { policy } from 'example-policy';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyProblem } from './check';

const clone = () => JSON.parse(JSON.stringify(policy));

describe('the script-tag build\'s policy check', () => {
  it('accepts the example policy', () => {
    expect(policyProblem(clone())).toBe('');
  });

  it('names what is wrong', () => {
    const cases: Array<[(p: any) => unknown, RegExp]> = [
      [() => null, /not an object/],
      [(p) => ({ ...p, revision: '' }), /revision/],
      [(p) => ({ ...p, categories: [] }), /categories/],
      [(p) => ({ ...p, services: {} }), /services/],
      [(p) => ({ ...p, categories: [...p.categories, p.categories[0]] }), /repeated/],
      [(p) => ({ ...p, categories: [{ ...p.categories[0], id: 'a b' }] }), /categories\[0\]\.id/],
      [(p) => ({ ...p, categories: p.categories.map((c: any) => ({ ...c, label: 3 })) }), /label/],
      [(p) => ({ ...p, services: [{ ...p.services[0], category: 'nope' }] }), /declared category/],
      [(p) => ({ ...p, services: [{ ...p.services[0], party: { type: 'fourth' } }] }), /party/],
      [(p) => ({ ...p, services: [{ ...p.services[0], storage: [{ name: 'x' }] }] }), /duration/],
      [(p) => ({ ...p, services: [{ ...p.services[0], purposes: 'x' }] }), /purposes/],
      [(p) => ({ ...p, services: [{ ...p.services[0], id: p.categories[0].id }] }), /repeated/],
    ];
    for (const [mutate, message] of cases) expect(policyProblem(mutate(clone()))).toMatch(message);
  });

  it('refuses a missing or mistyped structural field that the full schema refuses too, and never throws', () => {
    // Drop or retype one field anywhere in the policy: what the light check accepts, the schema
    // accepts too, unless the field is one the check leaves to build-time validation.
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      paths.push(path);
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(policy, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length)), fc.constantFrom(undefined, null, 1, '', [], {}), (path, value) => {
        const broken = clone();
        let target = broken;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path.at(-1)!] = value;
        const problem = policyProblem(broken);
        expect(typeof problem).toBe('string');
        // Structural fields the runtime reads: one missing or of a scalar type is refused by both (an
        // empty list is a rule of the full schema, left to build-time validation).
        const structural = ['revision', 'categories', 'services', 'id', 'category', 'party', 'type', 'storage', 'purposes'];
        if (structural.includes(path.at(-1)!) && typeof value !== 'object' && validatePolicy(broken).ok === false && path.length <= 4) {
          expect(problem).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the README', () => {
  it('publishes the SRI hashes of the built script-tag files', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const file of ['cookiekit.iife.js', 'cookiekit.css']) {
      const body = readFileSync(new URL(`../dist/${file}`, import.meta.url));
      const hash = `sha384-${createHash('sha384').update(body).digest('base64')}`;
      // The build follows core: after a change there, `node scripts/sri.mjs --write` updates the README.
      expect(readme, `README hash of ${file} is stale: run node scripts/sri.mjs --write`).toContain(`${file}" integrity="${hash}"`);
    }
  });
});
