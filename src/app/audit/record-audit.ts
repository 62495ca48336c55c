import { v7 } from 'uuid';
import { auditEntry, type AuditAction } from '../../domain/audit/audit-entry';
import type { HistoryEntry } from '../../domain/observation/observation';
import type { AppDeps } from '../app-deps';

/** Who did it: the signed-in person (an Actor), or SYSTEM_ACTOR for the scheduler's jobs. */
export type AuditActor = { readonly id: string; readonly name: string };

export type AuditRecord = {
  readonly action: AuditAction;
  readonly targetType: string;
  readonly targetId?: string | null;
  /** Made by the app (a status, a count, a format): never free text from an observation. */
  readonly detail?: string;
};

/** Told of an audit write that failed; the default writes one loud line to stderr. */
export type AuditFailureHandler = (error: unknown, record: AuditRecord & AuditActor) => void;

let onFailure: AuditFailureHandler = (error, record) =>
  console.error(
    `RAKE AUDIT WRITE FAILED: ${record.action} ${record.targetType}/${record.targetId ?? '-'} ` +
      `by ${record.id}; the action stands without its audit entry`,
    error,
  );

/** For tests (and a deployment that wants the failures in its own log): returns the old one. */
export function setAuditFailureHandler(handler: AuditFailureHandler): AuditFailureHandler {
  const before = onFailure;
  onFailure = handler;
  return before;
}

/**
 * Records one audit entry, stamped with the clock and a time-ordered id (UUIDv7: entries of one
 * process at one instant keep their order).
 *
 * When the write fails, the action stands and the failure is logged loudly (fail open). The
 * actions audited are already committed when they are recorded (a filing, a move, a
 * publication), so failing the request would not undo them, only tell the user an action
 * failed that did not; and refusing reads and exports while the log is unreachable would stop
 * the supervisors' work for the log's sake. The store's outage shows in the same log line and
 * in the store's own monitoring.
 */
export async function recordAudit(
  deps: Pick<AppDeps, 'audit' | 'clock'>,
  actor: AuditActor,
  record: AuditRecord,
): Promise<void> {
  try {
    const entry = auditEntry({
      id: v7(),
      at: deps.clock.now().toISOString(),
      actorId: actor.id,
      actorName: actor.name,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId ?? null,
      detail: record.detail ?? '',
    });
    await deps.audit.record(entry);
  } catch (error) {
    onFailure(error, { ...record, id: actor.id, name: actor.name });
  }
}

/** A move of an observation (the board's, or its reporter's own), as `from → to`. */
export function recordMove(
  deps: Pick<AppDeps, 'audit' | 'clock'>,
  actor: AuditActor,
  entry: HistoryEntry,
): Promise<void> {
  return recordAudit(deps, actor, {
    action: 'observation.moved',
    targetType: 'observation',
    targetId: entry.observationId,
    detail: `${entry.from ?? ''} → ${entry.to}`,
  });
}
