import type { Notification } from '../../domain/notification/notification';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { OutboxEntry } from '../../ports';
import { forbidden, notFound, validationError, type AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { canManageDeliveries, type DigestDeps } from './digest-deps';

/** The states an admin looks into: what never arrived. */
export const ATTENTION_STATES = ['dead', 'not_installed'] as const;
export type AttentionState = (typeof ATTENTION_STATES)[number];

/** How many entries one listing shows; the oldest problems are rarely the interesting ones. */
export const DELIVERY_LIST_LIMIT = 200;

/** An outbox entry as the admin sees it: who, what kind, why, no card content. */
export type DeliveryView = {
  readonly key: string;
  readonly kind: Notification['kind'];
  readonly recipient: Notification['recipient'];
  readonly state: OutboxEntry['state'];
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
};

const toView = (entry: OutboxEntry): DeliveryView => ({
  key: entry.notification.key,
  kind: entry.notification.kind,
  recipient: entry.notification.recipient,
  state: entry.state,
  attempts: entry.attempts,
  lastError: entry.lastError,
  createdAt: entry.notification.createdAt,
});

/** `GET /api/admin/deliveries?state=dead|not_installed` (admins). */
export async function listDeliveries(
  deps: DigestDeps,
  actor: Actor,
  state: string | undefined,
): Promise<Result<readonly DeliveryView[], AppError>> {
  if (!canManageDeliveries(actor)) return forbidden();
  const wanted = state ?? 'dead';
  if (!(ATTENTION_STATES as readonly string[]).includes(wanted)) {
    return validationError([{ field: 'state', code: 'unknown_choice' }]);
  }
  const entries = await deps.outbox.list(wanted as AttentionState, DELIVERY_LIST_LIMIT);
  return ok(entries.map(toView));
}

/** `POST /api/admin/deliveries/{key}/retry`: pending again, due now; unknown key → not_found. */
export async function retryDelivery(
  deps: DigestDeps,
  actor: Actor,
  key: string,
): Promise<Result<{ readonly key: string }, AppError>> {
  if (!canManageDeliveries(actor)) return forbidden();
  const requeued = await deps.outbox.requeue(key, deps.clock.now());
  if (!requeued) return notFound();
  await recordAudit(deps, actor, {
    action: 'admin.delivery_retried',
    targetType: 'delivery',
    targetId: key,
  });
  return ok({ key });
}
