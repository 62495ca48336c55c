import type Database from 'better-sqlite3';
import type { SettingsKey, SettingsStore } from '../../ports/settings-store';

type Row = { readonly json: string; readonly version: number };

/**
 * Settings documents in the `settings` table. A put checks and writes in one IMMEDIATE
 * transaction, so two writers on the same version (even in two processes) cannot both win.
 */
export function createSqliteSettingsStore(db: Database.Database): SettingsStore {
  const sql = {
    get: db.prepare<[SettingsKey], Row>('SELECT json, version FROM settings WHERE key = ?'),
    insert: db.prepare('INSERT INTO settings (key, json, version) VALUES (?, ?, 1)'),
    update: db.prepare('UPDATE settings SET json = ?, version = version + 1 WHERE key = ?'),
  };
  const put = db.transaction((key: SettingsKey, json: string, expected: number) => {
    const current = sql.get.get(key)?.version ?? 0;
    if (current !== expected) return { ok: false as const, currentVersion: current };
    if (current === 0) sql.insert.run(key, json);
    else sql.update.run(json, key);
    return { ok: true as const, version: current + 1 };
  });
  return {
    async get(key) {
      const row = sql.get.get(key);
      return row === undefined ? null : { value: JSON.parse(row.json), version: row.version };
    },
    async put(key, value, expectedVersion) {
      return put.immediate(key, JSON.stringify(value), expectedVersion);
    },
  };
}
