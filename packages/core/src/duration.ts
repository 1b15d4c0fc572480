/** Seconds in each unit a policy may use. A month is the mean Gregorian month. */
const UNIT_SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_629_746,
  year: 31_556_952,
};

/** Thirteen months, in seconds: the longest any consent-bound storage may live (C7). */
export const THIRTEEN_MONTHS_SECONDS = 13 * 2_629_746;

/** The longest Max-Age a browser keeps (400 days, C17). */
export const MAX_COOKIE_AGE_SECONDS = 34_560_000;

/** A browser-session lifetime. */
export const SESSION = /^\s*session\s*$/i;

/** The duration syntax: a count and a unit, as `parseDuration` and `formatDuration` read it. */
export const DURATION = /^\s*(\d{1,6})\s*(second|minute|hour|day|week|month|year)s?\s*$/i;

/**
 * Reads a duration such as `13 months`, `1 year` or `30 days`.
 * Returns the length in seconds, `0` for `session`, or `undefined` when it is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  if (SESSION.test(text)) return 0;
  const match = DURATION.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_SECONDS[match[2]!.toLowerCase()]!;
}
