import { body, error, etagHeader, idParam, ok, stored } from './openapi-paths';

const WRITERS = 'The coordinator, RAKE members and admins; others 403.';
const READERS = 'Also supervisors and editors (read only); reporters 403.';
const PUBLISHERS = 'Editors and admins; others 403.';
const counts = {
  name: 'counts',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: ['publishing', 'internal'] },
  description:
    'publishing (default): counts of 1–4 by municipality, service area or target group shown as "< 5" with secondary suppression, as it may leave the app. internal: exact counts, for writers only (403 otherwise).',
};
const intranet = {
  503: error(
    'intranet_unavailable: the intranet did not take the page; `reason` unavailable (try again) or not_configured. With reason forbidden the status is 403: SharePoint refused the editor.',
  ),
};

/** Issue 12: reports, their files and publication, and the implementation plan's indicators. */
export function reportPaths(): Record<string, unknown> {
  return {
    '/api/reports': {
      get: {
        summary: `Reports, newest first, without their text. ${READERS}`,
        responses: { 200: ok('Reports', 'ReportList'), ...stored(401, 403) },
      },
      post: {
        summary: `Draft a report from the data: a compilation's, a phenomenon's, or a year's (the annual social report). ${WRITERS}`,
        requestBody: body('ReportRequest'),
        responses: {
          201: ok('Created', 'Report', etagHeader),
          ...stored(400, 401, 403, 413, 415, 422),
        },
      },
    },
    '/api/reports/{id}': {
      get: {
        summary: `A report whole, with exact counts. ${READERS}`,
        parameters: [idParam],
        responses: { 200: ok('Report', 'Report', etagHeader), ...stored(401, 403, 404) },
      },
      patch: {
        summary: `Rewrite the title, introduction or sections; a new kept version. Text is guarded (identity codes 422 personal_data). ${WRITERS}`,
        parameters: [
          idParam,
          { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: body('ReportPatch'),
        responses: {
          200: ok('Edited', 'Report', etagHeader),
          ...stored(400, 401, 403, 404, 412, 413, 415, 422, 428),
        },
      },
    },
    '/api/reports/{id}/observations': {
      get: {
        summary: `The observations the report rests on whose text holds q (all without), newest first, to choose quotations from; no reporter. ${WRITERS}`,
        parameters: [
          idParam,
          { name: 'q', in: 'query', required: false, schema: { type: 'string' } },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
          },
        ],
        responses: {
          200: ok('Observations', 'QuotableObservationList'),
          ...stored(401, 403, 404, 422),
        },
      },
    },
    '/api/reports/{id}/versions': {
      get: {
        summary: `The kept versions of the text, oldest first. ${READERS}`,
        parameters: [idParam],
        responses: { 200: ok('Versions', 'ReportVersionList'), ...stored(401, 403, 404) },
      },
    },
    '/api/reports/{id}/document.docx': {
      get: {
        summary: `The report as a Word document: title page, table of contents, native (editable) charts with alt text, tables with header rows. ${READERS}`,
        parameters: [idParam, counts],
        responses: {
          200: {
            description: 'Word document',
            content: {
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
                schema: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
            },
          },
          ...stored(401, 403, 404),
        },
      },
    },
    '/api/reports/{id}/page.html': {
      get: {
        summary: `The report as the intranet page shows it: charts as SVG with a data table beside each. ${READERS}`,
        parameters: [idParam, counts],
        responses: {
          200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } },
          ...stored(401, 403, 404),
        },
      },
    },
    '/api/reports/{id}/publish': {
      post: {
        summary: `Publish (or republish, as a new version of the same page) on the intranet subpage, as the editor; small counts suppressed. The first publication tells every reporter whose observation it rests on. ${PUBLISHERS}`,
        parameters: [idParam],
        responses: {
          200: ok('Published', 'ReportPublication'),
          ...stored(401, 403, 404),
          ...intranet,
        },
      },
    },
    '/api/reports/{id}/publication': {
      delete: {
        summary: `Withdraw the page from the intranet and its index. ${PUBLISHERS}`,
        parameters: [idParam],
        responses: {
          200: ok('Withdrawn', 'ReportPublication'),
          ...stored(401, 403, 404),
          ...intranet,
        },
      },
    },
    '/api/indicators': {
      get: {
        summary: `The implementation plan's indicators for a year, each achieved or not with its evidence. ${READERS}`,
        parameters: [
          {
            name: 'year',
            in: 'query',
            required: false,
            schema: { type: 'integer' },
            description: 'Default: the current year',
          },
        ],
        responses: { 200: ok('Indicators', 'IndicatorList'), ...stored(401, 403, 422) },
      },
    },
  };
}
