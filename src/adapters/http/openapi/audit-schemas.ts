import { z } from 'zod';
import { instant } from './common-schemas';

/** One entry of the audit log (issue 13): ids and app-made details, never free text. */
export const AuditEntry = z.object({
  id: z.string(),
  at: instant,
  actorId: z.string(),
  actorName: z.string(),
  action: z
    .string()
    .describe(
      'observation.filed, observation.read (another’s observation opened), observation.moved, ' +
        'observation.triaged, export, report.published, report.withdrawn, retention.run, ' +
        'own_data.downloaded, or admin.<name> for administration',
    ),
  targetType: z.string(),
  targetId: z.string().nullable(),
  detail: z.string(),
});
export const AuditPage = z.object({
  items: z.array(AuditEntry),
  next: z.string().optional().describe('Pass as `cursor` for the next (older) page'),
});

const Labelled = z
  .object({ code: z.string(), label: z.string() })
  .describe("A stored code with its label in the caller's language");
const OwnDataMessage = z.object({
  at: instant,
  observationId: z.string(),
  by: z.string().describe("The writer's name"),
  side: z.enum(['reporter', 'handler']),
  text: z.string(),
});

/** `GET /api/me/data`: what the app holds of the signed-in person. */
export const OwnData = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  exportedAt: instant,
  observations: z.array(
    z.object({
      id: z.string(),
      yourPart: z.enum(['reporter', 'co_reporter']),
      filedAt: instant,
      period: z.string(),
      status: Labelled,
      kind: Labelled,
      serviceArea: Labelled,
      municipality: Labelled,
      topic: Labelled,
      targetGroup: Labelled,
      description: z.string(),
      solutionProposal: z.string(),
      reporterName: z.string(),
      firstFeedbackAt: instant.nullable(),
      history: z.array(
        z.object({
          at: instant,
          by: z.string(),
          from: Labelled.nullable(),
          to: Labelled,
          feedback: z.string().nullable(),
          returnReason: Labelled.nullable(),
          changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
        }),
      ),
      messages: z.array(OwnDataMessage),
    }),
  ),
  messages: z.array(OwnDataMessage).describe('Every message the person wrote, on any observation'),
  actions: z.array(AuditEntry).describe("The person's own entries of the audit log"),
});
