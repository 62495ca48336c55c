import { AMENDABLE_FIELDS } from '../../../domain/observation/observation';
import { z } from 'zod';
import { OBSERVATION_SOURCES } from '../../../domain/observation/observation';
import { PERSONAL_DATA_WARNING_KINDS } from '../../../domain/personal-data/personal-data-finding';
import { TRIAGE_FIELDS } from '../../../domain/triage/triage-record';
import { STORAGE_FAILURES } from '../../../ports/storage-unavailable';
import { STATUS_OF, type ApiProblemCode } from '../api-problem';
import {
  Choice,
  instant,
  Kind,
  LocalizedText,
  Period,
  ReturnReason,
  Role,
  Status,
  TriageRecord,
} from './common-schemas';
import { LedTo } from './workspace-schemas';

/*
 * What the server answers. Ids are plain strings here: a stored observation keeps its ids
 * even if the county's lists change later.
 */
export const ObservationView = z.object({
  id: z.string(),
  kind: Kind,
  description: z.string(),
  solutionProposal: z.string(),
  topic: z.string(),
  serviceArea: z.string(),
  municipality: z.string(),
  targetGroup: z.string(),
  supervisorId: z.string().nullable(),
  coReporterIds: z.array(z.string()),
  reporterId: z.string(),
  reporterName: z.string(),
  createdAt: instant,
  period: z.string(),
  status: Status,
  firstAnsweredAt: instant.nullable(),
  updatedAt: instant,
  version: z.number().int(),
  triage: TriageRecord.optional().describe('Only for callers who may triage'),
  allowedTransitions: z.array(Status),
  canTriage: z.boolean(),
  hoursToFirstAnswer: z.number(),
  source: z
    .enum(OBSERVATION_SOURCES)
    .optional()
    .describe(
      '`public`: accepted from the public form (its reporter is not on the staff); absent: staff',
    ),
});
export const Warning = z.object({
  field: z.string(),
  kind: z.enum(PERSONAL_DATA_WARNING_KINDS),
  message: z.string(),
});
export const SubmittedObservation = ObservationView.extend({ warnings: z.array(Warning) });
/** One observation with what it led to (phenomena, proposals): its page, "my reports". */
export const ObservationWithOutcome = ObservationView.extend(LedTo.shape);
/** GET /api/observations/mine: a page of "my reports" (`items` as before paging). */
export const MyReportsPage = z.object({
  items: z.array(ObservationWithOutcome),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null: the last'),
});
export const BoardPage = z.object({
  items: z.array(ObservationView),
  unroutedIds: z
    .array(z.string())
    .describe(
      'Items of this page nobody answers for (no supervisor named, none in the service area): the RAKE coordinators were told instead',
    ),
  nextCursor: z.string().nullable(),
  total: z
    .number()
    .int()
    .describe(
      'Observations the filters match on all pages together (the cursor aside), counted up to 5,000',
    ),
  totalExact: z
    .boolean()
    .describe('false: the store stopped counting, and `total` is a lower bound ("at least")'),
  medianHoursToFirstAnswer: z.number().nullable(),
  period: Period,
});
export const HistoryEntry = z.object({
  id: z.string(),
  observationId: z.string(),
  at: instant,
  actorId: z.string(),
  actorName: z.string(),
  from: Status.nullable(),
  to: Status,
  feedback: z.string().nullable(),
  returnReason: ReturnReason.nullable(),
  changes: z
    .array(z.object({ field: z.enum(AMENDABLE_FIELDS), before: z.string(), after: z.string() }))
    .optional()
    .describe('Only on a resubmit: what the reporter amended, both versions'),
});
export const HistoryList = z.object({ items: z.array(HistoryEntry) });
const triageValue = z.union([z.string(), z.number().int()]).nullable();
export const TriageEdit = z.object({
  id: z.string(),
  observationId: z.string(),
  at: instant,
  actorId: z.string(),
  actorName: z.string(),
  changes: z
    .array(z.object({ field: z.enum(TRIAGE_FIELDS), before: triageValue, after: triageValue }))
    .describe('Only the fields whose value changed, in the order of the ten fields'),
});
export const TriageHistory = z.object({ items: z.array(TriageEdit) });

export const Me = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  roles: z.array(Role),
  serviceAreas: z.array(z.string()),
});
export const StaffList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), title: z.string().nullable() })),
});
export const StaffMember = Me.extend({ title: z.string().nullable() });
export const DevIdentities = z.object({ items: z.array(StaffMember) });

export const CountyDescription = z.object({
  county: z.object({ id: z.string(), name: LocalizedText }),
  serviceAreas: z.array(Choice),
  municipalities: z.array(Choice),
  topics: z.array(Choice),
  targetGroups: z.array(Choice),
  kinds: z.array(Choice),
  periods: z.array(Period),
  currentPeriod: Period,
  meetings: z.object({
    months: z.array(z.number().int().min(1).max(12)),
    description: LocalizedText,
  }),
  supervisorNamedByReporter: z.boolean(),
  timeZone: z.string().describe('IANA time zone, e.g. Europe/Helsinki'),
  statuses: z.array(Choice),
  returnReasons: z.array(Choice),
  triageFields: z.array(Choice),
  limits: z.object({ text: z.number().int() }),
});
export const Health = z.object({ status: z.literal('ok') });
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(STATUS_OF) as [ApiProblemCode, ...ApiProblemCode[]]),
    message: z.string(),
    field: z.string().optional(),
    fields: z
      .array(z.object({ field: z.string(), code: z.string(), message: z.string() }))
      .optional(),
    reason: z
      .enum(STORAGE_FAILURES)
      .optional()
      .describe('storage_unavailable only: why the store could not answer'),
    observationId: z
      .string()
      .optional()
      .describe('idempotency_key_reused only: the observation the key filed earlier'),
  }),
});
