/**
 * The documents of settings an admin saves in the app: `county` (CountySettings) and
 * `supervision` (which Entra groups supervise which service area, and which areas' supervisors
 * the admin has set). Each is one JSON value replaced whole under a version, like an
 * observation under If-Match: two admins saving at once cannot silently undo each other.
 */
export const SETTINGS_KEYS = ['county', 'supervision'] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

export type StoredSettings = {
  /** As it was put (JSON); the app parses and checks it. */
  readonly value: unknown;
  /** 1 for the first put, one more for each one after. */
  readonly version: number;
};

export type SettingsPutOutcome =
  | { readonly ok: true; readonly version: number }
  /** The stored version is not the expected one (0: nothing is stored); nothing was written. */
  | { readonly ok: false; readonly currentVersion: number };

export interface SettingsStore {
  /** Null while nothing has been put under the key. */
  get(key: SettingsKey): Promise<StoredSettings | null>;
  /** Replaces the value if the stored version is `expectedVersion` (0: create the first). */
  put(key: SettingsKey, value: unknown, expectedVersion: number): Promise<SettingsPutOutcome>;
}
