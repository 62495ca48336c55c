import { z } from 'zod';
import { countySettingsSchema } from '../../../domain/county/county-settings';
import { LocalizedText } from './common-schemas';

/** The county settings as the admin edits them (the same schema the PUT is checked with). */
export const CountySettings = countySettingsSchema.describe(
  'Lists with fi/sv/en labels (an entry observations may name is never deleted: `retired: ' +
    'true` instead; removing one is 422 retire_instead), the period scheme, the meeting ' +
    'months and day, the daily run’s days, the public form switch and retention',
);
export const CountySettingsDocument = z.object({
  version: z.number().int().describe('0 until the admin first saves; the ETag is `"<version>"`'),
  settings: CountySettings,
});

const AreaSupervisor = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  botInstalled: z.boolean().describe('The bot can reach them; false: they are not notified'),
  viaGroup: z.boolean().describe('Supervises through a mapped Entra group, not by assignment'),
});
export const ServiceAreaSupervision = z.object({
  id: z.string(),
  label: LocalizedText,
  retired: z.boolean(),
  supervisors: z.array(AreaSupervisor),
  groups: z.array(z.string()).describe('Entra group object ids whose members supervise the area'),
  assigned: z
    .boolean()
    .describe('The admin has saved the area: RAKE_SUPERVISOR_AREAS no longer applies to it'),
});
export const ServiceAreaSupervisionList = z.object({ items: z.array(ServiceAreaSupervision) });
export const AreaSupervisorsChoice = z.strictObject({
  staffIds: z.array(z.string()).max(100).describe('Exactly the assigned supervisors, by staff id'),
  groupIds: z
    .array(z.string())
    .max(20)
    .optional()
    .describe('Entra group object ids; absent: the groups stay as they are'),
});
export const NewStaffMember = z.strictObject({
  id: z.string().describe('The person’s Entra object id (what their sign-in carries)'),
  name: z.string(),
  email: z.string().nullish(),
});
