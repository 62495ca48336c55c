import { body, idParam, ok, stored } from './openapi-paths';

const PUBLIC = { security: [] };
const receiptParam = { name: 'receipt', in: 'path', required: true, schema: { type: 'string' } };
const OFF =
  'Off unless the county turns the public form on (RAKE_PUBLIC_FORM=1 or the admin setting): then 404.';
const QUEUE =
  'The RAKE coordinator and admins; others 403. The queue stays reachable while the form is off.';

/** Issue 13: the public form's JSON API and the coordinator's queue. */
export function publicFormPaths(): Record<string, unknown> {
  return {
    '/api/public/observations': {
      post: {
        ...PUBLIC,
        summary: 'A resident, client or association files through the public form',
        description:
          `${OFF} No sign-in. The submission waits for the coordinator. An identity code is ` +
          'refused (422 personal_data); other likely personal data comes back as warnings. ' +
          'A filled honeypot or a form sent too soon after rendering is answered 201 with a ' +
          'receipt that leads nowhere, and nothing is stored. Submissions are limited per ' +
          'client (RAKE_RATE_PUBLIC_PER_MINUTE), counted by a salted hash of the address; ' +
          'no address is stored. The same form is served as HTML at `GET /public` and ' +
          'posted there form-encoded (answering HTML).',
        requestBody: body('PublicSubmissionRequest'),
        responses: {
          201: ok('Received: the receipt', 'PublicSubmitted'),
          ...stored(400, 404, 413, 415, 422),
        },
      },
    },
    '/api/public/status/{receipt}': {
      get: {
        ...PUBLIC,
        summary: 'The status behind a receipt: no text, names or reasons',
        description:
          `${OFF} received → in_handling → action_proposed → closed, or not_taken_forward. ` +
          'An accepted submission follows its observation. HTML: `GET /public/status/{receipt}`.',
        parameters: [receiptParam],
        responses: { 200: ok('The status', 'PublicStatus'), ...stored(404) },
      },
    },
    '/api/public-submissions': {
      get: {
        summary:
          'The public form’s waiting submissions (also `GET /api/observations?source=public`)',
        description: QUEUE,
        responses: {
          200: ok('Oldest first', 'PublicSubmissionQueue'),
          ...stored(401, 403, 404),
        },
      },
    },
    '/api/public-submissions/{id}/accept': {
      post: {
        summary: 'Accept a submission into the normal flow',
        description:
          `${QUEUE} It becomes an observation (source public) in the named service area and ` +
          'topic, filed when it was sent, routed and notified like any filing; its reporter ' +
          'is never notified. 409 already_decided when accepted or discarded before.',
        parameters: [idParam],
        requestBody: body('AcceptPublicSubmission'),
        responses: {
          200: ok('The observation it became', 'ObservationView'),
          ...stored(400, 401, 403, 404, 409, 415, 422),
        },
      },
    },
    '/api/public-submissions/{id}/discard': {
      post: {
        summary: 'Discard a submission with a reason',
        description: `${QUEUE} The public status says only "not taken forward". 409 already_decided when decided before.`,
        parameters: [idParam],
        requestBody: body('DiscardPublicSubmission'),
        responses: {
          200: ok('The discarded submission', 'PublicSubmissionView'),
          ...stored(400, 401, 403, 404, 409, 415, 422),
        },
      },
    },
  };
}
