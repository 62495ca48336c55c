import type { Meeting, MinutesItem } from '../../domain/meeting/meeting';
import { validateMinutes } from '../../domain/meeting/validate-meeting';
import type { Actor } from '../../domain/policy/actor';
import type { FieldProblem } from '../../domain/shared/field-problem';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { canKeepMeetings } from './meeting-access';

type Deps = Pick<AppDeps, 'meetings' | 'phenomena' | 'proposals' | 'store' | 'county' | 'clock'>;

/**
 * The coordinator records the minutes: a decision per agenda item. "Link to a phenomenon" on
 * an observation also links it, so that the minutes and the phenomena never disagree.
 */
export async function recordMinutes(
  deps: Deps,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number | null,
): Promise<Result<Meeting, AppError>> {
  if (!canKeepMeetings(actor)) return forbidden();
  const minutes = validateMinutes(input);
  if (!minutes.ok) return validationError(minutes.error);
  const guarded = guardFreeText({
    summary: minutes.value.summary,
    ...Object.fromEntries(minutes.value.items.map((item, i) => [`items.${i}.note`, item.note])),
  });
  if (!guarded.ok) return guarded;
  const current = await deps.meetings.get(id);
  if (current === null) return notFound();
  if (expectedVersion !== null && current.version !== expectedVersion) {
    return stale(current.version);
  }
  const unknown = await unknownReferences(deps, minutes.value.items);
  if (unknown.length > 0) return validationError(unknown);

  const at = deps.clock.now().toISOString();
  const saved = await deps.meetings.save(
    {
      ...current,
      minutes: {
        ...minutes.value,
        recordedBy: actor.id,
        recordedByName: actor.name,
        recordedAt: at,
      },
      updatedAt: at,
    },
    current.version,
  );
  if (saved.kind === 'not_found') return notFound();
  if (saved.kind === 'stale') return stale(saved.current.version);
  for (const item of minutes.value.items) {
    if (item.decision !== 'link_to_phenomenon' || item.subject !== 'observation') continue;
    await deps.phenomena.link({
      phenomenonId: item.phenomenonId as string,
      observationId: item.subjectId,
      linkedBy: actor.id,
      linkedAt: at,
    });
  }
  return ok(saved.record);
}

async function unknownReferences(
  deps: Deps,
  items: readonly MinutesItem[],
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const [phenomena, proposals] = await Promise.all([deps.phenomena.list(), deps.proposals.list()]);
  const phenomenonIds = new Set(phenomena.map((p) => p.id));
  const proposalIds = new Set(proposals.map((p) => p.id));
  const areas = new Set(deps.county.serviceAreas.map((a) => a.id));
  for (const [index, item] of items.entries()) {
    if (item.phenomenonId !== null && !phenomenonIds.has(item.phenomenonId)) {
      problems.push({ field: `items.${index}.phenomenonId`, code: 'unknown_choice' });
    }
    if (item.proposalId !== null && !proposalIds.has(item.proposalId)) {
      problems.push({ field: `items.${index}.proposalId`, code: 'unknown_choice' });
    }
    if (item.serviceArea !== null && !areas.has(item.serviceArea)) {
      problems.push({ field: `items.${index}.serviceArea`, code: 'unknown_choice' });
    }
    if (
      item.subject === 'observation' &&
      item.decision === 'link_to_phenomenon' &&
      (await deps.store.get(item.subjectId)) === null
    ) {
      problems.push({ field: `items.${index}.subjectId`, code: 'unknown_choice' });
    }
  }
  return problems;
}
