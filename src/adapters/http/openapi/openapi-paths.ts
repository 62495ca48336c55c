import { IDEMPOTENCY_KEY_PATTERN } from '../routes/observation-routes';
import type { ApiSchemaName } from './api-schemas';

const IDEMPOTENCY_KEY = IDEMPOTENCY_KEY_PATTERN.source;

type JsonObject = Record<string, unknown>;

export const ref = (name: ApiSchemaName) => ({ $ref: `#/components/schemas/${name}` });
export const json = (name: ApiSchemaName) => ({
  content: { 'application/json': { schema: ref(name) } },
});
export const ok = (description: string, name: ApiSchemaName, headers?: JsonObject) => ({
  description,
  ...(headers ? { headers } : {}),
  ...json(name),
});
export const error = (description: string) => ({ description, ...json('ErrorBody') });
export const etagHeader = {
  ETag: { description: 'The version, `"<n>"`', schema: { type: 'string' } },
};

const ERRORS = {
  400: error('malformed_json: the body is not JSON'),
  401: error('unauthenticated'),
  403: error('forbidden'),
  404: error('not_found: unknown, or not visible to the caller'),
  409: error('illegal_transition'),
  412: error('precondition_failed: If-Match is stale; ETag has the current version'),
  413: error('payload_too_large'),
  415: error('unsupported_media_type: the body is not JSON in UTF-8'),
  422: error('validation or personal_data'),
  428: error('precondition_required: If-Match missing'),
  429: {
    ...error(
      'rate_limited: too many requests in a minute from this user (filings apart), or, without a valid identity, from this address',
    ),
    headers: {
      'Retry-After': {
        description: 'Seconds until the window ends',
        schema: { type: 'integer', minimum: 1 },
      },
    },
  },
  503: {
    ...error(
      'storage_unavailable: the store did none of it; `reason` is throttled, unavailable, denied or not_provisioned. Retry the same request (same Idempotency-Key) after Retry-After; denied and not_provisioned need an administrator',
    ),
    headers: {
      'Retry-After': {
        description: 'Seconds; for throttled and unavailable only',
        schema: { type: 'integer', minimum: 0 },
      },
    },
  },
  504: error('storage_unavailable with reason timeout: the store did not answer in time'),
} as const;
export const errors = (...codes: (keyof typeof ERRORS)[]) =>
  Object.fromEntries(codes.map((code) => [code, ERRORS[code]]));
/**
 * Every operation that reads or writes the store (or the staff directory) can meet it down,
 * and every one is rate limited.
 */
export const stored = (...codes: (keyof typeof ERRORS)[]) => errors(...codes, 429, 503, 504);

export const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const query = (name: string, schema: JsonObject, description?: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
});
export const body = (name: ApiSchemaName) => ({ required: true, ...json(name) });
const PUBLIC = { security: [] };

/** The board's filters and order, as `GET /api/observations` and its exports take them. */
export function boardFilterParameters(opts: {
  statuses: readonly string[];
  sorts: readonly string[];
}): JsonObject[] {
  return [
    query('status', { type: 'string' }, `Repeatable or comma list of: ${opts.statuses.join(', ')}`),
    query('serviceArea', { type: 'string' }),
    query('municipality', { type: 'string' }),
    query('topic', { type: 'string' }),
    query('period', { type: 'string' }, 'e.g. 2026-Q1 or 2026-H2'),
    query('q', { type: 'string', maxLength: 200 }, 'Text in description or solution proposal'),
    query(
      'sort',
      { type: 'string', enum: [...opts.sorts], default: opts.sorts[0] },
      'filed_desc: newest first; filed_asc: oldest first; waiting_desc: unanswered first, longest waiting first, then answered, slowest first answer first; priority_asc: priority number (1 = most urgent) first, none last, ties oldest first',
    ),
  ];
}

