/**
 * Reading only what enforcement needs from a `Cookie` header: the names it carries and one
 * cookie's value. `RequestConsent.cookies` (every name and value) stays the `cookie` library's
 * `parseCookie`; enforcement runs on every request, and building that object of names and values
 * was its largest cost (0.66 µs of a 438-byte header, against 0.23 µs for the names alone). Both
 * functions split the header exactly as `parseCookie` does (a pair is the text between `;`s that
 * holds an `=`, its name and value trimmed of spaces and tabs, the first of a repeated name wins),
 * which `cookie-names.test.ts` checks against the library on arbitrary headers.
 */

export const isBlank = (code: number): boolean => code === 0x20 || code === 0x09;

/** The first index of `header[start, end)` that is not a space or tab, or `end`. */
export function skipBlanks(header: string, start: number, end: number): number {
  while (start < end && isBlank(header.charCodeAt(start))) start++;
  return start;
}

/** The end of `header[start, end)` without its trailing spaces and tabs. */
export function endBeforeBlanks(header: string, start: number, end: number): number {
  while (end > start && isBlank(header.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * `header.slice(start, end)` without the spaces and tabs at either end. Its own loops, not
 * `skipBlanks` and `endBeforeBlanks`: small enough for V8 to inline it into `cookieValue`'s
 * callback, which then allocates no closure a request (measured with `bench/server/allocations.mjs`).
 */
export function trimmed(header: string, start: number, end: number): string {
  while (start < end && isBlank(header.charCodeAt(start))) start++;
  while (end > start && isBlank(header.charCodeAt(end - 1))) end--;
  return header.slice(start, end);
}

/**
 * Calls `visit(eq, start, end)` for each pair in order (`start`–`end` the pair, `eq` its first
 * `=`); stops when it returns true.
 */
function eachPair(header: string, visit: (eq: number, start: number, end: number) => boolean): void {
  const length = header.length;
  if (length < 2) return;
  let start = 0;
  while (start < length) {
    const eq = header.indexOf('=', start);
    if (eq === -1) return;
    let end = header.indexOf(';', start);
    if (end === -1) end = length;
    if (eq > end) {
      // A part without `=`: the pair begins after the last `;` before this `=`.
      start = header.lastIndexOf(';', eq - 1) + 1;
      continue;
    }
    if (visit(eq, start, end)) return;
    start = end + 1;
  }
}

/** The distinct cookie names of a `Cookie` header, in order of first appearance. */
export function cookieNames(header: string): string[] {
  const names: string[] = [];
  // A list is fastest for the usual dozen names; a header of thousands gets a set, so a crafted
  // one costs linear time, not quadratic.
  let seen: Set<string> | undefined;
  eachPair(header, (eq, start) => {
    const name = trimmed(header, start, eq);
    if (seen ? seen.has(name) : names.includes(name)) return false;
    names.push(name);
    if (seen) seen.add(name);
    else if (names.length > 32) seen = new Set(names);
    return false;
  });
  return names;
}

/** The value (as sent, not URI-decoded) of the first cookie called `name`, or `undefined`. */
export function cookieValue(header: string, name: string): string | undefined {
  let value: string | undefined;
  eachPair(header, (eq, start, end) => {
    if (trimmed(header, start, eq) !== name) return false;
    value = trimmed(header, eq + 1, end);
    return true;
  });
  return value;
}
