import type { FieldProblem } from '../shared/field-problem';
import type { Result } from '../shared/result';
import type { TriagePatch } from './triage-record';

/** A partial update of the ten fields; unknown fields refused, null clears a field. */
export function validateTriagePatch(input: unknown): Result<TriagePatch, FieldProblem[]> {
  throw new Error('not implemented yet');
}
