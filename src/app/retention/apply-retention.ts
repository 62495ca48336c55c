import { SYSTEM_ACTOR } from '../../domain/audit/audit-entry';
import { RETENTION_BATCH, retentionCutoff, retentionOf } from '../../domain/retention/retention';
import type { RetentionSettings } from '../../domain/county/county-config';
import type { AppDeps } from '../app-deps';
import { recordAudit } from '../audit/record-audit';

export type RetentionOutcome = {
  readonly settings: RetentionSettings;
  /** Last changes before this instant were due. */
  readonly cutoff: string;
  /** Observations anonymised or deleted in this run. */
  readonly done: number;
  /** True when the batch was full: more may be due, the next run takes them. */
  readonly more: boolean;
};

export type RetentionOptions = { readonly batch?: number };

/**
 * The daily retention step (issue 13). Reads the county's setting at each run (the admin may
 * change years or mode at any time), finds at most a batch of due observations and anonymises
 * or deletes each; the audit log gets one entry with the counts (never an id or a name: the
 * entry outlives what it tells of). Idempotent: done ones are no longer due, and every step
 * of the stores can run again.
 */
export async function applyRetention(
  deps: Pick<AppDeps, 'retention' | 'county' | 'clock' | 'audit'>,
  options: RetentionOptions = {},
): Promise<RetentionOutcome> {
  const settings = retentionOf(deps.county.retention);
  const batch = options.batch ?? RETENTION_BATCH;
  const cutoff = retentionCutoff(deps.clock.now(), settings.years);
  const due = await deps.retention.due(cutoff, batch);
  let done = 0;
  for (const observation of due) {
    const changed =
      settings.mode === 'delete'
        ? await deps.retention.delete(observation.id, cutoff)
        : await deps.retention.anonymise(observation.id, cutoff);
    if (changed) done += 1;
  }
  if (done > 0) {
    await recordAudit(deps, SYSTEM_ACTOR, {
      action: 'retention.run',
      targetType: 'observation',
      detail: `${settings.mode === 'delete' ? 'deleted' : 'anonymised'} ${done} (closed over ${settings.years} years)`,
    });
  }
  return { settings, cutoff, done, more: due.length >= batch };
}

/** One line for the operator's log. */
export function describeRetention(outcome: RetentionOutcome): string {
  const verb = outcome.settings.mode === 'delete' ? 'deleted' : 'anonymised';
  return (
    `RAKE retention: ${verb} ${outcome.done} observation(s) ended before ${outcome.cutoff}` +
    (outcome.more ? ' (more due: the next run goes on)' : '')
  );
}
