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
 *
 * Step 2 makes a filing write fewer pages (each commit appends every page it touched to the
 * WAL, and the checkpoint copies them back): history is clustered by (observation_id, seq),
 * two b-trees instead of three. And it adds the board search's trigram index over the same
 * folded text: contentless (the text stays in `observations`), only the observation id kept,
 * detail=none (document ids only; the board re-checks the substring with instr, so a
 * candidate list that is too wide costs time, never a wrong answer). The index's own rowid
 * is kept in `search_rowid`, so a deleted observation leaves the index too; the implicit
 * rowid of `observations` is not used because VACUUM may renumber it.
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
  {
    version: 2,
    name: 'fewer pages per filing: history clustered by observation; trigram search index',
    sql: `
      CREATE TABLE history_by_observation (
        observation_id TEXT NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        feedback TEXT,
        return_reason TEXT,
        PRIMARY KEY (observation_id, seq)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO history_by_observation (observation_id, seq, id, at, actor_id, actor_name,
          from_status, to_status, feedback, return_reason)
        SELECT observation_id, seq, id, at, actor_id, actor_name,
          from_status, to_status, feedback, return_reason
        FROM history;
      DROP TABLE history;
      ALTER TABLE history_by_observation RENAME TO history;

      CREATE VIRTUAL TABLE observations_search USING fts5 (
        observation_id UNINDEXED,
        search_text,
        content = '',
        contentless_unindexed = 1,
        contentless_delete = 1,
        tokenize = 'trigram case_sensitive 1',
        detail = none
      );
      ALTER TABLE observations ADD COLUMN search_rowid INTEGER;
      UPDATE observations SET search_rowid = rowid;
      INSERT INTO observations_search (rowid, observation_id, search_text)
        SELECT search_rowid, id, search_text FROM observations;
      CREATE TRIGGER observations_search_delete AFTER DELETE ON observations BEGIN
        DELETE FROM observations_search WHERE rowid = old.search_rowid;
      END;
    `,
  },
  {
    version: 3,
    name: 'notification outbox; conversations of users, teams and the RAKE channel',
    sql: `
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        due_at TEXT NOT NULL,
        lease_until TEXT,
        last_error TEXT,
        delivered_at TEXT,
        updated_at TEXT NOT NULL,
        recipient TEXT NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (due_at, seq) WHERE state = 'pending';
      CREATE INDEX outbox_waiting_recipient ON outbox (recipient) WHERE state = 'not_installed';
      CREATE INDEX outbox_state ON outbox (state, updated_at);

      CREATE TABLE conversation_users (
        user_id TEXT PRIMARY KEY,
        reference TEXT,
        locale TEXT,
        updated_at TEXT
      ) STRICT;

      CREATE TABLE conversation_teams (
        seq INTEGER PRIMARY KEY,
        team_id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL,
        locale TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE rake_channel (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        team_id TEXT,
        chosen INTEGER NOT NULL,
        reference TEXT NOT NULL,
        locale TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 4,
    name: 'board orders: longest waiting first, by priority',
    // The ranks of src/domain/observation/board-order.ts (waitRank, priorityRank), computed by
    // SQLite from the columns they depend on, so no write has to keep them up to date. VIRTUAL:
    // nothing more is stored in the table, only in the two indexes. Epoch milliseconds in
    // whole numbers (unixepoch() of the second plus the instant's three millisecond digits):
    // the same as Date.parse, never a rounded float.
    sql: `
      ALTER TABLE observations ADD COLUMN wait_rank INTEGER GENERATED ALWAYS AS (
        CASE WHEN first_answered_at IS NULL
          THEN unixepoch(created_at) * 1000 + CAST(substr(created_at, 21, 3) AS INTEGER)
          ELSE 10000000000000 - max(0,
            unixepoch(first_answered_at) * 1000 + CAST(substr(first_answered_at, 21, 3) AS INTEGER)
            - unixepoch(created_at) * 1000 - CAST(substr(created_at, 21, 3) AS INTEGER))
        END
      ) VIRTUAL;
      ALTER TABLE observations ADD COLUMN priority_rank INTEGER GENERATED ALWAYS AS (
        COALESCE(triage_priority, 1000)
      ) VIRTUAL;
      CREATE INDEX observations_waiting ON observations (wait_rank, id);
      CREATE INDEX observations_priority ON observations (priority_rank, created_at, id);
    `,
  },
  {
    version: 5,
    name: 'the RAKE working group: phenomena, their links, action proposals',
    // Workspace records are few (hundreds) and read whole: JSON in `payload`, beside the columns
    // that order them. Links are the many-to-many pairs, found from either side.
    sql: `
      CREATE TABLE phenomena (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX phenomena_newest ON phenomena (created_at, id);
      CREATE TABLE phenomenon_links (
        phenomenon_id TEXT NOT NULL REFERENCES phenomena (id) ON DELETE CASCADE,
        observation_id TEXT NOT NULL,
        linked_by TEXT NOT NULL,
        linked_at TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (phenomenon_id, observation_id)
      ) STRICT;
      CREATE INDEX phenomenon_links_by_observation ON phenomenon_links (observation_id);
      CREATE TABLE proposals (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX proposals_newest ON proposals (created_at, id);
      CREATE TABLE proposal_history (
        id TEXT PRIMARY KEY,
        proposal_id TEXT NOT NULL REFERENCES proposals (id),
        at TEXT NOT NULL,
        seq INTEGER NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX proposal_history_of ON proposal_history (proposal_id, at, seq);
    `,
  },
  {
    version: 6,
    name: 'the RAKE working group: meetings, compilations, enrichment requests',
    sql: `
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        version INTEGER NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meetings_by_date ON meetings (date, id);
      CREATE TABLE compilations (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        summary TEXT NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX compilations_newest ON compilations (created_at, id);
      CREATE TABLE enrichments (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX enrichments_newest ON enrichments (created_at, id);
    `,
  },
  {
    version: 7,
    name: 'the history of triage edits',
    // One row per saved edit: who, when, and its changes as JSON ([{field, before, after}]),
    // read whole and only per observation. Not clustered WITHOUT ROWID as `history` is: an
    // edit of long notes can be hundreds of kilobytes, which such a table keeps badly.
    sql: `
      CREATE TABLE triage_history (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        observation_id TEXT NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        changes TEXT NOT NULL
      ) STRICT;
      CREATE INDEX triage_history_observation ON triage_history (observation_id, at, seq);
    `,
  },
  {
    version: 8,
    name: 'reports and their kept versions',
    // The summary beside the payload lets the list skip a report's text and the ids of the
    // thousands of observations it rests on.
    sql: `
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        summary TEXT NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reports_newest ON reports (created_at, id);
      CREATE TABLE report_versions (
        report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (report_id, version)
      ) STRICT;
    `,
  },
  {
    version: 9,
    name: 'audit log, append-only',
    // `seq` keeps the insertion order; the range query reads (at, id) newest first from the
    // index, and a person's own entries from (actor_id, at, id). The triggers make the table
    // append-only below the app too: no UPDATE or DELETE gets through.
    sql: `
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        action TEXT NOT NULL,
        target_type TEXT NOT NULL,
        target_id TEXT,
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at, id);
      CREATE INDEX audit_log_actor ON audit_log (actor_id, at, id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
  {
    version: 10,
    name: "reporters' follow-up: what a resubmit changed; messages on an observation",
    // `changes` (JSON [{field, before, after}]) only on the entry of a resubmit, so the
    // supervisor sees what the reporter amended. Messages are read per observation (the
    // thread) and per author (a staff member's own data), each in time order.
    sql: `
      ALTER TABLE history ADD COLUMN changes TEXT;
      CREATE TABLE observation_messages (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        observation_id TEXT NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        side TEXT NOT NULL,
        text TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX observation_messages_thread ON observation_messages (observation_id, at, seq);
      CREATE INDEX observation_messages_author ON observation_messages (author_id, at, seq);
    `,
  },
  {
    version: 11,
    name: 'administration in the app: stored county settings, supervisors from Entra groups',
    // `settings`: one JSON document per key ('county', 'supervision'), replaced whole under
    // its version (If-Match). `group_service_areas`: the areas a supervisor has through an
    // Entra group mapped to them, refreshed at each sign-in, kept apart from the assigned ones.
    sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;
      ALTER TABLE staff ADD COLUMN group_service_areas TEXT NOT NULL DEFAULT '[]';
    `,
  },
  {
    version: 12,
    name: 'the public form: submissions waiting for the coordinator; where an observation came from',
    // No address or identity of the sender is kept, only what the form said. The queue is read
    // by (state, created_at, id), oldest first; a receipt is held once. `source` tells the
    // public form's observations (accepted from the queue) from the staff's own.
    sql: `
      CREATE TABLE public_submissions (
        id TEXT PRIMARY KEY,
        receipt TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX public_submissions_queue ON public_submissions (state, created_at, id);
      ALTER TABLE observations ADD COLUMN source TEXT NOT NULL DEFAULT 'staff';
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
