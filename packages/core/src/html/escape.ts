const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML text and quoted attribute values (C24). Line endings become `\n` and
 * NUL characters are dropped, as an HTML parser would do, so the text reads back unchanged.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '')
    .replace(/[&<>"'`]/g, (char) => ESCAPES[char]!);
}

