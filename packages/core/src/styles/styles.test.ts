import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contrast, MARKUP_PATH, parseCss, parseHex, stylesheet, type CssRule } from './css';

const css = stylesheet();
const rules = parseCss(css);
const ROOTS = '.ck-banner, .ck-preferences, .ck-settings-button, .ck-placeholder, .ck-policy';
const COLORS = ['--ck-bg', '--ck-fg', '--ck-muted', '--ck-accent', '--ck-accent-fg', '--ck-border', '--ck-focus'] as const;
const THEME_VARIABLES = [...COLORS, '--ck-radius', '--ck-font', '--ck-shadow', '--ck-z'];

const themeRules = rules.filter((rule) => rule.declarations.has('--ck-bg'));
const find = (predicate: (rule: CssRule) => boolean): CssRule => {
  const found = themeRules.filter(predicate);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const palette = (rule: CssRule): Record<string, string> => Object.fromEntries(COLORS.map((name) => [name, rule.declarations.get(name)!]));

const light = find((r) => r.context.length === 0 && r.selector === `:where(${ROOTS})`);
const darkBySystem = find((r) => r.context.join() === '@media (prefers-color-scheme: dark)');
const darkForced = find((r) => r.selector.startsWith(':where([data-ck-theme="dark"]'));
const lightForced = find((r) => r.selector.startsWith(':where([data-ck-theme="light"]'));

describe('contrast function', () => {
  it('matches known WCAG ratios', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#1d4ed8', '#fff')).toBe(contrast('#fff', '#1d4ed8'));
    expect(() => parseHex('rgb(0 0 0)')).toThrow(/hex/);
  });
});

describe('styles.css theme', () => {
  it('declares every theme property on the component roots, light by default, with zero specificity', () => {
    expect(themeRules).toHaveLength(4);
    for (const name of THEME_VARIABLES) expect(light.declarations.has(name), name).toBe(true);
    for (const rule of themeRules) expect(rule.selector.startsWith(':where(')).toBe(true);
    expect(light.declarations.get('color-scheme')).toBe('light');
  });

  it('dark under prefers-color-scheme and [data-ck-theme="dark"]; [data-ck-theme="light"] forces light', () => {
    expect(palette(darkForced)).toEqual(palette(darkBySystem));
    expect(palette(lightForced)).toEqual(palette(light));
    expect(palette(darkBySystem)).not.toEqual(palette(light));
    expect(darkBySystem.declarations.get('color-scheme')).toBe('dark');
    // The forcing rules come after the media query, so they win over the system setting.
    expect(themeRules.indexOf(lightForced)).toBeGreaterThan(themeRules.indexOf(darkBySystem));
    expect(themeRules.indexOf(darkForced)).toBeGreaterThan(themeRules.indexOf(darkBySystem));
  });

  it.each([
    ['light', light],
    ['dark', darkBySystem],
  ] as const)('C21: %s theme has text contrast >= 4.5:1 and controls and focus ring >= 3:1', (_, rule) => {
    const p = palette(rule);
    const text: Array<[string, string, string]> = [
      ['text', p['--ck-fg']!, p['--ck-bg']!],
      ['secondary text', p['--ck-muted']!, p['--ck-bg']!],
      ['links and outlined buttons', p['--ck-accent']!, p['--ck-bg']!],
      ['primary button and checked switch knob', p['--ck-accent-fg']!, p['--ck-accent']!],
      ['hovered primary button', p['--ck-bg']!, p['--ck-fg']!],
    ];
    const controls: Array<[string, string, string]> = [
      ['borders of controls, badges and placeholders', p['--ck-border']!, p['--ck-bg']!],
      ['focus ring', p['--ck-focus']!, p['--ck-bg']!],
      ['checked switch track', p['--ck-accent']!, p['--ck-bg']!],
      ['unchecked switch outline and knob', p['--ck-muted']!, p['--ck-bg']!],
    ];
    for (const [what, fg, bg] of text) expect(contrast(fg, bg), `${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const [what, fg, bg] of controls) expect(contrast(fg, bg), `${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('C21: the colour pairs the test checks are the ones the rules use', () => {
    const uses = (selector: string, property: string) =>
      rules.filter((r) => r.selector === selector && r.context.length === 0).map((r) => r.declarations.get(property)).filter(Boolean);
    expect(uses('.ck-button--primary', 'color')).toEqual(['var(--ck-accent-fg)']);
    expect(uses('.ck-button--primary', 'background')).toEqual(['var(--ck-accent)']);
    expect(uses('.ck-button, .ck-settings-button', 'color')).toEqual(['var(--ck-accent)']);
    expect(uses('.ck-category__description, .ck-service__meta', 'color')).toEqual(['var(--ck-muted)']);
    expect(uses('.ck-switch:checked::before', 'background')).toEqual(['var(--ck-accent-fg)']);
    // No colour is written outside the theme properties, except the dialog backdrop.
    const literal = rules.filter(
      (r) => !themeRules.includes(r) && !r.context.some((c) => c.includes('forced-colors')) && r.selector !== '.ck-preferences::backdrop',
    );
    for (const rule of literal) {
      for (const [property, value] of rule.declarations) {
        if (/color|background|border|outline/.test(property)) expect(value, `${rule.selector} ${property}`).not.toMatch(/#|rgb|hsl/);
      }
    }
  });
});

describe('styles.css rules', () => {
  it('C20/C21: a visible focus ring of 3px on everything focusable', () => {
    const focus = rules.find((r) => r.selector.includes(':focus-visible'))!;
    expect(focus.declarations.get('outline')).toBe('3px solid var(--ck-focus)');
    expect(focus.selector).toContain('.ck-settings-button:focus-visible');
  });

  it('honours prefers-reduced-motion: no animation, no transition', () => {
    const reduced = rules.filter((r) => r.context.includes('@media (prefers-reduced-motion: reduce)'));
    expect(reduced).toHaveLength(1);
    expect(reduced[0]!.declarations.get('animation')).toBe('none !important');
    expect(reduced[0]!.declarations.get('transition')).toBe('none !important');
  });

  it('C21: the sticky banner reserves scroll padding so it never hides the focused element', () => {
    const padding = rules.find((r) => r.selector.startsWith('html:has(.ck-banner'))!;
    expect(padding.declarations.get('scroll-padding-bottom')).toBe('calc(45vh + 1rem)');
    expect(rules.find((r) => r.selector === '.ck-banner')!.declarations.get('max-height')).toBe('40vh');
    // Room at the end of the page, so the last element can scroll above the banner too.
    const room = rules.find((r) => r.selector === 'html:has(.ck-banner:not([hidden])) body')!;
    expect(room.declarations.get('padding-bottom')).toBe('calc(45vh + 1rem)');
  });

  it('C23: needs no inline style and loads nothing: no url(), @import or expression()', () => {
    expect(css).not.toMatch(/url\(|@import|expression\(|javascript:|behavior:/i);
  });

  it('styles only classes of the markup contract (MARKUP.md)', () => {
    const contract = new Set(readFileSync(MARKUP_PATH, 'utf8').match(/\bck-[a-z-]+(?:__[a-z-]+)?(?:--[a-z-]+)?/g));
    const styled = new Set(css.match(/\.ck-[a-z-]+(?:__[a-z-]+)?(?:--[a-z-]+)?/g)!.map((c) => c.slice(1)));
    expect([...styled].filter((c) => !contract.has(c))).toEqual([]);
  });

  it('stays within the 3 kB brotli budget even unminified', () => {
    const size = brotliCompressSync(Buffer.from(css), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    expect(size).toBeLessThanOrEqual(3072);
  });
});
