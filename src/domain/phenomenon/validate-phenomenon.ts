import { z } from 'zod';
import type { FieldProblem } from '../shared/field-problem';
import { err, ok, type Result } from '../shared/result';
import { freeText } from '../shared/free-text-schema';
import { BODY_FIELD, parseToResult } from '../shared/zod-problems';
import {
  PHENOMENON_LEVELS,
  STRUCTURAL_FORMS,
  type PhenomenonDraft,
  type StructuralForm,
} from './phenomenon';

export const MAX_PHENOMENON_TITLE_LENGTH = 200;
export const MAX_PHENOMENON_DESCRIPTION_LENGTH = 10000;

const title = freeText({ max: MAX_PHENOMENON_TITLE_LENGTH, required: true });
const description = freeText({ max: MAX_PHENOMENON_DESCRIPTION_LENGTH });
const forms = z.array(z.enum(STRUCTURAL_FORMS)).max(STRUCTURAL_FORMS.length);
const level = z.enum(PHENOMENON_LEVELS).nullable();

const draftSchema = z.strictObject({
  title,
  description: description.optional(),
  forms: forms.optional(),
  level: level.optional(),
});

const patchSchema = z.strictObject({
  title: title.optional(),
  description: description.optional(),
  forms: forms.optional(),
  level: level.optional(),
});

/** Each form once, in the order of STRUCTURAL_FORMS, however the client sent them. */
const inCanonicalOrder = (given: readonly StructuralForm[]): StructuralForm[] =>
  STRUCTURAL_FORMS.filter((form) => given.includes(form));

/** A new phenomenon: a title is required; description, forms and level may come later. */
export function validatePhenomenonDraft(input: unknown): Result<PhenomenonDraft, FieldProblem[]> {
  const parsed = parseToResult(draftSchema, input);
  if (!parsed.ok) return parsed;
  return ok({
    title: parsed.value.title,
    description: parsed.value.description ?? '',
    forms: inCanonicalOrder(parsed.value.forms ?? []),
    level: parsed.value.level ?? null,
  });
}

export type PhenomenonPatch = Partial<PhenomenonDraft>;

/** An edit: only the named fields change; an empty edit is refused. */
export function validatePhenomenonPatch(input: unknown): Result<PhenomenonPatch, FieldProblem[]> {
  const parsed = parseToResult(patchSchema, input);
  if (!parsed.ok) return parsed;
  const { forms: givenForms, ...rest } = parsed.value;
  const patch: PhenomenonPatch = Object.fromEntries(
    Object.entries({
      ...rest,
      ...(givenForms === undefined ? {} : { forms: inCanonicalOrder(givenForms) }),
    }).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(patch).length === 0) return err([{ field: BODY_FIELD, code: 'required' }]);
  return ok(patch);
}
