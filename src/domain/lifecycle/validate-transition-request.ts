import type { FieldProblem } from '../shared/field-problem';
import type { Result } from '../shared/result';
import type { TransitionRequest } from './transitions';

/** Body of a transition: `{ to, feedback?, returnReason? }`. */
export function validateTransitionRequest(input: unknown): Result<TransitionRequest, FieldProblem[]> {
  throw new Error('not implemented yet');
}
