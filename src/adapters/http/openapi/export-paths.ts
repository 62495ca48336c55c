import { boardFilterParameters, stored } from './openapi-paths';

const disposition = (extension: string) => ({
  'Content-Disposition': {
    description: `\`attachment; filename="rake-havainnot-<county's date YYYY-MM-DD>.${extension}"\``,
    schema: { type: 'string' },
  },
});

const COMMON =
  'The board as a file: every page of it, with the board’s filters, order and visibility ' +
  '(supervisors their areas and what names them, RAKE roles and admins all; reporters 403). ' +
  'Columns in the language of Accept-Language: id, filed, reporter, status, kind, service area, ' +
  'municipality, topic, target group, description, solution proposal, period, first feedback, ' +
  "then the supervisor's ten triage fields in Kainuu's order (empty where the caller may not " +
  'read them). A text that a spreadsheet could run as a formula (beginning with = + - @, a tab ' +
  "or a line break, also after blanks) is sent with a `'` in front. Streamed: a store that " +
  'fails after the first page breaks the download off. `cursor` and `limit` are refused (422).';

/** Issue 11: `GET /api/observations/export.csv` and `.xlsx`. */
export function exportPaths(opts: {
  statuses: readonly string[];
  sorts: readonly string[];
}): Record<string, unknown> {
  const parameters = boardFilterParameters(opts);
  return {
    '/api/observations/export.csv': {
      get: {
        summary: 'The board as CSV (Finnish Excel: UTF-8 with BOM, `;`, CRLF, dates d.M.yyyy)',
        description: COMMON,
        parameters,
        responses: {
          200: {
            description: 'CSV',
            headers: disposition('csv'),
            content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } },
          },
          ...stored(401, 403, 422),
        },
      },
    },
    '/api/observations/export.xlsx': {
      get: {
        summary: 'The board as an Excel workbook (one sheet, heading row frozen, date cells)',
        description: COMMON,
        parameters,
        responses: {
          200: {
            description: 'Excel workbook',
            headers: disposition('xlsx'),
            content: {
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
            },
          },
          ...stored(401, 403, 422),
        },
      },
    },
  };
}
