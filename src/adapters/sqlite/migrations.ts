import type Database from 'better-sqlite3';

/** One numbered schema step. Steps only ever get appended; a shipped step never changes. */
export type Migration = { readonly version: number; readonly name: string; readonly sql: string };

/**
 * The schema, step by step; `PRAGMA user_version` holds the last step applied.
 *
 * Board indexes end in (created_at, id) so that a filtered board is read in its order
 * (newest first) straight from the index, and keyset paging seeks instead of sorting.
 * `search_text` is the JS-lower-cased description and solution proposal: SQLite's lower()
 * folds only ASCII, so it would miss Ä/ä and Ö/ö. Long texts come last: a row too big for
 * its page spills into overflow pages, and reaching a column stored after the spill means
 * walking that chain on every filtered read.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'observations, co-reporters, history, idempotency keys, staff',
    sql: `
      CREATE TABLE observations (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        topic TEXT NOT NULL,
        service_area TEXT NOT NULL,
        municipality TEXT NOT NULL,
        target_group TEXT NOT NULL,
        supervisor_id TEXT,
        co_reporter_ids TEXT NOT NULL,
        reporter_id TEXT NOT NULL,
        reporter_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        period TEXT NOT NULL,
        status TEXT NOT NULL,
        first_answered_at TEXT,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        triage_priority INTEGER,
        triage_core_content TEXT,
        triage_goal TEXT,
        triage_audiences TEXT,
        triage_key_message TEXT,
        triage_channel TEXT,
        triage_timing TEXT,
        triage_owner TEXT,
        triage_follow_up TEXT,
        triage_result TEXT,
        search_text TEXT NOT NULL,
        description TEXT NOT NULL,
        solution_proposal TEXT NOT NULL
      ) STRICT;
      CREATE INDEX observations_board ON observations (created_at, id);
      CREATE INDEX observations_status ON observations (status, created_at, id);
      CREATE INDEX observations_service_area ON observations (service_area, created_at, id);
      CREATE INDEX observations_municipality ON observations (municipality, created_at, id);
      CREATE INDEX observations_topic ON observations (topic, created_at, id);
      CREATE INDEX observations_period ON observations (period, created_at, id);
      CREATE INDEX observations_supervisor ON observations (supervisor_id, created_at, id);
      CREATE INDEX observations_reporter ON observations (reporter_id, created_at, id);

      CREATE TABLE co_reporters (
        observation_id TEXT NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        PRIMARY KEY (observation_id, user_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX co_reporters_user ON co_reporters (user_id, observation_id);

      CREATE TABLE history (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        observation_id TEXT NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        feedback TEXT,
        return_reason TEXT
      ) STRICT;
      CREATE INDEX history_observation ON history (observation_id, at, seq);

      CREATE TABLE idempotency (
        reporter_id TEXT NOT NULL,
        key TEXT NOT NULL,
        observation_id TEXT NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
        PRIMARY KEY (reporter_id, key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT,
        title TEXT,
        roles TEXT NOT NULL,
        service_areas TEXT NOT NULL
      ) STRICT;
    `,
  },
];

/**
 * Brings the database up to the newest step, each step in its own transaction together with
 * its `user_version`, so a crash leaves the schema at a whole step. Refuses a database written
 * by a newer version of the app rather than guessing at its schema.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  migrations.forEach((step, index) => {
    if (step.version !== index + 1)
      throw new Error(`migration ${index + 1} is numbered ${step.version}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `database schema version ${current} is newer than this app knows (${migrations.length})`,
    );
  }
  for (const step of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
  return migrations.length;
}
