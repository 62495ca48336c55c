import { z } from 'zod';
import type { CountyConfig } from '../../../domain/county/county-config';
import { MAX_TEXT_LENGTH, MIN_DESCRIPTION_LENGTH } from '../../../domain/observation/limits';
import { PERSONAL_DATA_WARNING_KINDS } from '../../../domain/personal-data/personal-data-finding';
import { PUBLIC_STATUSES } from '../../../domain/public-form/public-status';
import { REPORTER_TYPES, SUBMISSION_STATES } from '../../../domain/public-form/public-submission';
import { RECEIPT_ALPHABET, RECEIPT_LENGTH } from '../../../domain/public-form/receipt';
import { MAX_DISCARD_REASON_LENGTH } from '../../../domain/public-form/validate-decision';
import {
  MAX_EMAIL_LENGTH,
  offeredChoices,
} from '../../../domain/public-form/validate-public-submission';
import type { Choice } from '../../../domain/shared/localized-text';
import { instant, Kind } from './common-schemas';

/* Issue 13: the public form, its receipts' status, and the coordinator's queue. */

const idsOf = (choices: readonly Choice[]) => {
  const ids = offeredChoices(choices).map((c) => c.id);
  return ids.length > 0 ? z.enum(ids as [string, ...string[]]) : z.string();
};

const receipt = z
  .string()
  .regex(new RegExp(`^[${RECEIPT_ALPHABET}]{${RECEIPT_LENGTH}}$`))
  .describe('The code the reporter follows the status with');
const ReporterType = z.enum(REPORTER_TYPES);

export function createPublicFormRequestSchemas(county: CountyConfig) {
  const PublicSubmissionRequest = z.strictObject({
    kind: Kind,
    description: z
      .string()
      .min(MIN_DESCRIPTION_LENGTH)
      .max(MAX_TEXT_LENGTH)
      .describe('A personal identity code anywhere in the text is refused (personal_data)'),
    solutionProposal: z.string().max(MAX_TEXT_LENGTH).nullable().optional(),
    municipality: idsOf(county.municipalities),
    targetGroup: idsOf(county.targetGroups),
    reporterType: ReporterType,
    contactEmail: z
      .string()
      .max(MAX_EMAIL_LENGTH)
      .nullable()
      .optional()
      .describe('Kept only with contactConsent true; without it the form is refused (422)'),
    contactConsent: z.boolean().nullable().optional(),
    website: z
      .string()
      .nullable()
      .optional()
      .describe('Honeypot: leave empty. Filled, the form is answered 201 and not stored'),
    startedAt: z
      .number()
      .int()
      .min(0)
      .describe(
        'When the form was rendered (ms since 1970, the server’s time, from the page): sent sooner than 3 s after, the form is answered 201 and not stored',
      ),
  });
  const AcceptPublicSubmission = z.strictObject({
    serviceArea: idsOf(county.serviceAreas).describe('Decides who is told, as for any filing'),
    topic: idsOf(county.topics),
  });
  const DiscardPublicSubmission = z.strictObject({
    reason: z
      .string()
      .min(1)
      .max(MAX_DISCARD_REASON_LENGTH)
      .describe('For the coordinators only; never shown to the public reporter'),
  });
  return { PublicSubmissionRequest, AcceptPublicSubmission, DiscardPublicSubmission };
}

export const PublicSubmitted = z.object({
  receipt,
  statusUrl: z.string().describe('The status page: `/public/status/<receipt>`'),
  warnings: z.array(
    z.object({
      field: z.string(),
      kind: z.enum(PERSONAL_DATA_WARNING_KINDS),
      message: z.string(),
    }),
  ),
});

export const PublicStatus = z.object({
  receipt,
  status: z.enum(PUBLIC_STATUSES),
  submittedAt: instant,
});

const decision = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('accepted'),
    at: instant,
    byId: z.string(),
    byName: z.string(),
    observationId: z.string(),
    serviceArea: z.string(),
    topic: z.string(),
  }),
  z.object({
    state: z.literal('discarded'),
    at: instant,
    byId: z.string(),
    byName: z.string(),
    reason: z.string(),
  }),
]);

export const PublicSubmissionView = z.object({
  id: z.string(),
  createdAt: instant,
  updatedAt: instant,
  version: z.number().int(),
  state: z.enum(SUBMISSION_STATES),
  decision: decision.nullable(),
  kind: Kind,
  description: z.string(),
  solutionProposal: z.string(),
  municipality: z.string(),
  targetGroup: z.string(),
  reporterType: ReporterType,
  contactEmail: z.string().nullable().describe('Only given with the reporter’s consent'),
});

export const PublicSubmissionQueue = z.object({
  items: z.array(PublicSubmissionView).describe('Waiting submissions, oldest first (at most 500)'),
});
