import type { CountyConfig, NotificationTiming } from '../../domain/county/county-config';
import {
  applyCountySettings,
  countySettingsSchema,
  settingsOf,
  type CountySettings,
} from '../../domain/county/county-settings';
import {
  EMPTY_SUPERVISION,
  readSupervision,
  type Supervision,
} from '../../domain/county/supervision';
import type { SettingsPutOutcome, SettingsStore } from '../../ports';

/** Every instance reads the stored settings this often: another's save shows within it. */
export const COUNTY_REFRESH_INTERVAL_MS = 30_000;

export type LiveCountyOptions = {
  /** How often the store is read again (other instances' saves). Default 30 s. */
  readonly refreshIntervalMs?: number;
  /** Told when a read fails or a stored document cannot be used; the last good one stays. */
  readonly onError?: (error: unknown) => void;
};

export type Versioned<T> = { readonly value: T; readonly version: number };

/**
 * The county in force: the preset with the environment's overrides (`base`), with what the
 * admin saved in the app laid over it. `county()` is what `AppDeps.county` reads per use; it
 * is the same object until the settings change, so what is built per county object (the
 * form's schema) is built once per change. A save through this process is seen at once;
 * another instance's within `refreshIntervalMs`.
 */
export type LiveCounty = {
  readonly base: CountyConfig;
  county(): CountyConfig;
  /** The settings as the admin edits them, and their stored version (0: never saved). */
  countySettings(): Versioned<CountySettings>;
  supervision(): Versioned<Supervision>;
  /** Reads the store now; resolves when the documents in force are the stored ones. */
  refresh(): Promise<void>;
  /** Saves validated settings if `expectedVersion` is the stored one. */
  saveCountySettings(
    settings: CountySettings,
    expectedVersion: number,
  ): Promise<SettingsPutOutcome>;
  /** Changes the supervision document (read, change, write under its version, again on a race). */
  updateSupervision(change: (current: Supervision) => Supervision): Promise<Supervision>;
  /** Starts the periodic refresh (unref'd: it keeps no process alive). */
  start(): void;
  stop(): void;
};

export function createLiveCounty(
  store: SettingsStore,
  base: CountyConfig,
  baseTiming: NotificationTiming,
  options: LiveCountyOptions = {},
): LiveCounty {
  const interval = options.refreshIntervalMs ?? COUNTY_REFRESH_INTERVAL_MS;
  const onError =
    options.onError ??
    ((error: unknown) => console.error('RAKE: reading the stored county settings failed', error));
  const baseSettings = settingsOf(base, baseTiming);
  let settings: Versioned<CountySettings> = { value: baseSettings, version: 0 };
  let county: CountyConfig = applyCountySettings(base, baseSettings);
  let supervision: Versioned<Supervision> = { value: EMPTY_SUPERVISION, version: 0 };
  let timer: NodeJS.Timeout | null = null;

  const adoptSettings = (next: Versioned<CountySettings>): void => {
    // An older read finishing after a newer save must not step back.
    if (next.version < settings.version) return;
    if (next.version === settings.version && settings.version !== 0) return;
    settings = next;
    county = applyCountySettings(base, next.value);
  };

  const readSettings = async (): Promise<void> => {
    const stored = await store.get('county');
    if (stored === null) return;
    const parsed = countySettingsSchema.safeParse(stored.value);
    if (!parsed.success) {
      onError(new Error(`stored county settings v${stored.version} are not usable; kept the last`));
      return;
    }
    adoptSettings({ value: parsed.data, version: stored.version });
  };
  const readSupervisionDoc = async (): Promise<void> => {
    const stored = await store.get('supervision');
    if (stored === null || stored.version < supervision.version) return;
    supervision = { value: readSupervision(stored.value), version: stored.version };
  };
  const refresh = async (): Promise<void> => {
    await Promise.all([readSettings(), readSupervisionDoc()]);
  };

  return {
    base,
    county: () => county,
    countySettings: () => settings,
    supervision: () => supervision,
    refresh,
    async saveCountySettings(next, expectedVersion) {
      const outcome = await store.put('county', next, expectedVersion);
      if (outcome.ok) adoptSettings({ value: next, version: outcome.version });
      return outcome;
    },
    async updateSupervision(change) {
      for (let round = 0; round < 8; round += 1) {
        const stored = await store.get('supervision');
        const current = stored === null ? EMPTY_SUPERVISION : readSupervision(stored.value);
        const next = change(current);
        const outcome = await store.put('supervision', next, stored?.version ?? 0);
        if (outcome.ok) {
          // A refresh may have read a newer save meanwhile: never step back to this one.
          if (outcome.version >= supervision.version) {
            supervision = { value: next, version: outcome.version };
          }
          return next;
        }
      }
      throw new Error('The supervision settings kept changing while saved');
    },
    start() {
      if (timer !== null) return;
      timer = setInterval(() => {
        refresh().catch(onError);
      }, interval);
      timer.unref();
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
}
