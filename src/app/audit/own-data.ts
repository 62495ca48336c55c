import type { AuditEntry } from '../../domain/audit/audit-entry';
import type { ObservationMessage } from '../../domain/message/observation-message';
import type { HistoryEntry } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import { AUDIT_PAGE_MAX } from '../../ports';
import type { AppDeps } from '../app-deps';
import { toObservationView, type ObservationView } from '../observation-view';
import { recordAudit } from './record-audit';

/** What the app holds of one person, as `GET /api/me/data` sends it. */
export type OwnData = {
  readonly person: { readonly id: string; readonly name: string };
  readonly exportedAt: string;
  readonly observations: readonly (ObservationView & {
    readonly history: readonly HistoryEntry[];
    readonly messages: readonly ObservationMessage[];
  })[];
  readonly messages: readonly ObservationMessage[];
  readonly actions: readonly AuditEntry[];
};

const PAGE = 200;
/** The audit log's whole history: entries start with the app. */
const EVER = { from: '2000-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' } as const;

type Deps = Pick<AppDeps, 'store' | 'messages' | 'audit' | 'clock'>;

/**
 * A staff member's own data (issue 13): every observation they filed or co-reported (as they
 * see it in "my reports": the supervisor's notes only if they may read them anyway), each with
 * its history and message thread; every message they wrote; and their own actions from the
 * audit log. The download is itself recorded, after the actions are read, so it is in the
 * next download, not this one.
 */
export async function ownData(deps: Deps, actor: Actor): Promise<OwnData> {
  const now = deps.clock.now();
  const observations: OwnData['observations'][number][] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.listMine(actor.id, {
      limit: PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const observation of page.items) {
      observations.push({
        ...toObservationView(actor, observation, now),
        history: await deps.store.history(observation.id),
        messages: await deps.messages.list(observation.id),
      });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);

  const actions: AuditEntry[] = [];
  let next: string | undefined;
  do {
    const page = await deps.audit.list({
      ...EVER,
      limit: AUDIT_PAGE_MAX,
      actorId: actor.id,
      ...(next === undefined ? {} : { cursor: next }),
    });
    actions.push(...page.items);
    next = page.next;
  } while (next !== undefined);

  const messages = await deps.messages.listByAuthor(actor.id);
  await recordAudit(deps, actor, {
    action: 'own_data.downloaded',
    targetType: 'staff',
    targetId: actor.id,
    detail: `${observations.length} observations, ${messages.length} messages, ${actions.length} actions`,
  });
  return {
    person: { id: actor.id, name: actor.name },
    exportedAt: now.toISOString(),
    observations,
    messages,
    actions,
  };
}
