import { z } from 'zod';
import { calendarDate } from '../shared/calendar-date';
import type { FieldProblem } from '../shared/field-problem';
import { freeText } from '../shared/free-text-schema';
import { isBlankText } from '../shared/free-text';
import { ok, type Result } from '../shared/result';
import { parseToResult } from '../shared/zod-problems';

export const MAX_ENRICHMENT_TEXT_LENGTH = 10000;
export const MAX_ENRICHMENT_OBSERVATIONS = 2000;
export const MAX_ENRICHMENT_ASSIGNEES = 20;

const ids = (max: number) => z.array(z.string().min(1).max(100)).max(max);

const requestSchema = z.strictObject({
  serviceArea: z.string().min(1).max(100),
  question: freeText({ max: MAX_ENRICHMENT_TEXT_LENGTH, required: true }),
  dueDate: calendarDate(),
  observationIds: ids(MAX_ENRICHMENT_OBSERVATIONS).optional(),
  assigneeIds: ids(MAX_ENRICHMENT_ASSIGNEES).optional(),
});
const answerSchema = z.strictObject({
  text: freeText({ max: MAX_ENRICHMENT_TEXT_LENGTH, required: true }),
  proposal: freeText({ max: MAX_ENRICHMENT_TEXT_LENGTH }).nullable().optional(),
});
const assigneesSchema = z.strictObject({ assigneeIds: ids(MAX_ENRICHMENT_ASSIGNEES) });

export type EnrichmentRequest = {
  readonly serviceArea: string;
  readonly question: string;
  readonly dueDate: string;
  /** Absent: the compilation's observations in the area (or none without a compilation). */
  readonly observationIds: readonly string[] | null;
  readonly assigneeIds: readonly string[];
};

/** `{serviceArea, question, dueDate, observationIds?, assigneeIds?}`. */
export function validateEnrichmentRequest(
  input: unknown,
): Result<EnrichmentRequest, FieldProblem[]> {
  const parsed = parseToResult(requestSchema, input);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  return ok({
    serviceArea: value.serviceArea,
    question: value.question,
    dueDate: value.dueDate,
    observationIds: value.observationIds === undefined ? null : [...new Set(value.observationIds)],
    assigneeIds: [...new Set(value.assigneeIds ?? [])],
  });
}

/** `{text, proposal?}`: a comment, and the answerer's own proposal if they have one. */
export function validateEnrichmentAnswer(
  input: unknown,
): Result<{ readonly text: string; readonly proposal: string | null }, FieldProblem[]> {
  const parsed = parseToResult(answerSchema, input);
  if (!parsed.ok) return parsed;
  const proposal = parsed.value.proposal ?? null;
  return ok({
    text: parsed.value.text,
    proposal: proposal === null || isBlankText(proposal) ? null : proposal,
  });
}

/** `{assigneeIds}`: everyone named besides the supervisors (the list replaces the old one). */
export function validateEnrichmentAssignees(
  input: unknown,
): Result<readonly string[], FieldProblem[]> {
  const parsed = parseToResult(assigneesSchema, input);
  if (!parsed.ok) return parsed;
  return ok([...new Set(parsed.value.assigneeIds)]);
}
