import { z } from 'zod';
import type { CountyConfig } from '../county/county-config';
import { MAX_TEXT_LENGTH, MIN_DESCRIPTION_LENGTH } from '../observation/limits';
import { OBSERVATION_KINDS } from '../observation/observation';
import type { FieldProblem } from '../shared/field-problem';
import { isBlankText } from '../shared/free-text';
import { freeText } from '../shared/free-text-schema';
import type { Choice } from '../shared/localized-text';
import { err, ok, type Result } from '../shared/result';
import { customIssue, parseToResult } from '../shared/zod-problems';
import type { BotSigns } from './bot-check';
import { REPORTER_TYPES, type PublicSubmissionDraft } from './public-submission';

/** RFC 5321's longest address. */
export const MAX_EMAIL_LENGTH = 254;
/** The honeypot is never read; a bound keeps a bot from sending megabytes into it. */
const MAX_HONEYPOT_LENGTH = 1000;

/** What the county offers on new forms: retired entries stay on old observations only. */
export const offeredChoices = (list: readonly Choice[]): readonly Choice[] =>
  list.filter((choice) => choice.retired !== true);

function offeredChoiceOf(list: readonly Choice[]) {
  const ids = new Set(offeredChoices(list).map((choice) => choice.id));
  return z.string().check((ctx) => {
    if (ctx.value === '') ctx.issues.push(customIssue(ctx.value, { problem: 'required' }));
    else if (!ids.has(ctx.value))
      ctx.issues.push(customIssue(ctx.value, { problem: 'unknown_choice' }));
  });
}

const email = z
  .string()
  .max(MAX_EMAIL_LENGTH)
  .check((ctx) => {
    const value = ctx.value.trim();
    // One @, something on both sides, a dot in the domain, no spaces: enough to catch a typo;
    // whether it reaches anyone only a message can tell.
    if (value !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      ctx.issues.push(customIssue(ctx.value, { problem: 'invalid_format' }));
    }
  });

function schemaOf(county: CountyConfig) {
  return z.strictObject({
    kind: z.enum(OBSERVATION_KINDS),
    description: freeText({ max: MAX_TEXT_LENGTH, min: MIN_DESCRIPTION_LENGTH, required: true }),
    solutionProposal: freeText({ max: MAX_TEXT_LENGTH }).nullish(),
    municipality: offeredChoiceOf(county.municipalities),
    targetGroup: offeredChoiceOf(county.targetGroups),
    reporterType: z.enum(REPORTER_TYPES),
    contactEmail: email.nullish(),
    contactConsent: z.boolean().nullish(),
    website: z.string().max(MAX_HONEYPOT_LENGTH).nullish(),
    startedAt: z.number().int().min(0),
  });
}

export type ValidPublicSubmission = {
  readonly draft: PublicSubmissionDraft;
  readonly bot: BotSigns;
};

/**
 * Checks the public form against the county's offered lists; unknown fields are refused and
 * every problem is reported at once, each with its field. A contact e-mail is kept only with
 * the reporter's consent: an address without it is refused (`contactConsent` required)
 * rather than silently dropped, so the reporter knows whether they can be reached.
 */
export function validatePublicSubmission(
  input: unknown,
  county: CountyConfig,
): Result<ValidPublicSubmission, FieldProblem[]> {
  const parsed = parseToResult(schemaOf(county), input);
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  const contactEmail = form.contactEmail?.trim() ? form.contactEmail.trim() : null;
  if (contactEmail !== null && form.contactConsent !== true) {
    return err([{ field: 'contactConsent', code: 'required' }]);
  }
  return ok({
    draft: {
      kind: form.kind,
      description: form.description,
      solutionProposal:
        form.solutionProposal && !isBlankText(form.solutionProposal) ? form.solutionProposal : '',
      municipality: form.municipality,
      targetGroup: form.targetGroup,
      reporterType: form.reporterType,
      contactEmail,
    },
    bot: { website: form.website ?? null, startedAt: form.startedAt },
  });
}
