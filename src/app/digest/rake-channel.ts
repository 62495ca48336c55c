import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { FieldProblem } from '../../domain/shared/field-problem';
import type { ConversationAddress, TeamChannel } from '../../ports';
import { forbidden, validationError, type AppError } from '../app-error';
import { canChooseRakeChannel, type DigestDeps } from './digest-deps';

/** A channel the coordinator can pick: the team it belongs to and a name to show. */
export type ChannelChoice = {
  readonly teamId: string;
  readonly name: string;
  readonly current: boolean;
};

export type RakeChannelView = {
  /** Null until the app is installed in a team (or after that team removed it). */
  readonly current: ChannelChoice | null;
  readonly channels: readonly ChannelChoice[];
};

/**
 * A readable name when the stored reference carries one (`conversation.name`); the team id
 * otherwise. The reference stays opaque beyond this one optional field.
 */
function nameOf(channel: TeamChannel): string {
  const conversation = channel.address.reference['conversation'];
  const name =
    typeof conversation === 'object' && conversation !== null
      ? (conversation as Record<string, unknown>)['name']
      : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : channel.teamId;
}

/** The same conversation: the reference is stored and handed back as it was saved. */
const sameAddress = (a: ConversationAddress, b: ConversationAddress): boolean =>
  JSON.stringify(a.reference) === JSON.stringify(b.reference);

/** Where digests go now (the current choice) and the channels there are to choose from. */
export async function rakeChannelView(deps: DigestDeps): Promise<RakeChannelView> {
  const [channels, current] = await Promise.all([
    deps.conversations.teamChannels(),
    deps.conversations.rakeChannel(),
  ]);
  const choices = channels.map((channel) => ({
    teamId: channel.teamId,
    name: nameOf(channel),
    current: current !== null && sameAddress(channel.address, current),
  }));
  return { current: choices.find((c) => c.current) ?? null, channels: choices };
}

/** `GET /api/rake-channel`: where digests go and where they could go. */
export async function getRakeChannel(
  deps: DigestDeps,
  actor: Actor,
): Promise<Result<RakeChannelView, AppError>> {
  if (!canChooseRakeChannel(actor)) return forbidden();
  return ok(await rakeChannelView(deps));
}

/** `PUT /api/rake-channel` `{ teamId }`: digests go to that team's channel from now on. */
export async function chooseRakeChannel(
  deps: DigestDeps,
  actor: Actor,
  body: unknown,
): Promise<Result<RakeChannelView, AppError>> {
  if (!canChooseRakeChannel(actor)) return forbidden();
  const problems = choiceProblems(body);
  if (problems.length > 0) return validationError(problems);
  const teamId = (body as { teamId: string }).teamId;
  const chosen = (await deps.conversations.teamChannels()).find((c) => c.teamId === teamId);
  if (chosen === undefined) return validationError([{ field: 'teamId', code: 'unknown_choice' }]);
  await deps.conversations.setRakeChannel(chosen.address);
  return ok(await rakeChannelView(deps));
}

/** `{ teamId }` and nothing else, as every body of the API is read strictly. */
function choiceProblems(body: unknown): FieldProblem[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ field: 'body', code: 'invalid_type' }];
  }
  const fields = body as Record<string, unknown>;
  const problems: FieldProblem[] = Object.keys(fields)
    .filter((name) => name !== 'teamId')
    .map((field) => ({ field, code: 'unknown_field' }));
  const { teamId } = fields;
  if (teamId === undefined || teamId === null || teamId === '') {
    problems.push({ field: 'teamId', code: 'required' });
  } else if (typeof teamId !== 'string') problems.push({ field: 'teamId', code: 'invalid_type' });
  return problems;
}
