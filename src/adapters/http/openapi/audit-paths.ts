import { AUDIT_DEFAULT_DAYS, AUDIT_LIMIT } from '../../../app/audit';
import { ok, stored } from './openapi-paths';

const day = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema: { type: 'string', format: 'date' },
  description,
});

/** Issue 13: the audit log (admins) and a person's own data. */
export function auditPaths(): Record<string, unknown> {
  return {
    '/api/admin/audit': {
      get: {
        summary: 'The audit log, newest first (admin); `format=csv` for the range as a file',
        description:
          'Who filed, read another’s observation, moved, triaged, exported, published and ' +
          'administered what, and when. Entries are never edited or deleted through the app. ' +
          '`from` and `to` are days of the county’s calendar, both whole (default: the last ' +
          `${AUDIT_DEFAULT_DAYS} days). With \`format=csv\` (or \`Accept: text/csv\`) the whole ` +
          'range comes as CSV for Finnish Excel (UTF-8 with BOM, `;`, dates d.M.yyyy, times in ' +
          'the county’s zone, formulas neutralised); `cursor` and `limit` are then refused.',
        parameters: [
          day('from', 'First day, yyyy-mm-dd'),
          day('to', 'Last day, yyyy-mm-dd (default today)'),
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: AUDIT_LIMIT.min,
              maximum: AUDIT_LIMIT.max,
              default: AUDIT_LIMIT.default,
            },
          },
          { name: 'cursor', in: 'query', required: false, schema: { type: 'string' } },
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: { type: 'string', enum: ['json', 'csv'], default: 'json' },
          },
        ],
        responses: {
          200: {
            description: 'A page of entries, or the range as CSV',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/AuditPage' } },
              'text/csv; charset=utf-8': { schema: { type: 'string' } },
            },
          },
          ...stored(401, 403, 422),
        },
      },
    },
    '/api/me/data': {
      get: {
        summary:
          'Download your own data: your observations with their history, messages and actions',
        description:
          'A JSON file (Content-Disposition: attachment): what the caller filed or co-reported, ' +
          'each with its history and message thread, every message they wrote and their own ' +
          'entries of the audit log. The download itself is recorded (own_data.downloaded).',
        responses: { 200: ok('Your data', 'OwnData'), ...stored(401) },
      },
    },
  };
}
