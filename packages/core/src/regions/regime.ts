/**
 * The regimes a region's law asks of a site's cookies, strictest first:
 * - `opt-in`: nothing optional before consent (the EU's ePrivacy rule, C1 and C3);
 * - `opt-out`: what the law allows runs until the visitor opts out; a universal opt-out signal
 *   (GPC) counts as an opt-out (C25);
 * - `notice`: information only;
 * - `none`: no consent UI at all.
 */
export const REGIMES = ['opt-in', 'opt-out', 'notice', 'none'] as const;

/** One of {@link REGIMES}. */
export type Regime = (typeof REGIMES)[number];

/**
 * Whether regime `a` asks more of a site than regime `b` (it comes earlier in {@link REGIMES}).
 * A choice made under a laxer regime is asked again under a stricter one (C25).
 */
export function isStricterRegime(a: Regime, b: Regime): boolean {
  return REGIMES.indexOf(a) < REGIMES.indexOf(b);
}
