import type { Meeting } from '../../domain/meeting/meeting';
import { validateMeeting, validateMeetingPatch } from '../../domain/meeting/validate-meeting';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { canKeepMeetings } from './meeting-access';

type Deps = Pick<AppDeps, 'meetings' | 'clock' | 'ids'>;

/** The coordinator adds a meeting outside the rhythm (an extra one, a workshop). */
export async function createMeeting(
  deps: Deps,
  actor: Actor,
  input: unknown,
): Promise<Result<Meeting, AppError>> {
  if (!canKeepMeetings(actor)) return forbidden();
  const meeting = validateMeeting(input);
  if (!meeting.ok) return validationError(meeting.error);
  const guarded = guardFreeText({ title: meeting.value.title });
  if (!guarded.ok) return guarded;
  const at = deps.clock.now().toISOString();
  const record: Meeting = {
    id: deps.ids.next(),
    ...meeting.value,
    scheduledFor: null,
    minutes: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await deps.meetings.create(record);
  return ok(record);
}

/** The coordinator moves or renames a meeting, at the version they saw. */
export async function updateMeeting(
  deps: Deps,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number,
): Promise<Result<Meeting, AppError>> {
  if (!canKeepMeetings(actor)) return forbidden();
  const patch = validateMeetingPatch(input);
  if (!patch.ok) return validationError(patch.error);
  const guarded = guardFreeText({ title: patch.value.title });
  if (!guarded.ok) return guarded;
  const current = await deps.meetings.get(id);
  if (current === null) return notFound();
  if (current.version !== expectedVersion) return stale(current.version);
  const saved = await deps.meetings.save(
    { ...current, ...patch.value, updatedAt: deps.clock.now().toISOString() },
    expectedVersion,
  );
  if (saved.kind === 'not_found') return notFound();
  if (saved.kind === 'stale') return stale(saved.current.version);
  return ok(saved.record);
}
