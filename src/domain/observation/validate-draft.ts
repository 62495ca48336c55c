import { z } from 'zod';
import type { CountyConfig } from '../county/county-config';
import type { FieldProblem } from '../shared/field-problem';
import type { Choice } from '../shared/localized-text';
import { ok, type Result } from '../shared/result';
import { isBlankText } from '../shared/free-text';
import { freeText } from '../shared/free-text-schema';
import { customIssue, parseToResult } from '../shared/zod-problems';
import { MAX_CO_REPORTERS, MAX_TEXT_LENGTH, MIN_DESCRIPTION_LENGTH } from './limits';
import { OBSERVATION_KINDS, type ObservationDraft } from './observation';

export { MAX_CO_REPORTERS, MAX_TEXT_LENGTH, MIN_DESCRIPTION_LENGTH };
const MAX_ID_LENGTH = 200;

/** Judged on what a reader sees, but the text itself is kept exactly as typed. */
const description = freeText({
  max: MAX_TEXT_LENGTH,
  min: MIN_DESCRIPTION_LENGTH,
  required: true,
});

/**
 * One id of a county list; an empty string is an unanswered select, hence `required`. An entry
 * the admin retired is known but no longer taken for a new observation (`retired`).
 */
function choiceOf(list: readonly Choice[]) {
  const ids = new Set(list.map((choice) => choice.id));
  const retired = new Set(list.filter((c) => c.retired === true).map((choice) => choice.id));
  return z.string().check((ctx) => {
    if (ctx.value === '') ctx.issues.push(customIssue(ctx.value, { problem: 'required' }));
    else if (!ids.has(ctx.value))
      ctx.issues.push(customIssue(ctx.value, { problem: 'unknown_choice' }));
    else if (retired.has(ctx.value))
      ctx.issues.push(customIssue(ctx.value, { problem: 'retired' }));
  });
}

const staffId = z.string().min(1).max(MAX_ID_LENGTH);

/**
 * Where the county routes by service area (all but Kymenlaakso), the reporter names no
 * supervisor: a named one would read, move and alone be told of an observation outside
 * their area, while the area's own supervisors would not hear of it.
 */
const notNamed = z
  .string()
  .nullish()
  .check((ctx) => {
    if (typeof ctx.value === 'string' && ctx.value !== '') {
      ctx.issues.push(customIssue(ctx.value, { problem: 'not_allowed' }));
    }
  });

function draftSchema(county: CountyConfig) {
  return z.strictObject({
    kind: z.enum(OBSERVATION_KINDS),
    description,
    solutionProposal: freeText({ max: MAX_TEXT_LENGTH }).nullish(),
    topic: choiceOf(county.topics),
    serviceArea: choiceOf(county.serviceAreas),
    municipality: choiceOf(county.municipalities),
    targetGroup: choiceOf(county.targetGroups),
    // Whether the supervisor exists is the directory's question, asked by the use case.
    supervisorId: county.supervisorNamedByReporter
      ? z.string().max(MAX_ID_LENGTH).nullish()
      : notNamed,
    coReporterIds: z.array(staffId).max(MAX_CO_REPORTERS).nullish(),
  });
}

// The schema is built once per configuration object: the live county makes a new one only
// when the admin's settings change.
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
    // Nothing visible is nothing said: zero-width characters alone are not a proposal.
    solutionProposal:
      draft.solutionProposal && !isBlankText(draft.solutionProposal) ? draft.solutionProposal : '',
    topic: draft.topic,
    serviceArea: draft.serviceArea,
    municipality: draft.municipality,
    targetGroup: draft.targetGroup,
    supervisorId: draft.supervisorId ? draft.supervisorId : null,
    coReporterIds: [...new Set(draft.coReporterIds ?? [])],
  });
}
