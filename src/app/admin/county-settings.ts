import { validateCountySettings, type CountySettings } from '../../domain/county/county-settings';
import { canAdminister } from '../../domain/policy/admin-policy';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { LiveCounty, Versioned } from './live-county';

export type AdminDeps = Pick<AppDeps, 'audit' | 'clock'> & {
  /** Absent: the app runs without stored settings (tests of other things): 404. */
  readonly countySettings?: LiveCounty;
};

/** The settings in force (the preset and environment, with what the admin saved over them). */
export function getCountySettings(
  deps: AdminDeps,
  actor: Actor,
): Result<Versioned<CountySettings>, AppError> {
  if (!canAdminister(actor)) return forbidden();
  if (deps.countySettings === undefined) return notFound();
  return ok(deps.countySettings.countySettings());
}

/**
 * Saves the admin's settings whole, if `expectedVersion` (the If-Match) is the version in
 * force; 412 (`stale`) otherwise, so two admins cannot undo each other unseen. This process
 * uses them at once; other instances within their refresh interval.
 */
export async function putCountySettings(
  deps: AdminDeps,
  actor: Actor,
  input: unknown,
  expectedVersion: number,
): Promise<Result<Versioned<CountySettings>, AppError>> {
  if (!canAdminister(actor)) return forbidden();
  const live = deps.countySettings;
  if (live === undefined) return notFound();
  // The newest stored version first: the check against removed entries must see it.
  await live.refresh();
  const current = live.countySettings();
  if (current.version !== expectedVersion) return stale(current.version);
  const validated = validateCountySettings(input, current.value);
  if (!validated.ok) return validationError(validated.error);
  const saved = await live.saveCountySettings(validated.value, expectedVersion);
  if (!saved.ok) return stale(saved.currentVersion);
  await recordAudit(deps, actor, {
    action: 'admin.county_settings',
    targetType: 'county',
    targetId: live.base.id,
    // Which parts changed, so the log says what was done and not only that something was.
    detail: `version ${saved.version}; ${changedParts(current.value, validated.value).join(',') || '-'}`,
  });
  return ok({ value: validated.value, version: saved.version });
}

/** The top-level settings (lists, meetings, timing, …) that differ between two versions. */
export function changedParts(before: CountySettings, after: CountySettings): string[] {
  return (Object.keys(after) as (keyof CountySettings)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
