import { z } from 'zod';
import type { CountyConfig } from '../county/county-config';
import type { FieldProblem } from '../shared/field-problem';
import type { Choice } from '../shared/localized-text';
import { ok, type Result } from '../shared/result';
import { customIssue, parseToResult } from '../shared/zod-problems';
import { OBSERVATION_KINDS, type ObservationDraft } from './observation';

export const MAX_TEXT_LENGTH = 20000;
/** A description shorter than this cannot describe a recurring phenomenon. */
export const MIN_DESCRIPTION_LENGTH = 10;
/** A report made with one's unit; more than this is a mailing list, not co-reporters. */
export const MAX_CO_REPORTERS = 20;
const MAX_ID_LENGTH = 200;

/** Judged on the trimmed text, but the text itself is kept exactly as typed. */
const description = z
  .string()
  .max(MAX_TEXT_LENGTH)
  .check((ctx) => {
    const length = ctx.value.trim().length;
    if (length === 0) ctx.issues.push(customIssue(ctx.value, { problem: 'required' }));
    else if (length < MIN_DESCRIPTION_LENGTH) {
      ctx.issues.push(
        customIssue(ctx.value, { problem: 'too_short', limit: MIN_DESCRIPTION_LENGTH }),
      );
    }
  });

/** One id of a county list; an empty string is an unanswered select, hence `required`. */
function choiceOf(list: readonly Choice[]) {
  const ids = new Set(list.map((choice) => choice.id));
  return z.string().check((ctx) => {
    if (ctx.value === '') ctx.issues.push(customIssue(ctx.value, { problem: 'required' }));
    else if (!ids.has(ctx.value))
      ctx.issues.push(customIssue(ctx.value, { problem: 'unknown_choice' }));
  });
}

const staffId = z.string().min(1).max(MAX_ID_LENGTH);

function draftSchema(county: CountyConfig) {
  return z.strictObject({
    kind: z.enum(OBSERVATION_KINDS),
    description,
    solutionProposal: z.string().max(MAX_TEXT_LENGTH).nullish(),
    topic: choiceOf(county.topics),
    serviceArea: choiceOf(county.serviceAreas),
    municipality: choiceOf(county.municipalities),
    targetGroup: choiceOf(county.targetGroups),
    // Whether the supervisor exists is the directory's question, asked by the use case.
    supervisorId: z.string().max(MAX_ID_LENGTH).nullish(),
    coReporterIds: z.array(staffId).max(MAX_CO_REPORTERS).nullish(),
  });
}

// A deployment has one county, so the schema is built once per configuration object.
const schemas = new WeakMap<CountyConfig, ReturnType<typeof draftSchema>>();

function schemaFor(county: CountyConfig): ReturnType<typeof draftSchema> {
  let schema = schemas.get(county);
  if (schema === undefined) {
    schema = draftSchema(county);
    schemas.set(county, schema);
  }
  return schema;
}

/**
 * Checks a submitted form against the county's lists; unknown fields are refused. Every
 * problem is reported at once, each with its field, so the form can mark them all.
 * Text is kept as typed; an empty supervisor id means none; co-reporters named twice count once.
 */
export function validateDraft(
  input: unknown,
  county: CountyConfig,
): Result<ObservationDraft, FieldProblem[]> {
  const parsed = parseToResult(schemaFor(county), input);
  if (!parsed.ok) return parsed;
  const draft = parsed.value;
  return ok({
    kind: draft.kind,
    description: draft.description,
    solutionProposal: draft.solutionProposal ?? '',
    topic: draft.topic,
    serviceArea: draft.serviceArea,
    municipality: draft.municipality,
    targetGroup: draft.targetGroup,
    supervisorId: draft.supervisorId ? draft.supervisorId : null,
    coReporterIds: [...new Set(draft.coReporterIds ?? [])],
  });
}
