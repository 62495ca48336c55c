import { z } from 'zod';
import { calendarDate } from '../shared/calendar-date';
import type { FieldProblem } from '../shared/field-problem';
import { err, ok, type Result } from '../shared/result';
import { BODY_FIELD, parseToResult } from '../shared/zod-problems';

/** Longer than this is not a compilation of a period but of history: a report's job. */
export const MAX_COMPILATION_DAYS = 731;

const schema = z.strictObject({
  period: z.string().min(1).max(20).optional(),
  from: calendarDate().optional(),
  to: calendarDate().optional(),
  serviceArea: z.string().min(1).max(100).nullable().optional(),
});

export type CompilationRequest =
  | { readonly kind: 'period'; readonly period: string; readonly serviceArea: string | null }
  | {
      readonly kind: 'range';
      readonly from: string;
      readonly to: string;
      readonly serviceArea: string | null;
    };

/** `{period}` or `{from, to}` (not both), with an optional `serviceArea`. */
export function validateCompilationRequest(
  input: unknown,
): Result<CompilationRequest, FieldProblem[]> {
  const parsed = parseToResult(schema, input);
  if (!parsed.ok) return parsed;
  const { period, from, to } = parsed.value;
  const serviceArea = parsed.value.serviceArea ?? null;
  if (period !== undefined) {
    if (from !== undefined || to !== undefined) {
      return err([{ field: from !== undefined ? 'from' : 'to', code: 'not_allowed' }]);
    }
    return ok({ kind: 'period', period, serviceArea });
  }
  if (from === undefined && to === undefined) return err([{ field: BODY_FIELD, code: 'required' }]);
  if (from === undefined) return err([{ field: 'from', code: 'required' }]);
  if (to === undefined) return err([{ field: 'to', code: 'required' }]);
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days < 0) return err([{ field: 'to', code: 'out_of_range' }]);
  if (days >= MAX_COMPILATION_DAYS) {
    return err([{ field: 'to', code: 'out_of_range', limit: MAX_COMPILATION_DAYS }]);
  }
  return ok({ kind: 'range', from, to, serviceArea });
}
