import { messageNotifications } from '../../domain/message/message-notifications';
import type { ObservationMessage } from '../../domain/message/observation-message';
import { validateMessage } from '../../domain/message/validate-message';
import type { PersonalDataWarning } from '../../domain/personal-data/personal-data-finding';
import type { Actor } from '../../domain/policy/actor';
import { isOwnObservation } from '../../domain/policy/policy';
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
    thread,
  );
  await deps.messages.add(message, notifications);
  return ok({ message, warnings: guarded.value });
}
