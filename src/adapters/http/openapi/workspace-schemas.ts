import { z } from 'zod';
import {
  MAX_PHENOMENON_DESCRIPTION_LENGTH,
  MAX_PHENOMENON_TITLE_LENGTH,
  PHENOMENON_LEVELS,
  STRUCTURAL_FORMS,
} from '../../../domain/phenomenon';
import {
  MAX_DECISION_BODY_LENGTH,
  MAX_PROPOSAL_LINKS,
  MAX_PROPOSAL_TEXT_LENGTH,
  MAX_PROPOSAL_TITLE_LENGTH,
  PROPOSAL_STATUSES,
} from '../../../domain/proposal';
import {
  AGENDA_SUBJECTS,
  MAX_MEETING_TITLE_LENGTH,
  MAX_MINUTES_ITEMS,
  MAX_MINUTES_TEXT_LENGTH,
  MINUTES_DECISIONS,
} from '../../../domain/meeting';
import {
  MAX_ENRICHMENT_ASSIGNEES,
  MAX_ENRICHMENT_OBSERVATIONS,
  MAX_ENRICHMENT_TEXT_LENGTH,
} from '../../../domain/enrichment';
import { instant, Kind, Period, Status } from './common-schemas';

/* The RAKE working group's workspace: phenomena and action proposals. */

const Form = z.enum(STRUCTURAL_FORMS);
const Level = z.enum(PHENOMENON_LEVELS);
export const ProposalStatus = z.enum(PROPOSAL_STATUSES);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('yyyy-mm-dd, county time');

export const PhenomenonDraft = z.strictObject({
  title: z.string().min(1).max(MAX_PHENOMENON_TITLE_LENGTH),
  description: z.string().max(MAX_PHENOMENON_DESCRIPTION_LENGTH).optional(),
  forms: z.array(Form).optional(),
  level: Level.nullable().optional(),
});
export const PhenomenonPatch = PhenomenonDraft.partial().describe(
  'Only the named fields change; at least one field',
);
export const Phenomenon = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  forms: z.array(Form),
  level: Level.nullable(),
  createdBy: z.string(),
  createdAt: instant,
  updatedAt: instant,
  version: z.number().int(),
  observationCount: z.number().int(),
});
export const PhenomenonList = z.object({ items: z.array(Phenomenon) });
export const PhenomenonDetails = Phenomenon.extend({
  observations: z.array(
    z.object({
      id: z.string(),
      kind: Kind,
      status: Status,
      serviceArea: z.string(),
      municipality: z.string(),
      topic: z.string(),
      period: z.string(),
      createdAt: instant,
      excerpt: z.string(),
      linkedAt: instant,
    }),
  ),
  hiddenObservationCount: z
    .number()
    .int()
    .describe('Linked observations outside what the caller may see'),
});

const links = z.array(z.string()).max(MAX_PROPOSAL_LINKS);
export const ProposalDraft = z.strictObject({
  title: z.string().min(1).max(MAX_PROPOSAL_TITLE_LENGTH),
  rationale: z.string().max(MAX_PROPOSAL_TEXT_LENGTH).optional(),
  phenomenonIds: links.optional(),
  observationIds: links.optional(),
  decisionBody: z
    .string()
    .min(1)
    .max(MAX_DECISION_BODY_LENGTH)
    .describe('Leadership group, regional government, a committee, a municipal HYTE group …'),
  owner: z.string().max(MAX_DECISION_BODY_LENGTH).nullable().optional(),
  dueDate: day.nullable().optional(),
  forms: z.array(Form).optional(),
  level: Level.nullable().optional(),
});
export const ProposalPatch = ProposalDraft.partial().describe(
  'Only the named fields change; at least one field',
);
export const ProposalMove = z.strictObject({
  to: ProposalStatus,
  note: z
    .string()
    .max(MAX_PROPOSAL_TEXT_LENGTH)
    .nullable()
    .optional()
    .describe(
      'The decision (accepted, rejected) or the result and evaluation (done): required there',
    ),
  by: z
    .string()
    .max(MAX_DECISION_BODY_LENGTH)
    .nullable()
    .optional()
    .describe('Who decided; default the decision body (for done: the caller)'),
  on: day.nullable().optional().describe('When; default today'),
});
const Outcome = z.object({ text: z.string(), by: z.string(), on: day });
export const Proposal = z.object({
  id: z.string(),
  title: z.string(),
  rationale: z.string(),
  phenomenonIds: z.array(z.string()),
  observationIds: z.array(z.string()),
  decisionBody: z.string(),
  owner: z.string().nullable(),
  dueDate: day.nullable(),
  forms: z.array(Form),
  level: Level.nullable(),
  status: ProposalStatus,
  decision: Outcome.nullable(),
  result: Outcome.nullable(),
  createdBy: z.string(),
  createdAt: instant,
  updatedAt: instant,
  version: z.number().int(),
  allowedTransitions: z.array(ProposalStatus),
});
export const ProposalList = z.object({ items: z.array(Proposal) });
export const ProposalHistoryEntry = z.object({
  id: z.string(),
  proposalId: z.string(),
  at: instant,
  actorId: z.string(),
  actorName: z.string(),
  from: ProposalStatus.nullable(),
  to: ProposalStatus,
  note: z.string().nullable(),
});
export const ProposalDetails = Proposal.extend({ history: z.array(ProposalHistoryEntry) });

