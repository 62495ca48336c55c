import { body, etagHeader, idParam, ok, stored } from './openapi-paths';

const ifMatch = (required: boolean) => ({
  name: 'If-Match',
  in: 'header',
  required,
  schema: { type: 'string' },
});

/** Issue 13, reporters' follow-up: withdraw, answer a return, the message thread. */
export function followUpPaths(): Record<string, unknown> {
  return {
    '/api/observations/{id}/withdraw': {
      post: {
        summary: 'The reporter withdraws their observation while it is received',
        description:
          'Status `withdrawn`: final, kept in the history, counted nowhere (compilations, ' +
          'reports, digests, reminders). Those who would have answered for it are told. 404 ' +
          'for anyone but its reporter and co-reporters; 403 for a co-reporter; 409 ' +
          '`already_handled` once a supervisor has moved it on.',
        parameters: [idParam, ifMatch(false)],
        responses: {
          200: ok('Withdrawn', 'ObservationView', etagHeader),
          ...stored(401, 403, 404, 409, 412),
        },
      },
    },
    '/api/observations/{id}/resubmit': {
      post: {
        summary: 'The reporter amends a returned observation and sends it again (→ received)',
        description:
          'Only its reporter (404 to others, 403 to co-reporters), only while `returned` (409 ' +
          '`not_returned`). The history entry keeps both versions of each changed field ' +
          '(`changes`); the supervisors get the new-observation card again, marked resubmitted.',
        parameters: [idParam, ifMatch(true)],
        requestBody: body('ResubmitRequest'),
        responses: {
          200: ok('Sent again', 'ResubmittedObservation', etagHeader),
          ...stored(400, 401, 403, 404, 409, 412, 413, 415, 422, 428),
        },
      },
    },
    '/api/observations/{id}/messages': {
      get: {
        summary: 'The message thread on an observation, oldest first',
        description: 'For whoever may read the observation; 404 for anyone else.',
        parameters: [idParam],
        responses: { 200: ok('Thread', 'MessageList'), ...stored(401, 404) },
      },
      post: {
        summary: 'Write a message on an observation; the other side is notified in Teams',
        parameters: [idParam],
        requestBody: body('MessageRequest'),
        responses: {
          201: ok('Written', 'PostedMessage'),
          ...stored(400, 401, 404, 413, 415, 422),
        },
      },
    },
  };
}
