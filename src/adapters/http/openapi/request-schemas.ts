import { z } from 'zod';
import type { CountyConfig } from '../../../domain/county/county-config';
import { MAX_FEEDBACK_LENGTH } from '../../../domain/lifecycle/validate-transition-request';
import {
  MAX_CO_REPORTERS,
  MAX_TEXT_LENGTH,
  MIN_DESCRIPTION_LENGTH,
} from '../../../domain/observation/validate-draft';
import type { Choice } from '../../../domain/shared/localized-text';
import {
  MAX_TRIAGE_TEXT_LENGTH,
  PRIORITY_RANGE,
} from '../../../domain/triage/validate-triage-patch';
import { Kind, ReturnReason, Status } from './common-schemas';

const idsOf = (choices: readonly Choice[]) =>
  choices.length > 0 ? z.enum(choices.map((c) => c.id) as [string, ...string[]]) : z.string();

/**
 * Request bodies, for the document: the domain validators are what the server enforces.
 * Limits come from the domain and ids from this county, so the two cannot disagree.
 */
export function createRequestSchemas(county: CountyConfig) {
  const ObservationDraft = z.strictObject({
    kind: Kind,
    description: z
      .string()
      .min(MIN_DESCRIPTION_LENGTH)
      .max(MAX_TEXT_LENGTH)
      .describe('A personal identity code anywhere in the text is refused (personal_data)'),
    solutionProposal: z.string().max(MAX_TEXT_LENGTH).nullable().optional(),
    topic: idsOf(county.topics),
    serviceArea: idsOf(county.serviceAreas),
    municipality: idsOf(county.municipalities),
    targetGroup: idsOf(county.targetGroups),
    supervisorId: z
      .string()
      .nullable()
      .optional()
      .describe('A staff member with the supervisor role'),
    coReporterIds: z.array(z.string()).max(MAX_CO_REPORTERS).nullable().optional(),
  });
  const patchText = z.string().max(MAX_TRIAGE_TEXT_LENGTH).nullable().optional();
  const patchDay = patchText.describe(
    'A day, `yyyy-mm-dd` (also d.M.yyyy; stored as yyyy-mm-dd). A text written as a date must be a real day (invalid_date); other free text is still accepted',
  );
  const TriagePatch = z
    .strictObject({
      coreContent: patchText,
      goal: patchText,
      audiences: patchText,
      keyMessage: patchText,
      channel: patchText,
      timing: patchDay,
      owner: patchText,
      followUp: patchDay,
      priority: z
        .number()
        .int()
        .min(PRIORITY_RANGE.min)
        .max(PRIORITY_RANGE.max)
        .nullable()
        .optional(),
      result: patchText,
    })
    .describe('Only the named fields change; null clears one; at least one field');
  const TransitionRequest = z.strictObject({
    to: Status,
    feedback: z.string().max(MAX_FEEDBACK_LENGTH).nullable().optional(),
    returnReason: ReturnReason.nullable().optional(),
  });

  return { ObservationDraft, TriagePatch, TransitionRequest };
}
