import { formatLocalDate, localDateOf } from '../../domain/county/local-date';
import { finnishDate } from '../../domain/export/finnish-date';
import { escapeMarkup } from '../escape-markup';
import { INTRANET_PATH } from './intranet-files';
import type { IntranetEntry } from './intranet-manifest';

/** The subpage's name on the intranet, and the label of each page's link back to it. */
export const INTRANET_TITLE = 'Rakenteellinen sosiaalityö';

// A standalone page: its own few rules inline, readable at 400 % zoom and in high contrast.
const STYLE = `
  body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; color: #1b1b1b;
    background: #fff; margin: 0; padding: 1rem; }
  main { max-width: 48rem; margin: 0 auto; }
  ul { list-style: none; padding: 0; }
  li { border-bottom: 1px solid #767676; padding: 0.75rem 0; }
  a { color: #0f4c81; font-weight: 600; font-size: 1.125rem; }
  a:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
  time { display: block; color: #505050; }
  p { margin: 0.25rem 0 0; }
`;

const languageOf = (entry: IntranetEntry): string =>
  entry.language === 'fi' ? '' : ` lang="${entry.language}"`;

function item(entry: IntranetEntry, timeZone: string): string {
  const date = localDateOf(new Date(entry.publishedAt), timeZone);
  const lang = languageOf(entry);
  return `      <li>
        <a href="${escapeMarkup(`${INTRANET_PATH}/${entry.slug}`)}"${lang}>${escapeMarkup(entry.title)}</a>
        <time datetime="${formatLocalDate(date)}">Julkaistu ${finnishDate(date)}</time>
        ${entry.summary === '' ? '' : `<p${lang}>${escapeMarkup(entry.summary)}</p>`}
      </li>`;
}

/**
 * The structural social work subpage: the RAKE group's publications, newest first, each
 * with the local date it was last published (d.M.yyyy).
 */
export function renderIntranetIndex(
  entries: readonly IntranetEntry[],
  timeZone = 'Europe/Helsinki',
): string {
  const list =
    entries.length === 0
      ? '    <p>Julkaisuja ei ole vielä.</p>'
      : `    <ul>\n${entries.map((entry) => item(entry, timeZone)).join('\n')}\n    </ul>`;
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${INTRANET_TITLE}</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <main>
    <h1>${INTRANET_TITLE}</h1>
    <p>Rakenteellisen sosiaalityön työryhmän raportit ja koosteet asiakastyön havainnoista.</p>
    <h2>Julkaisut</h2>
${list}
    </main>
  </body>
</html>
`;
}
