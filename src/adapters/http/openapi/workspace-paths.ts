import { body, error, etagHeader, idParam, ok, stored } from './openapi-paths';

const WRITERS = 'RAKE members, the coordinator and admins; others 403.';
const READERS = 'Also supervisors and editors (read only); reporters 403.';
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'The ETag of the version the edit is based on',
};
const observationIdParam = {
  name: 'observationId',
  in: 'path',
  required: true,
  schema: { type: 'string' },
};
const noContent = { description: 'Done' };
const RAKE = 'RAKE members, the coordinator and admins; others 403.';
const COORDINATOR = 'The coordinator and admins; others 403.';
const COMPILERS =
  'RAKE members, the coordinator and admins any area; supervisors only their own areas.';
const ASKED = "The area's supervisors, the people named, and the RAKE group.";

/** The RAKE working group's workspace: phenomena and action proposals. */
export function workspacePaths(): Record<string, unknown> {
  return {
    '/api/phenomena': {
      get: {
        summary: `Phenomena (ilmiöt), newest first. ${READERS}`,
        responses: { 200: ok('Phenomena', 'PhenomenonList'), ...stored(401, 403) },
      },
      post: {
        summary: `Name a phenomenon. ${WRITERS}`,
        requestBody: body('PhenomenonDraft'),
        responses: {
          201: ok('Created', 'Phenomenon', etagHeader),
          ...stored(400, 401, 403, 413, 415, 422),
        },
      },
    },
    '/api/phenomena/trends': {
      get: {
        summary: `Each phenomenon's observations in a period against the previous one, by service area and municipality. ${READERS}`,
        parameters: [
          {
            name: 'period',
            in: 'query',
            required: false,
            schema: { type: 'string' },
            description: 'A county period id (2026-Q4, 2026-H2); default the current one',
          },
        ],
        responses: { 200: ok('Trends', 'PhenomenonTrends'), ...stored(401, 403, 422) },
      },
    },
    '/api/phenomena/{id}': {
      get: {
        summary: `A phenomenon and the linked observations the caller may see. ${READERS}`,
        parameters: [idParam],
        responses: {
          200: ok('Phenomenon', 'PhenomenonDetails', etagHeader),
          ...stored(401, 403, 404),
        },
      },
      patch: {
        summary: `Edit a phenomenon. ${WRITERS}`,
        parameters: [idParam, ifMatch],
        requestBody: body('PhenomenonPatch'),
        responses: {
          200: ok('Edited', 'Phenomenon', etagHeader),
          ...stored(400, 401, 403, 404, 412, 413, 415, 422, 428),
        },
      },
    },
    '/api/phenomena/{id}/observations/{observationId}': {
      put: {
        summary: `Link an observation (linking twice changes nothing). ${WRITERS}`,
        parameters: [idParam, observationIdParam],
        responses: { 204: noContent, ...stored(401, 403, 404) },
      },
      delete: {
        summary: `Unlink an observation. ${WRITERS}`,
        parameters: [idParam, observationIdParam],
        responses: { 204: noContent, ...stored(401, 403, 404) },
      },
    },
    '/api/proposals': {
      get: {
        summary: `Action proposals (toimenpide-ehdotukset), newest first. ${READERS}`,
        responses: { 200: ok('Proposals', 'ProposalList'), ...stored(401, 403) },
      },
      post: {
        summary: `Write an action proposal (a draft). ${WRITERS}`,
        requestBody: body('ProposalDraft'),
        responses: {
          201: ok('Created', 'Proposal', etagHeader),
          ...stored(400, 401, 403, 413, 415, 422),
        },
      },
    },
    '/api/proposals/{id}': {
      get: {
        summary: `A proposal with its history. ${READERS}`,
        parameters: [idParam],
        responses: {
          200: ok('Proposal', 'ProposalDetails', etagHeader),
          ...stored(401, 403, 404),
        },
      },
      patch: {
        summary: `Edit a proposal's content (not its status). ${WRITERS}`,
        parameters: [idParam, ifMatch],
        requestBody: body('ProposalPatch'),
        responses: {
          200: ok('Edited', 'Proposal', etagHeader),
          ...stored(400, 401, 403, 404, 412, 413, 415, 422, 428),
        },
      },
    },
    '/api/proposals/{id}/transitions': {
      post: {
        summary:
          `Move a proposal: draft → proposed → accepted | rejected (note: the decision); ` +
          `accepted → in_progress → done (note: the result); proposed → draft. ` +
          `Reporters whose observations it rests on are told of decisions and results. ${WRITERS}`,
        parameters: [idParam, { ...ifMatch, required: false }],
        requestBody: body('ProposalMove'),
        responses: {
          200: ok('Moved', 'Proposal', etagHeader),
          ...stored(400, 401, 403, 404, 412, 413, 415, 422),
          409: error('illegal_transition'),
        },
      },
    },
    '/api/meetings': {
      get: {
        summary: `The RAKE group's meetings by date; the county rhythm's are made when missing. ${RAKE}`,
        responses: { 200: ok('Meetings', 'MeetingList'), ...stored(401, 403) },
      },
      post: {
        summary: `Add a meeting outside the rhythm. ${COORDINATOR}`,
        requestBody: body('MeetingDraft'),
        responses: { 201: ok('Added', 'Meeting', etagHeader), ...stored(400, 401, 403, 415, 422) },
      },
    },
    '/api/meetings/{id}': {
      patch: {
        summary: `Move or rename a meeting. ${COORDINATOR}`,
        parameters: [idParam, ifMatch],
        requestBody: body('MeetingPatch'),
        responses: {
          200: ok('Changed', 'Meeting', etagHeader),
          ...stored(400, 401, 403, 404, 412, 415, 422, 428),
        },
      },
    },
    '/api/meetings/{id}/agenda': {
      get: {
        summary: `The agenda built for the meeting: observations since the previous meeting, proposals due for follow-up, open enrichment requests. ${RAKE}`,
        parameters: [idParam],
        responses: { 200: ok('Agenda', 'Agenda', etagHeader), ...stored(401, 403, 404) },
      },
    },
    '/api/meetings/{id}/minutes': {
      put: {
        summary: `Record the minutes: a decision per agenda item (link_to_phenomenon also links the observation). ${COORDINATOR}`,
        parameters: [idParam, { ...ifMatch, required: false }],
        requestBody: body('MinutesDraft'),
        responses: {
          200: ok('Recorded', 'Meeting', etagHeader),
          ...stored(400, 401, 403, 404, 412, 413, 415, 422),
        },
      },
    },
    '/api/compilations': {
      get: {
        summary: `Compilations (koosteet) without their observations, newest first. ${COMPILERS}`,
        responses: { 200: ok('Compilations', 'CompilationList'), ...stored(401, 403) },
      },
      post: {
        summary: `Compile a period (a frozen snapshot). ${COMPILERS}`,
        requestBody: body('CompilationRequest'),
        responses: {
          201: ok('Compiled', 'Compilation'),
          ...stored(400, 401, 403, 415, 422),
        },
      },
    },
    '/api/compilations/{id}': {
      get: {
        summary: `A compilation, whole, with the enrichment requests made from it. ${COMPILERS}`,
        parameters: [idParam],
        responses: { 200: ok('Compilation', 'Compilation'), ...stored(401, 403, 404) },
      },
    },
    '/api/compilations/{id}/export.csv': {
      get: {
        summary: `A compilation's observations as CSV (UTF-8 with BOM, \`;\`, CRLF, d.M.yyyy): id, filed, status, kind, the county's lists, the beginning of the description, its phenomena; formulas neutralised. ${COMPILERS}`,
        parameters: [idParam],
        responses: {
          200: {
            description: 'CSV',
            content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } },
          },
          ...stored(401, 403, 404),
        },
      },
    },
    '/api/compilations/{id}/export.xlsx': {
      get: {
        summary: `A compilation's observations as an Excel workbook. ${COMPILERS}`,
        parameters: [idParam],
        responses: {
          200: {
            description: 'Excel workbook',
            content: {
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
            },
          },
          ...stored(401, 403, 404),
        },
      },
    },
    '/api/compilations/{id}/enrichments': {
      post: {
        summary: `Hand the compilation's observations of a service area (or those named) to it for enrichment; its supervisors are told. ${RAKE}`,
        parameters: [idParam],
        requestBody: body('EnrichmentRequest'),
        responses: {
          201: ok('Requested', 'Enrichment'),
          ...stored(400, 401, 403, 404, 413, 415, 422),
        },
      },
    },
    '/api/enrichments': {
      get: {
        summary: `Enrichment requests the caller sees, newest first. ${ASKED}`,
        responses: { 200: ok('Requests', 'EnrichmentList'), ...stored(401) },
      },
      post: {
        summary: `Hand observations to a service area for enrichment, without a compilation. ${RAKE}`,
        requestBody: body('EnrichmentRequest'),
        responses: {
          201: ok('Requested', 'Enrichment'),
          ...stored(400, 401, 403, 413, 415, 422),
        },
      },
    },
    '/api/enrichments/{id}': {
      get: {
        summary: `One enrichment request with its answers. ${ASKED}`,
        parameters: [idParam],
        responses: { 200: ok('Request', 'Enrichment'), ...stored(401, 404) },
      },
    },
    '/api/enrichments/{id}/answers': {
      post: {
        summary: `Answer: a comment and optionally a proposal (refused once closed). ${ASKED}`,
        parameters: [idParam],
        requestBody: body('EnrichmentAnswerDraft'),
        responses: {
          201: ok('Answered', 'Enrichment'),
          ...stored(400, 401, 403, 404, 413, 415, 422),
        },
      },
    },
    '/api/enrichments/{id}/assignees': {
      put: {
        summary:
          "Name who else answers (replaces the list); new names are told. The area's supervisors and the RAKE group.",
        parameters: [idParam],
        requestBody: body('EnrichmentAssignees'),
        responses: { 200: ok('Named', 'Enrichment'), ...stored(400, 401, 403, 404, 415, 422) },
      },
    },
    '/api/enrichments/{id}/close': {
      post: {
        summary: `Close a request: no more answers. ${RAKE}`,
        parameters: [idParam],
        responses: { 200: ok('Closed', 'Enrichment'), ...stored(401, 403, 404) },
      },
    },
  };
}
