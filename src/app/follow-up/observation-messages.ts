import { messageNotifications } from '../../domain/message/message-notifications';
import type { ObservationMessage } from '../../domain/message/observation-message';
import { validateMessage } from '../../domain/message/validate-message';
import type { PersonalDataWarning } from '../../domain/personal-data/personal-data-finding';
import type { Observation } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import { canView, isOwnObservation } from '../../domain/policy/policy';
import { supervisedAreas } from '../../ports';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { notFound, validationError, type AppError } from '../app-error';
import { findVisible } from '../find-visible';
import { guardFreeText } from '../guard-free-text';
import { answeringOf } from '../answering';

export type PostedMessage = {
  readonly message: ObservationMessage;
  /** Likely personal data the writer should check; never a reason to refuse. */
  readonly warnings: readonly PersonalDataWarning[];
};

/**
 * The thread on an observation, oldest first, for whoever may read the observation (its
 * reporters, its supervisors, the RAKE roles: the same rule as the observation itself).
 */
export async function listMessages(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<readonly ObservationMessage[], AppError>> {
  if ((await findVisible(deps.store, actor, id)) === null) return notFound();
  return ok(await deps.messages.list(id));
}

/**
 * Writes a message on an observation the actor may read. The text is guarded as every free
 * text is (an identity code → 422, other personal data → warnings) and the other side is
 * told (messageNotifications) in the same write.
 */
export async function postMessage(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Result<PostedMessage, AppError>> {
  const observation = await findVisible(deps.store, actor, id);
  if (observation === null) return notFound();
  const body =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const guarded = guardFreeText({ text: typeof body.text === 'string' ? body.text : null });
  if (!guarded.ok) return guarded;
  const validated = validateMessage(input);
  if (!validated.ok) return validationError(validated.error);

  const message: ObservationMessage = {
    id: deps.ids.next(),
    observationId: id,
    authorId: actor.id,
    authorName: actor.name,
    side: isOwnObservation(actor, observation) ? 'reporter' : 'handler',
    text: validated.value.text,
    at: deps.clock.now().toISOString(),
  };
  const [thread, handlers] = await Promise.all([
    deps.messages.list(id),
    answeringOf(deps, observation),
  ]);
  const notifications = messageNotifications(
    observation,
    message,
    handlers.map((userId) => ({ id: userId })),
    await stillReading(deps, observation, thread),
  );
  await deps.messages.add(message, notifications);
  return ok({ message, warnings: guarded.value });
}

/**
 * The thread's messages whose handlers may still read the observation: a supervisor moved to
 * another area, or someone whose role was taken away, wrote in it once but must not be sent
 * its new messages (the card carries the text). As the staff directory knows them now.
 */
async function stillReading(
  deps: Pick<AppDeps, 'staff'>,
  observation: Observation,
  thread: readonly ObservationMessage[],
): Promise<ObservationMessage[]> {
  const authors = [...new Set(thread.filter((m) => m.side === 'handler').map((m) => m.authorId))];
  const readers = new Set<string>();
  for (const id of authors) {
    const member = await deps.staff.get(id);
    if (member === null) continue;
    const reader: Actor = {
      id: member.id,
      name: member.name,
      email: member.email,
      roles: member.roles,
      serviceAreas: [...supervisedAreas(member)],
    };
    if (canView(reader, observation)) readers.add(id);
  }
  return thread.filter((m) => m.side !== 'handler' || readers.has(m.authorId));
}
