/**
 * Text as HTML or XML text and quoted attribute values: nothing a writer, a reporter or a
 * resident types becomes markup (reports, intranet pages, SVG charts, the public form).
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