const EnrichmentAnswer = z.object({
  id: z.string(),
  text: z.string(),
  proposal: z.string().nullable(),
  authorId: z.string(),
  authorName: z.string(),
  at: instant,
});

/** What an observation led to, on its own page and in "my reports". */
export const LedTo = z.object({
  enrichments: z
    .array(
      z.object({
        id: z.string(),
        serviceArea: z.string(),
        question: z.string(),
        dueDate: day,
        answers: z.array(EnrichmentAnswer),
      }),
    )
    .describe('Enrichment requests that include it: only for those asked and the RAKE group'),
  phenomena: z.array(z.object({ id: z.string(), title: z.string() })),
  publications: z
    .array(
      z.object({ reportId: z.string(), title: z.string(), url: z.string(), publishedAt: instant }),
    )
    .describe('Reports on the intranet that rest on it'),
  proposals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: ProposalStatus,
      decision: Outcome.nullable(),
      result: Outcome.nullable(),
    }),
  ),
});

const Counts = z.array(z.object({ id: z.string(), count: z.number().int() }));
export const PhenomenonTrends = z.object({
  period: Period,
  previousPeriod: Period,
  items: z.array(
    z.object({
      phenomenonId: z.string(),
      title: z.string(),
      count: z.number().int(),
      previousCount: z.number().int(),
      change: z.number().int().describe('count − previousCount'),
      byServiceArea: Counts,
      byMunicipality: Counts,
    }),
  ),
});

/* Meetings, compilations, enrichment requests. */

const MinutesItem = z.object({
  subject: z.enum(AGENDA_SUBJECTS),
  subjectId: z.string(),
  decision: z.enum(MINUTES_DECISIONS),
  phenomenonId: z.string().nullable(),
  proposalId: z.string().nullable(),
  serviceArea: z.string().nullable(),
  note: z.string().nullable(),
});
export const Meeting = z.object({
  id: z.string(),
  date: day,
  title: z.string().describe('Empty: name it by its date'),
  scheduledFor: day.nullable().describe("The rhythm's date it was made for; null: added by hand"),
  minutes: z
    .object({
      summary: z.string(),
      items: z.array(MinutesItem),
      recordedBy: z.string(),
      recordedByName: z.string(),
      recordedAt: instant,
    })
    .nullable(),
  createdAt: instant,
  updatedAt: instant,
  version: z.number().int(),
});
export const MeetingList = z.object({ items: z.array(Meeting) });
export const MeetingDraft = z.strictObject({
  date: day,
  title: z.string().max(MAX_MEETING_TITLE_LENGTH).optional(),
});
export const MeetingPatch = MeetingDraft.partial();
export const MinutesDraft = z.strictObject({
  summary: z.string().max(MAX_MINUTES_TEXT_LENGTH).optional(),
  items: z
    .array(
      z.strictObject({
        subject: z.enum(AGENDA_SUBJECTS),
        subjectId: z.string(),
        decision: z.enum(MINUTES_DECISIONS),
        phenomenonId: z.string().nullable().optional().describe('Required for link_to_phenomenon'),
        proposalId: z.string().nullable().optional().describe('Required for make_proposal'),
        serviceArea: z.string().nullable().optional().describe('Required for hand_to_service_area'),
        note: z.string().max(MAX_MINUTES_TEXT_LENGTH).nullable().optional(),
      }),
    )
    .max(MAX_MINUTES_ITEMS),
});
const AgendaObservation = z.object({
  id: z.string(),
  kind: Kind,
  status: Status,
  serviceArea: z.string(),
  municipality: z.string(),
  topic: z.string(),
  targetGroup: z.string(),
  createdAt: instant,
  excerpt: z.string(),
  phenomenonIds: z.array(z.string()),
});
export const Agenda = z.object({
  meeting: Meeting,
  since: day.nullable().describe("The previous meeting's date; null: the first on record"),
  observations: z.array(AgendaObservation),
  proposalsDue: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: ProposalStatus,
      decisionBody: z.string(),
      dueDate: day.nullable(),
    }),
  ),
  enrichments: z.array(
    z.object({
      id: z.string(),
      serviceArea: z.string(),
      question: z.string(),
      dueDate: day,
      answerCount: z.number().int(),
    }),
  ),
});

