import { z } from 'zod';
import { instant } from './common-schemas';
import { HistoryEntry, ObservationView } from './response-schemas';

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

const OwnMessage = z.object({
  id: z.string(),
  observationId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  side: z.enum(['reporter', 'handler']),
  text: z.string(),
  at: instant,
});

/** `GET /api/me/data`: what the app holds of the signed-in person. */
export const OwnData = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  exportedAt: instant,
  observations: z.array(
    ObservationView.extend({ history: z.array(HistoryEntry), messages: z.array(OwnMessage) }),
  ),
  messages: z.array(OwnMessage).describe('Every message the person wrote, on any observation'),
  actions: z.array(AuditEntry).describe("The person's own entries of the audit log"),
});
