import { z } from 'zod';
import { calendarDate } from '../shared/calendar-date';
import type { FieldProblem } from '../shared/field-problem';
import { freeText } from '../shared/free-text-schema';
import { isBlankText } from '../shared/free-text';
import { err, ok, type Result } from '../shared/result';
import { BODY_FIELD, parseToResult } from '../shared/zod-problems';
import { PHENOMENON_LEVELS, STRUCTURAL_FORMS } from '../phenomenon/phenomenon';
import { PROPOSAL_STATUSES, type ProposalDraft } from './proposal';
import type { ProposalMove } from './proposal-transitions';

export const MAX_PROPOSAL_TITLE_LENGTH = 200;
export const MAX_PROPOSAL_TEXT_LENGTH = 10000;
export const MAX_DECISION_BODY_LENGTH = 200;
/** What one proposal rests on; more is a compilation, not a proposal. */
export const MAX_PROPOSAL_LINKS = 500;

const ids = z.array(z.string().min(1).max(100)).max(MAX_PROPOSAL_LINKS);
const shortText = freeText({ max: MAX_DECISION_BODY_LENGTH });

const fields = {
  title: freeText({ max: MAX_PROPOSAL_TITLE_LENGTH, required: true }),
  rationale: freeText({ max: MAX_PROPOSAL_TEXT_LENGTH }),
  phenomenonIds: ids,
  observationIds: ids,
  decisionBody: freeText({ max: MAX_DECISION_BODY_LENGTH, required: true }),
  owner: shortText.nullable(),
  dueDate: calendarDate().nullable(),
  forms: z.array(z.enum(STRUCTURAL_FORMS)).max(STRUCTURAL_FORMS.length),
  level: z.enum(PHENOMENON_LEVELS).nullable(),
};

const draftSchema = z.strictObject({
  title: fields.title,
  rationale: fields.rationale.optional(),
  phenomenonIds: fields.phenomenonIds.optional(),
  observationIds: fields.observationIds.optional(),
  decisionBody: fields.decisionBody,
  owner: fields.owner.optional(),
  dueDate: fields.dueDate.optional(),
  forms: fields.forms.optional(),
  level: fields.level.optional(),
});

const patchSchema = z.strictObject(
  Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
  },
);

const unique = (values: readonly string[]): string[] => [...new Set(values)];
const canonicalForms = (given: readonly string[]) =>
  STRUCTURAL_FORMS.filter((form) => given.includes(form));
const blankToNull = (value: string | null | undefined): string | null =>
  value === undefined || value === null || isBlankText(value) ? null : value;

/** A new proposal: a title and the decision body it goes to; the rest may follow. */
export function validateProposalDraft(input: unknown): Result<ProposalDraft, FieldProblem[]> {
  const parsed = parseToResult(draftSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  return ok({
    title: value.title,
    rationale: value.rationale ?? '',
    phenomenonIds: unique(value.phenomenonIds ?? []),
    observationIds: unique(value.observationIds ?? []),
    decisionBody: value.decisionBody,
    owner: blankToNull(value.owner),
    dueDate: value.dueDate ?? null,
    forms: canonicalForms(value.forms ?? []),
    level: value.level ?? null,
  });
}

export type ProposalPatch = Partial<ProposalDraft>;

/** An edit of the proposal's content: only the named fields change; empty is refused. */
export function validateProposalPatch(input: unknown): Result<ProposalPatch, FieldProblem[]> {
  const parsed = parseToResult(patchSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const patch: Record<string, unknown> = {};
  if (value.title !== undefined) patch.title = value.title;
  if (value.rationale !== undefined) patch.rationale = value.rationale;
  if (value.phenomenonIds !== undefined) patch.phenomenonIds = unique(value.phenomenonIds);
  if (value.observationIds !== undefined) patch.observationIds = unique(value.observationIds);
  if (value.decisionBody !== undefined) patch.decisionBody = value.decisionBody;
  if (value.owner !== undefined) patch.owner = blankToNull(value.owner);
  if (value.dueDate !== undefined) patch.dueDate = value.dueDate;
  if (value.forms !== undefined) patch.forms = canonicalForms(value.forms);
  if (value.level !== undefined) patch.level = value.level;
  if (Object.keys(patch).length === 0) return err([{ field: BODY_FIELD, code: 'required' }]);
  return ok(patch as ProposalPatch);
}

const moveSchema = z.strictObject({
  to: z.enum(PROPOSAL_STATUSES),
  note: freeText({ max: MAX_PROPOSAL_TEXT_LENGTH }).nullable().optional(),
  by: shortText.nullable().optional(),
  on: calendarDate().nullable().optional(),
});

/** `{to, note?, by?, on?}`: the note is the decision or the result (moveProposal requires it). */
export function validateProposalMove(input: unknown): Result<ProposalMove, FieldProblem[]> {
  const parsed = parseToResult(moveSchema, input);
  if (!parsed.ok) return parsed;
  return ok({
    to: parsed.value.to,
    note: blankToNull(parsed.value.note),
    by: blankToNull(parsed.value.by),
    on: parsed.value.on ?? null,
  });
}