export const CompilationRequest = z
  .strictObject({
    period: z.string().optional().describe('A county period id: 2026-Q4, 2026-H2'),
    from: day.optional(),
    to: day.optional(),
    serviceArea: z.string().nullable().optional(),
  })
  .describe('Either `period`, or `from` and `to` (both days included)');
const CountList = z.array(z.object({ id: z.string(), count: z.number().int() }));
const compilationFields = {
  id: z.string(),
  period: z.string().nullable(),
  from: day,
  to: day,
  previousFrom: day,
  previousTo: day,
  serviceArea: z.string().nullable(),
  total: z.number().int(),
  byServiceArea: CountList,
  byMunicipality: CountList,
  byTopic: CountList,
  byKind: CountList,
  byTargetGroup: CountList,
  byStatus: CountList,
  answered: z.number().int().describe('How many had had feedback when it was made'),
  medianDaysToFirstFeedback: z.number().nullable(),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: instant,
};
export const CompilationSummary = z.object({
  ...compilationFields,
  phenomenonCount: z.number().int(),
});
export const CompilationList = z.object({ items: z.array(CompilationSummary) });
export const Enrichment = z.object({
  id: z.string(),
  compilationId: z.string().nullable(),
  serviceArea: z.string(),
  question: z.string(),
  dueDate: day,
  observationIds: z.array(z.string()),
  assigneeIds: z.array(z.string()),
  requestedBy: z.string(),
  requestedByName: z.string(),
  createdAt: instant,
  closedAt: instant.nullable(),
  answers: z.array(EnrichmentAnswer),
  updatedAt: instant,
  version: z.number().int(),
});
export const EnrichmentList = z.object({ items: z.array(Enrichment) });
export const Compilation = z
  .object({
    ...compilationFields,
    phenomena: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        count: z.number().int(),
        previousCount: z.number().int(),
        observationIds: z.array(z.string()),
      }),
    ),
    observations: z.array(
      AgendaObservation.omit({ phenomenonIds: true }).extend({
        phenomenonIds: z.array(z.string()),
      }),
    ),
    enrichments: z.array(Enrichment).optional().describe('GET only: requests made from it'),
  })
  .describe('A frozen snapshot: later filings and edits do not change it');
export const EnrichmentRequest = z.strictObject({
  serviceArea: z.string(),
  question: z.string().min(1).max(MAX_ENRICHMENT_TEXT_LENGTH),
  dueDate: day,
  observationIds: z
    .array(z.string())
    .max(MAX_ENRICHMENT_OBSERVATIONS)
    .optional()
    .describe("Default: the compilation's observations of the service area"),
  assigneeIds: z.array(z.string()).max(MAX_ENRICHMENT_ASSIGNEES).optional(),
});
export const EnrichmentAnswerDraft = z.strictObject({
  text: z.string().min(1).max(MAX_ENRICHMENT_TEXT_LENGTH),
  proposal: z.string().max(MAX_ENRICHMENT_TEXT_LENGTH).nullable().optional(),
});
export const EnrichmentAssignees = z.strictObject({
  assigneeIds: z.array(z.string()).max(MAX_ENRICHMENT_ASSIGNEES),
});
