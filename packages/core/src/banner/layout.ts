/** The positions each layout of the first layer can take; the first is its default. */
export const BANNER_LAYOUTS = {
  /** Full width, along the bottom or the top edge. */
  bar: ['bottom', 'top'],
  /** A compact card in a bottom corner (`end` is the right in left-to-right text), or centred at the bottom. */
  box: ['bottom-end', 'bottom-start', 'bottom'],
  /** A wide card, centred, near the bottom or the top. */
  cloud: ['bottom', 'top'],
} as const;

type Layouts = typeof BANNER_LAYOUTS;

/**
 * How the first layer is laid out: one option, taken alike by the React and Vue `CookieBanner`
 * (`layout` prop), the HTML renderers (`layout` option) and the DOM binding (`layout` option,
 * `data-layout` and `data-position` on the script tag). The stylesheet draws it from the
 * banner's `data-ck-layout` and `data-ck-position`. Every layout keeps Accept all and Reject all
 * alike (C4) and stays non-modal, with no backdrop (C19). Default: a bar at the bottom.
 */
export type BannerPlacement = {
  [L in keyof Layouts]: { readonly type: L; readonly position?: Layouts[L][number] };
}[keyof Layouts];

/**
 * The banner's `data-ck-layout` and `data-ck-position` values for a layout option (its default
 * position filled in), or `undefined` without one. Throws a `TypeError` naming the allowed values
 * for an unknown layout or a position the layout does not have.
 *
 * @example
 * ```ts
 * layoutAttributes({ type: 'box' }); // ['box', 'bottom-end']
 * ```
 */
export function layoutAttributes(layout: BannerPlacement | undefined): readonly [layout: string, position: string] | undefined {
  if (!layout) return undefined;
  const positions: readonly string[] = Object.hasOwn(BANNER_LAYOUTS, layout.type) ? BANNER_LAYOUTS[layout.type] : [];
  const position = layout.position ?? positions[0]!;
  if (!positions.includes(position)) {
    throw new TypeError(`cookiekit: no banner layout ${JSON.stringify(layout)}; use one of ${JSON.stringify(BANNER_LAYOUTS)}`);
  }
  return [layout.type, position];
}
