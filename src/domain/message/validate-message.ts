import { z } from 'zod';
import type { FieldProblem } from '../shared/field-problem';
import { freeText } from '../shared/free-text-schema';
import { ok, type Result } from '../shared/result';
import { parseToResult } from '../shared/zod-problems';
import { MAX_MESSAGE_LENGTH } from './observation-message';

const messageSchema = z.strictObject({
  text: freeText({ max: MAX_MESSAGE_LENGTH, required: true }),
});

/** `{ text }`: at most 2,000 characters, something visible, kept exactly as typed. */
export function validateMessage(input: unknown): Result<{ text: string }, FieldProblem[]> {
  const parsed = parseToResult(messageSchema, input);
  if (!parsed.ok) return parsed;
  return ok({ text: parsed.value.text });
}
