import sanitizeHtml, { type IOptions } from 'sanitize-html';

/**
 * What a SharePoint text web part keeps of its `innerHtml`: headings below the page title,
 * paragraphs, emphasis, lists, links, tables and quotations. Anything else SharePoint drops or
 * rewrites on save, so the page is built to this list from the start and reads the same in
 * the app's preview as on the intranet. The Graph double strips with the same options.
 */
export const SHAREPOINT_HTML_OPTIONS: Readonly<IOptions> = Object.freeze({
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'blockquote',
  ],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
});

/** The HTML as SharePoint keeps it. */
export function keepSharePointHtml(html: string): string {
  return sanitizeHtml(html, SHAREPOINT_HTML_OPTIONS);
}
