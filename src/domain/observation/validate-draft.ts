import type { CountyConfig } from '../county/county-config';
import type { FieldProblem } from '../shared/field-problem';
import type { Result } from '../shared/result';
import type { ObservationDraft } from './observation';

export const MAX_TEXT_LENGTH = 20000;

/** Checks a submitted form against the county's lists; unknown fields are refused. */
export function validateDraft(input: unknown, county: CountyConfig): Result<ObservationDraft, FieldProblem[]> {
  throw new Error('not implemented yet');
}
