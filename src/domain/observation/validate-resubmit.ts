import type { CountyConfig } from '../county/county-config';
import type { FieldProblem } from '../shared/field-problem';
import { err, ok, type Result } from '../shared/result';
import {
  AMENDABLE_FIELDS,
  type AmendableField,
  type DraftChange,
  type DraftEdit,
  type ObservationDraft,
} from './observation';
import { validateDraft } from './validate-draft';

export type Resubmission = {
  /** Only the fields whose value changes. */
  readonly edit: DraftEdit;
  /** The same, with the values before, for the history entry. */
  readonly changes: readonly DraftChange[];
};

const isAmendable = (key: string): key is AmendableField =>
  (AMENDABLE_FIELDS as readonly string[]).includes(key);

/**
 * The body of a resubmit: any of the amendable fields, the rest kept as filed. The amended
 * whole is checked exactly as a filing is (validateDraft), so a resubmit can never store what
 * the form would refuse. Who is involved (supervisor, co-reporters) is not amendable here.
 */
export function validateResubmit(
  input: unknown,
  current: ObservationDraft,
  county: CountyConfig,
): Result<Resubmission, FieldProblem[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([{ field: 'body', code: 'invalid_type' }]);
  }
  const body = input as Record<string, unknown>;
  const unknown = Object.keys(body).filter((key) => !isAmendable(key));
  if (unknown.length > 0) {
    return err(unknown.map((field) => ({ field, code: 'unknown_field' as const })));
  }
  const merged: Record<string, unknown> = {};
  for (const field of AMENDABLE_FIELDS) {
    merged[field] = field in body && body[field] !== undefined ? body[field] : current[field];
  }
  const validated = validateDraft(merged, county);
  if (!validated.ok) return validated;
  const edit: Record<string, string> = {};
  const changes: DraftChange[] = [];
  for (const field of AMENDABLE_FIELDS) {
    const after = validated.value[field];
    if (after !== current[field]) {
      edit[field] = after;
      changes.push({ field, before: current[field], after });
    }
  }
  return ok({ edit: edit as DraftEdit, changes });
}
