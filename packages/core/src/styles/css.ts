/**
 * Test helpers for styles.css: a small CSS reader (enough for this stylesheet: rules, at-rule
 * nesting, declarations) and the WCAG 2.2 contrast ratio.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STYLESHEET_PATH = fileURLToPath(new URL('../../styles.css', import.meta.url));
export const MARKUP_PATH = fileURLToPath(new URL('../../MARKUP.md', import.meta.url));
export const stylesheet = (): string => readFileSync(STYLESHEET_PATH, 'utf8');

export interface CssRule {
  /** Enclosing at-rule preludes, outermost first, such as `@media (prefers-color-scheme: dark)`. */
  readonly context: readonly string[];
  readonly selector: string;
  readonly declarations: ReadonlyMap<string, string>;
}

/** Reads the style rules of a stylesheet. Throws on unbalanced braces. */
export function parseCss(css: string): CssRule[] {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const stack: string[] = [];
  let buffer = '';
  for (const char of source) {
    if (char === '{') {
      stack.push(buffer.trim().replace(/\s+/g, ' '));
      buffer = '';
    } else if (char === '}') {
      const prelude = stack.pop();
      if (prelude === undefined) throw new Error('unbalanced "}"');
      if (!prelude.startsWith('@') && !/^(from|to|\d+%)$/.test(prelude)) {
        const declarations = new Map<string, string>();
        for (const part of buffer.split(';')) {
          const colon = part.indexOf(':');
          if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
        }
        rules.push({ context: stack.filter((p) => p.startsWith('@')), selector: prelude, declarations });
      }
      buffer = '';
    } else {
      buffer += char;
    }
  }
  if (stack.length > 0) throw new Error('unbalanced "{"');
  return rules;
}

/** `#rgb` or `#rrggbb` as [r, g, b] in 0..255. */
export function parseHex(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) throw new Error(`not a hex colour: ${color}`);
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.2 contrast ratio of two hex colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
