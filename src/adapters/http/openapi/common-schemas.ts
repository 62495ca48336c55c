import { z } from 'zod';
import { RETURN_REASONS, STATUSES } from '../../../domain/lifecycle/status';
import { OBSERVATION_KINDS } from '../../../domain/observation/observation';
import { ROLES } from '../../../domain/policy/actor';

/** Building blocks shared by requests and answers; none depends on the county. */
export const LocalizedText = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export const Choice = z.object({
  id: z.string(),
  label: LocalizedText,
  retired: z
    .boolean()
    .optional()
    .describe('Retired by the admin: label old observations with it, never offer it for new ones'),
});
export const Status = z.enum(STATUSES);
export const ReturnReason = z.enum(RETURN_REASONS);
export const Kind = z.enum(OBSERVATION_KINDS);
export const Role = z.enum(ROLES);
export const Period = z.object({ id: z.string(), start: z.iso.date(), end: z.iso.date() });
export const instant = z.string().describe('ISO 8601 instant');

const triageText = z.string().nullable();
export const TriageRecord = z.object({
  coreContent: triageText,
  goal: triageText,
  audiences: triageText,
  keyMessage: triageText,
  channel: triageText,
  timing: triageText.describe('A day, `yyyy-mm-dd`; older records may hold free text'),
  owner: triageText.describe("A member of staff's name, or free text"),
  followUp: triageText.describe('A day, `yyyy-mm-dd`; older records may hold free text'),
  priority: z.number().int().nullable().describe('1 = most urgent'),
  result: triageText,
});
