import { z } from 'zod';
import type { FieldProblem } from '../shared/field-problem';
import { freeText } from '../shared/free-text-schema';
import type { Result } from '../shared/result';
import { ok } from '../shared/result';
import { parseToResult } from '../shared/zod-problems';
import { RETURN_REASONS, STATUSES } from './status';
import type { TransitionRequest } from './transitions';

/** Feedback is a message to the reporter, not a report of its own. */
export const MAX_FEEDBACK_LENGTH = 5000;

const transitionRequestSchema = z.strictObject({
  to: z.enum(STATUSES),
  feedback: freeText({ max: MAX_FEEDBACK_LENGTH }).nullish(),
  returnReason: z.enum(RETURN_REASONS).nullish(),
});

/**
 * Body of a transition: `{ to, feedback?, returnReason? }`. Only the shape is checked here;
 * whether the move is allowed, and whether feedback is needed, is `checkTransition`'s job.
 */
export function validateTransitionRequest(
  input: unknown,
): Result<TransitionRequest, FieldProblem[]> {
  const parsed = parseToResult(transitionRequestSchema, input);
  if (!parsed.ok) return parsed;
  const { to, feedback, returnReason } = parsed.value;
  return ok({ to, feedback: feedback ?? null, returnReason: returnReason ?? null });
}
