/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, line breaks and doubled quotes.
 * Lenient where real files are sloppy (a stray quote inside an unquoted field is kept as text,
 * a missing closing quote ends the field at the end of input), and it never throws.
 *
 * @example
 * ```ts
 * parseCsv('a,"b, c"\n1,"say ""hi"""'); // [['a', 'b, c'], ['1', 'say "hi"']]
 * ```
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  // A leading byte-order mark is not part of the first header.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  let quoted = false;
  let atFieldStart = true;
  // Something of the current row was read (so a lone `""` is a row with one empty field).
  let dirty = false;

  const endField = () => {
    row.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    dirty = false;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (!(ch === '\r' || ch === '\n') || quoted) dirty = true;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      i += 1;
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i += 1;
  }
  // The last row, unless the input ended with a line break.
  if (dirty) endRow();
  return rows;
}

/** Writes rows as CSV, quoting only where needed: the inverse of `parseCsv`. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map((f) => (/[",\r\n]/.test(f) || f === '' && row.length === 1 ? `"${f.replace(/"/g, '""')}"` : f)).join(','))
    .join('\n');
}
