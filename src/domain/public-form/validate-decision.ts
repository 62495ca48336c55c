import { z } from 'zod';
import type { CountyConfig } from '../county/county-config';
import type { FieldProblem } from '../shared/field-problem';
import { freeText } from '../shared/free-text-schema';
import type { Choice } from '../shared/localized-text';
import type { Result } from '../shared/result';
import { customIssue, parseToResult } from '../shared/zod-problems';
import { offeredChoices } from './validate-public-submission';

/** A discard's reason is for the coordinators' own record: a few sentences. */
export const MAX_DISCARD_REASON_LENGTH = 2000;

function offered(list: readonly Choice[]) {
  const ids = new Set(offeredChoices(list).map((choice) => choice.id));
  return z.string().check((ctx) => {
    if (ctx.value === '') ctx.issues.push(customIssue(ctx.value, { problem: 'required' }));
    else if (!ids.has(ctx.value))
      ctx.issues.push(customIssue(ctx.value, { problem: 'unknown_choice' }));
  });
}

export type AcceptRequest = { readonly serviceArea: string; readonly topic: string };

/**
 * Accepting names what the public form does not ask: the service area (which decides who is
 * told) and the topic, from the county's offered lists.
 */
export function validateAcceptRequest(
  input: unknown,
  county: CountyConfig,
): Result<AcceptRequest, FieldProblem[]> {
  return parseToResult(
    z.strictObject({ serviceArea: offered(county.serviceAreas), topic: offered(county.topics) }),
    input,
  );
}

const discardSchema = z.strictObject({
  reason: freeText({ max: MAX_DISCARD_REASON_LENGTH, required: true }),
});

/** A discard always says why, for the coordinators who look at the queue's history later. */
export function validateDiscardRequest(
  input: unknown,
): Result<{ readonly reason: string }, FieldProblem[]> {
  return parseToResult(discardSchema, input);
}
