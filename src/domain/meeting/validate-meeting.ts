import { z } from 'zod';
import { calendarDate } from '../shared/calendar-date';
import type { FieldProblem } from '../shared/field-problem';
import { freeText } from '../shared/free-text-schema';
import { isBlankText } from '../shared/free-text';
import { err, ok, type Result } from '../shared/result';
import { BODY_FIELD, parseToResult } from '../shared/zod-problems';
import { AGENDA_SUBJECTS, MINUTES_DECISIONS, type MinutesItem } from './meeting';

export const MAX_MEETING_TITLE_LENGTH = 200;
export const MAX_MINUTES_TEXT_LENGTH = 10000;
/** A quarter's agenda: hundreds of observations at most. */
export const MAX_MINUTES_ITEMS = 2000;

const title = freeText({ max: MAX_MEETING_TITLE_LENGTH });
const id = z.string().min(1).max(100);

const meetingSchema = z.strictObject({ date: calendarDate(), title: title.optional() });
const patchSchema = z.strictObject({ date: calendarDate().optional(), title: title.optional() });

const itemSchema = z.strictObject({
  subject: z.enum(AGENDA_SUBJECTS),
  subjectId: id,
  decision: z.enum(MINUTES_DECISIONS),
  phenomenonId: id.nullable().optional(),
  proposalId: id.nullable().optional(),
  serviceArea: id.nullable().optional(),
  note: freeText({ max: MAX_MINUTES_TEXT_LENGTH }).nullable().optional(),
});
const minutesSchema = z.strictObject({
  summary: freeText({ max: MAX_MINUTES_TEXT_LENGTH }).optional(),
  items: z.array(itemSchema).max(MAX_MINUTES_ITEMS),
});

export type MeetingInput = { readonly date: string; readonly title: string };
export type MeetingPatch = Partial<MeetingInput>;
export type MinutesInput = { readonly summary: string; readonly items: readonly MinutesItem[] };

/** A meeting added by hand: a date, and a title (default: none, the tab names it by date). */
export function validateMeeting(input: unknown): Result<MeetingInput, FieldProblem[]> {
  const parsed = parseToResult(meetingSchema, input);
  if (!parsed.ok) return parsed;
  return ok({ date: parsed.value.date, title: parsed.value.title ?? '' });
}

/** Moving or renaming a meeting; an empty edit is refused. */
export function validateMeetingPatch(input: unknown): Result<MeetingPatch, FieldProblem[]> {
  const parsed = parseToResult(patchSchema, input);
  if (!parsed.ok) return parsed;
  const patch: { date?: string; title?: string } = {};
  if (parsed.value.date !== undefined) patch.date = parsed.value.date;
  if (parsed.value.title !== undefined) patch.title = parsed.value.title;
  if (Object.keys(patch).length === 0) return err([{ field: BODY_FIELD, code: 'required' }]);
  return ok(patch);
}

/**
 * The minutes: a decision per agenda item, with what the decision needs — the phenomenon to
 * link to, the proposal made, the service area handed to. One line per subject.
 */
export function validateMinutes(input: unknown): Result<MinutesInput, FieldProblem[]> {
  const parsed = parseToResult(minutesSchema, input);
  if (!parsed.ok) return parsed;
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const items = parsed.value.items.map((item, index): MinutesItem => {
    const key = `${item.subject}:${item.subjectId}`;
    if (seen.has(key)) problems.push({ field: `items.${index}.subjectId`, code: 'not_allowed' });
    seen.add(key);
    const needs =
      item.decision === 'link_to_phenomenon'
        ? 'phenomenonId'
        : item.decision === 'make_proposal'
          ? 'proposalId'
          : item.decision === 'hand_to_service_area'
            ? 'serviceArea'
            : null;
    if (needs !== null && (item[needs] ?? null) === null) {
      problems.push({ field: `items.${index}.${needs}`, code: 'required' });
    }
    const note = item.note ?? null;
    return {
      subject: item.subject,
      subjectId: item.subjectId,
      decision: item.decision,
      phenomenonId: item.phenomenonId ?? null,
      proposalId: item.proposalId ?? null,
      serviceArea: item.serviceArea ?? null,
      note: note === null || isBlankText(note) ? null : note,
    };
  });
  if (problems.length > 0) return err(problems);
  return ok({ summary: parsed.value.summary ?? '', items });
}