/** The paths of docs/api.md; bodies are `$ref`s into the generated components. */
export function apiPaths(opts: {
  statuses: readonly string[];
  sorts: readonly string[];
  limit: { min: number; max: number; default: number };
  mineLimit: { min: number; max: number; default: number };
}): JsonObject {
  return {
    '/api/health': {
      get: { ...PUBLIC, summary: 'Liveness', responses: { 200: ok('ok', 'Health') } },
    },
    '/api/config': {
      get: {
        ...PUBLIC,
        summary: 'County configuration',
        responses: { 200: ok('The county', 'CountyDescription'), ...errors(429) },
      },
    },
    '/api/openapi.json': {
      get: {
        ...PUBLIC,
        summary: 'This document',
        responses: { 200: { description: 'OpenAPI 3.1' }, ...errors(429) },
      },
    },
    '/api/me': {
      get: {
        summary: 'The signed-in caller',
        responses: { 200: ok('Caller', 'Me'), ...stored(401) },
      },
    },
    '/api/staff': {
      get: {
        summary: 'Staff for the supervisor and co-reporter pickers',
        parameters: [query('role', { type: 'string' }), query('serviceArea', { type: 'string' })],
        responses: { 200: ok('Staff', 'StaffList'), ...stored(401, 422) },
      },
    },
    '/api/dev/identities': {
      get: {
        ...PUBLIC,
        summary: 'Demo staff for the "acting as" picker (RAKE_AUTH=dev only, else 404)',
        responses: { 200: ok('Identities', 'DevIdentities'), ...stored(404) },
      },
    },
    '/api/observations': {
      post: {
        summary: 'File an observation (havainto)',
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', minLength: 1, maxLength: 200, pattern: IDEMPOTENCY_KEY },
            description:
              'An opaque token (e.g. a UUID); anything else is 422 invalid_format. The same key by the same reporter with the same form returns the first observation; with a changed form, 409 idempotency_key_reused',
          },
        ],
        requestBody: body('ObservationDraft'),
        responses: {
          201: ok('Filed (or replayed)', 'SubmittedObservation', {
            ...etagHeader,
            Location: { schema: { type: 'string' } },
          }),
          ...stored(400, 401, 413, 415, 422),
          409: error(
            'idempotency_key_reused: the key already filed the observation `observationId` with other form fields; nothing was stored. Send the changed form with a new key to file it as a new observation',
          ),
        },
      },
      get: {
        summary: 'The triage board (supervisors and RAKE roles)',
        parameters: [
          ...boardFilterParameters(opts),
          query(
            'cursor',
            { type: 'string' },
            'nextCursor of the previous page, of the same sort (another sort: 422)',
          ),
          query('limit', {
            type: 'integer',
            minimum: opts.limit.min,
            maximum: opts.limit.max,
            default: opts.limit.default,
          }),
          query(
            'source',
            { type: 'string', enum: ['public'] },
            'public: instead of the board, the public form’s waiting submissions, exactly as GET /api/public-submissions answers (PublicSubmissionQueue; coordinator and admins, others 403)',
          ),
        ],
        responses: { 200: ok('A page', 'BoardPage'), ...stored(401, 403, 422) },
      },
    },
    '/api/observations/mine': {
      get: {
        summary: 'Own and co-reported, newest first, a page at a time',
        parameters: [
          query('cursor', { type: 'string' }, 'nextCursor of the previous page'),
          query('limit', {
            type: 'integer',
            minimum: opts.mineLimit.min,
            maximum: opts.mineLimit.max,
            default: opts.mineLimit.default,
          }),
        ],
        responses: { 200: ok('A page', 'MyReportsPage'), ...stored(401, 422) },
      },
    },
    '/api/observations/{id}': {
      get: {
        summary: 'One observation',
        parameters: [idParam],
        responses: {
          200: ok('Observation, with what it led to', 'ObservationWithOutcome', etagHeader),
          ...stored(401, 404),
        },
      },
    },
    '/api/observations/{id}/triage': {
      patch: {
        summary: "Update the supervisor's ten triage fields",
        parameters: [
          idParam,
          { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: body('TriagePatch'),
        responses: {
          200: ok('Updated', 'ObservationView', etagHeader),
          ...stored(400, 401, 403, 404, 412, 413, 415, 422, 428),
        },
      },
    },
    '/api/observations/{id}/triage/history': {
      get: {
        summary:
          'Every saved edit of the triage record (who changed which fields from what to what, when), oldest first. Only for those who may triage: a reporter gets 403',
        parameters: [idParam],
        responses: { 200: ok('Triage history', 'TriageHistory'), ...stored(401, 403, 404) },
      },
    },
    '/api/observations/{id}/transitions': {
      post: {
        summary: 'Move along the lifecycle, with feedback to the reporter',
        parameters: [
          idParam,
          { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } },
        ],
        requestBody: body('TransitionRequest'),
        responses: {
          200: ok('Moved', 'ObservationView', etagHeader),
          ...stored(400, 401, 403, 404, 409, 412, 413, 415, 422),
        },
      },
    },
    '/api/observations/{id}/history': {
      get: {
        summary: 'The timeline, oldest first',
        parameters: [idParam],
        responses: { 200: ok('History', 'HistoryList'), ...stored(401, 404) },
      },
    },
    ...notificationPaths(),
  };
}

/** Issue 4: the digest, the RAKE channel and the admin's delivery lists (404 without Teams). */
function notificationPaths(): JsonObject {
  const keyParam = {
    name: 'key',
    in: 'path',
    required: true,
    schema: { type: 'string' },
    description: 'The outbox key, percent-encoded',
  };
  return {
    '/api/digest': {
      post: {
        summary: 'Post the pre-meeting digest to the RAKE channel now (coordinator, admin)',
        responses: { 202: ok('In the outbox', 'DigestSent'), ...stored(401, 403, 404) },
      },
    },
    '/api/digest/preview': {
      get: {
        summary:
          'The digest as POST /api/digest would send it now, without sending (coordinator, admin)',
        responses: {
          200: ok('The digest and its card', 'DigestPreview'),
          ...stored(401, 403, 404),
        },
      },
    },
    '/api/me/locale': {
      put: {
        summary: "Remember the user's language for the cards the bot sends them",
        requestBody: body('LocaleChoice'),
        responses: { 200: ok('Remembered', 'LocaleChoice'), ...stored(400, 401, 404, 415, 422) },
      },
    },
    '/api/rake-channel': {
      get: {
        summary: 'Where digests go, and the team channels the app knows (coordinator, admin)',
        responses: { 200: ok('Channels', 'RakeChannel'), ...stored(401, 403, 404) },
      },
      put: {
        summary: 'Choose the team channel for digests (coordinator, admin)',
        requestBody: body('RakeChannelChoice'),
        responses: {
          200: ok('Chosen', 'RakeChannel'),
          ...stored(400, 401, 403, 404, 415, 422),
        },
      },
    },
    '/api/admin/deliveries': {
      get: {
        summary: 'Notifications that did not arrive (admin)',
        parameters: [
          query('state', { type: 'string', enum: ['dead', 'not_installed'], default: 'dead' }),
        ],
        responses: { 200: ok('Deliveries', 'DeliveryList'), ...stored(401, 403, 404, 422) },
      },
    },
    '/api/admin/deliveries/{key}/retry': {
      post: {
        summary: 'Deliver a dead or not-installed notification again, now (admin)',
        parameters: [keyParam],
        responses: { 202: ok('Pending again', 'DeliveryRetried'), ...stored(401, 403, 404) },
      },
    },
  };
}
