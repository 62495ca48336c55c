import { z } from 'zod';
import type { FieldProblem } from '../shared/field-problem';
import { err, ok, type Result } from '../shared/result';
import { isBlankText } from '../shared/free-text';
import { freeText } from '../shared/free-text-schema';
import { BODY_FIELD, parseToResult } from '../shared/zod-problems';
import { readTriageDate } from './triage-date';
import { TRIAGE_DATE_FIELDS, type TriagePatch } from './triage-record';

/** A working note, not a report: the spreadsheet cells these replace were short too. */
export const MAX_TRIAGE_TEXT_LENGTH = 5000;
/** 1 = most urgent; two digits are plenty for ranking one period's observations. */
export const PRIORITY_RANGE = { min: 1, max: 99 } as const;

const text = freeText({ max: MAX_TRIAGE_TEXT_LENGTH }).nullable().optional();

const triagePatchSchema = z.strictObject({
  coreContent: text,
  goal: text,
  audiences: text,
  keyMessage: text,
  channel: text,
  timing: text,
  owner: text,
  followUp: text,
  priority: z.number().int().min(PRIORITY_RANGE.min).max(PRIORITY_RANGE.max).nullable().optional(),
  result: text,
});

/**
 * A partial update of the ten fields; unknown fields refused, null clears a field, an
 * absent field stays as it is. An empty patch is refused: it would only bump the version.
 * Text is kept as typed; blank text clears the field. "When" and "follow-up" written as a
 * date must be a real day (`invalid_date`) and are kept as `yyyy-mm-dd` (see triage-date.ts).
 */
export function validateTriagePatch(input: unknown): Result<TriagePatch, FieldProblem[]> {
  const parsed = parseToResult(triagePatchSchema, input);
  if (!parsed.ok) return parsed;
  // zod leaves absent keys out; a key sent as undefined cannot come from JSON, drop it too.
  // A note of only whitespace or invisible characters says nothing: it clears the field.
  const patch = Object.fromEntries(
    Object.entries(parsed.value)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => [
        field,
        typeof value === 'string' && isBlankText(value) ? null : value,
      ]),
  ) as TriagePatch;
  if (Object.keys(patch).length === 0) return err([{ field: BODY_FIELD, code: 'required' }]);
  return withDates(patch);
}

/** The date fields' days as `yyyy-mm-dd`; a text written as a date that is no day refused. */
function withDates(patch: TriagePatch): Result<TriagePatch, FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const dated: Record<string, unknown> = { ...patch };
  for (const field of TRIAGE_DATE_FIELDS) {
    const value = patch[field];
    if (typeof value !== 'string') continue;
    const read = readTriageDate(value);
    if (read.kind === 'invalid') problems.push({ field, code: 'invalid_date' });
    else if (read.kind === 'date') dated[field] = read.date;
  }
  return problems.length > 0 ? err(problems) : ok(dated as TriagePatch);
}
