// Escaping of user text for Markdown output. HTML-significant characters become
// entities (a Markdown renderer passes raw HTML through); Markdown-significant
// punctuation is backslash-escaped so user text can never become a link, heading,
// list, table cell, emphasis or code.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Replace &, <, >, " and ' by HTML entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

// Significant anywhere in a line: escapes, code, emphasis, links/images, GFM tables
// and strikethrough. (HTML entities are made first; none of these occur in them.)
const INLINE = /[\\`*_[\]|~]/g;
// Significant at the start of a line: headings, lists, setext underlines, block quotes
// (> is already an entity), ordered lists (「1.」「1)」).
const LINE_START = /^([#+=-]|\d+[.)])/;

/** Escape one line of user text for Markdown (no line breaks in the result). */
export function escapeMarkdownInline(text: string): string {
  // Leading white space is dropped: four spaces would start a code block.
  const flat = text.replace(/[\r\n]+/g, ' ').trimStart();
  const inline = escapeHtml(flat).replace(INLINE, (c) => `\\${c}`);
  return inline.replace(LINE_START, (mark: string) =>
    /^\d/.test(mark) ? `${mark.slice(0, -1)}\\${mark.slice(-1)}` : `\\${mark}`,
  );
}

/** Escape multi-line user text; each line is escaped, blank lines are kept. */
export function escapeMarkdownLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdownInline(line));
}
