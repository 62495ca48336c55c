import type { Catalogue } from './catalogue';

const CHECK = 'Please check that the text contains nothing that identifies a client.';
const range = (limit: string | null): string => (limit === null ? '' : ` (limit ${limit})`);

/** English: for staff who prefer it, and for developers reading the API. */
export const en: Catalogue = {
  storage: {
    throttled: 'The service is busy right now. Please try again in a moment.',
    unavailable: 'The storage service is not available right now. Please try again in a moment.',
    timeout: 'The storage service did not answer in time. Please try again in a moment.',
    denied:
      "The app no longer has permission to the county's SharePoint site. Please contact your county's IT support.",
    not_provisioned:
      "The app's SharePoint lists are missing. An administrator must create them before the app can be used. Please contact your county's IT support.",
  },
  errors: {
    malformed_json: 'The request body is not valid JSON.',
    bad_request: 'The request could not be understood. Please check the address and its format.',
    validation: 'Some information is missing or invalid. Please check the marked fields.',
    personal_data: (field) =>
      `${field} contains a personal identity code. Please remove it before sending.`,
    unauthenticated: 'You are not signed in. Please sign in and try again.',
    invalid_identity: (header) => `The development identity header ${header} is invalid.`,
    forbidden: 'You do not have permission to do this.',
    not_found: 'The requested item was not found, or you may not see it.',
    already_handled: 'The observation can no longer be withdrawn: its handling has already begun.',
    not_returned: 'Only a returned observation can be amended and sent again.',
    already_decided: 'The public submission has already been accepted or discarded.',
    illegal_transition: (from, to) => `The status cannot change from “${from}” to “${to}”.`,
    precondition_failed:
      'Someone else changed this observation in the meantime. Please reload it and make your changes again.',
    precondition_required:
      'The If-Match header is missing. Please reload the observation and try again.',
    idempotency_key_reused:
      'The observation had already been sent before your changes. You can find it in My reports; your changes were not saved.',
    payload_too_large: (limit) => `The request is too large (at most ${limit} KiB).`,
    unsupported_media_type:
      'The request body must be JSON in UTF-8 (Content-Type: application/json; charset=utf-8).',
    rate_limited: (seconds) =>
      `Too many requests in a short time. Please try again in ${seconds} ${seconds === '1' ? 'second' : 'seconds'}.`,
    host_not_allowed:
      'This development server answers only at localhost, 127.0.0.1 or [::1]. Please open it at one of those.',
    headers_too_large: (limit) => `The request headers are too large (at most ${limit} KiB).`,
    request_timeout: 'The request did not arrive in time. Please try again.',
    internal: 'Something unexpected went wrong. Please try again in a moment.',
    intranet_unavailable: {
      forbidden:
        'SharePoint did not allow publishing: you cannot edit the intranet site, or an administrator has not granted the app consent.',
      unavailable:
        'The intranet is not answering right now. The report is saved; try publishing again in a moment.',
      not_configured:
        'No intranet site is configured (RAKE_INTRANET_SITE_ID). Ask an administrator to configure it.',
    },
  },
  fieldProblems: {
    required: (field) => `${field} is required.`,
    too_long: (field, limit) => `${field} is too long (at most ${limit ?? '?'} characters).`,
    too_short: (field, limit) => `${field} is too short (at least ${limit ?? '?'} characters).`,
    unknown_choice: (field) =>
      `The value of “${field}” is not recognised. Please choose one of the options.`,
    invalid_type: (field) => `The value of “${field}” has the wrong format.`,
    unknown_field: (field) => `Unknown field “${field}”.`,
    out_of_range: (field, limit) =>
      `The value of “${field}” is outside the allowed range${range(limit)}.`,
    invalid_characters: (field) =>
      `${field} contains broken characters. Please type or paste the text again.`,
    not_allowed: (field) => `${field} is not used in this wellbeing services county.`,
    invalid_format: (field) => `The value of “${field}” contains characters that are not allowed.`,
    invalid_date: (field) =>
      `“${field}” is not a date of the calendar. Write it as d.M.yyyy, e.g. 31.3.2027.`,
    not_quoted: (field) =>
      `“${field}” is not the observation's own words. Quote its text as written; mark what you leave out with …`,
    retire_instead: (field) =>
      `“${field}” cannot be deleted, as observations may name it. Retire it instead.`,
    duplicate: (field) => `“${field}” has the same value twice.`,
    retired: (field) =>
      `The choice in “${field}” has been retired. Please choose one of the options offered.`,
  },
  warnings: {
    phone_number: (field) => `${field} seems to contain a phone number. ${CHECK}`,
    email_address: (field) => `${field} seems to contain an e-mail address. ${CHECK}`,
    street_address: (field) => `${field} seems to contain a street address. ${CHECK}`,
    client_name: (field) => `${field} seems to contain a client's name. ${CHECK}`,
  },
  fields: {
    body: 'Request body',
    kind: 'Kind of phenomenon',
    description: 'Description',
    solutionProposal: 'Solution proposal',
    topic: 'Topic',
    serviceArea: 'Service area',
    municipality: 'Municipality',
    targetGroup: 'Target group',
    supervisorId: 'Supervisor',
    coReporterIds: 'Co-reporters',
    to: 'New status',
    feedback: 'Feedback to the reporter',
    returnReason: 'Reason for returning',
    status: 'Status',
    period: 'Reporting period',
    q: 'Search text',
    cursor: 'Page cursor',
    limit: 'Number of results',
    sort: 'Sort order',
    role: 'Role',
    idempotencyKey: 'Idempotency-Key header',
    teamId: 'RAKE channel',
    state: 'Delivery state',
    coreContent: 'Core content of the report',
    goal: 'Goal',
    audiences: 'Audiences',
    keyMessage: 'Key message',
    channel: 'Channel and means',
    timing: 'Timing',
    owner: 'Who does it',
    followUp: 'Follow-up',
    priority: 'Priority',
    result: 'Result',
    title: 'Title',
    rationale: 'Rationale',
    phenomenonIds: 'Phenomena',
    observationIds: 'Observations',
    decisionBody: 'Decision body',
    dueDate: 'Due date',
    forms: 'Forms of structural social work',
    level: 'Level',
    note: 'Decision or result',
    by: 'Decided by',
    on: 'Date',
    introduction: 'Introduction',
    sections: 'Sections',
    quotations: 'Quotation',
    compilationId: 'Compilation',
    phenomenonId: 'Phenomenon',
    year: 'Year',
    language: 'Language',
    text: 'Message',
    reporterType: 'Reporter',
    contactEmail: 'E-mail for contact',
    contactConsent: 'Consent to be contacted',
    startedAt: 'Form opened at',
    website: 'Website',
    reason: 'Reason',
  },
  statuses: {
    received: 'Received',
    in_review: 'In review',
    forwarded: 'Forwarded to the RAKE working group',
    action_proposed: 'Action proposed',
    closed: 'Closed',
    returned: 'Returned to the reporter',
    withdrawn: 'Withdrawn',
  },
  proposalStatuses: {
    draft: 'Draft',
    proposed: 'Proposed',
    accepted: 'Accepted',
    rejected: 'Rejected',
    in_progress: 'In progress',
    done: 'Done',
  },
  returnReasons: {
    spro_haipro: 'Belongs to SPro or HaiPro',
    own_unit: 'Your own unit can fix this',
    not_structural: 'Not a structural phenomenon',
    other: 'Other reason',
  },
  kinds: { negative: 'Negative', positive: 'Positive', other: 'Other' },
  numberLocale: 'en-GB',
};
