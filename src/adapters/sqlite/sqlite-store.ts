import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Clock } from '../../ports/clock';
import type { ObservationStore } from '../../ports/observation-store';
import type { StaffDirectory } from '../../ports/staff-directory';
import type { NotificationOutbox } from '../../ports/notification-outbox';
import type { ConversationDirectory } from '../../ports/conversation-directory';
import { startBackgroundCheckpoint, WAL_AUTOCHECKPOINT_PAGES } from './background-checkpoint';
import { migrate } from './migrations';
import { DEFAULT_SYNCHRONOUS, isSqliteSynchronous, type SqliteSynchronous } from './synchronous';
import { createSqliteObservationStore } from './sqlite-observation-store';
import { createSqliteStaffDirectory } from './sqlite-staff-directory';
import { createSqliteNotificationOutbox } from './sqlite-notification-outbox';
import { createSqliteConversationDirectory } from './sqlite-conversation-directory';
import { createSqlitePhenomenonStore } from './sqlite-phenomenon-store';
import { createSqliteProposalStore } from './sqlite-proposal-store';
import { createSqliteReportStore } from './sqlite-report-store';
import { createSqliteAuditLog } from './sqlite-audit-log';
import { createSqliteObservationRetention } from './sqlite-observation-retention';
import type { ObservationRetention } from '../../ports/observation-retention';
import { createSqliteMessageStore } from './sqlite-message-store';
import type { MessageStore } from '../../ports/message-store';
import type { AuditLog } from '../../ports/audit-log';
import {
  createSqliteCompilationStore,
  createSqliteEnrichmentStore,
  createSqliteMeetingStore,
} from './sqlite-workspace-records';
import type { CompilationStore } from '../../ports/compilation-store';
import type { EnrichmentStore } from '../../ports/enrichment-store';
import type { MeetingStore } from '../../ports/meeting-store';
import type { PhenomenonStore } from '../../ports/phenomenon-store';
import type { ProposalStore } from '../../ports/proposal-store';
import type { ReportStore } from '../../ports/report-store';
import type { SettingsStore } from '../../ports/settings-store';
import { createSqliteSettingsStore } from './sqlite-settings-store';
import type { PublicSubmissionStore } from '../../ports/public-submission-store';
import { createSqlitePublicSubmissionStore } from './sqlite-public-submission-store';

export type SqliteStoreOptions = {
  /** The database file (its folder is created if missing), or ':memory:'. */
  readonly file: string;
  /** Stamps `updatedAt` on triage edits (the only write that carries no time). Default: system. */
  readonly clock?: Clock;
  /** How long a write waits for another connection's lock. Default 5 s. */
  readonly busyTimeoutMs?: number;
  /** When a commit is on disk (RAKE_SQLITE_SYNCHRONOUS). Default DEFAULT_SYNCHRONOUS. */
  readonly synchronous?: SqliteSynchronous;
  /**
   * Checkpoints in a worker thread instead of inside the commit that fills the WAL (see
   * background-checkpoint.ts): what the app runs with. Not for ':memory:'. Default off.
   */
  readonly backgroundCheckpoints?: boolean;
  /** Told when the background checkpointer failed (the connection then checkpoints itself). */
  readonly onCheckpointError?: (error: unknown) => void;
};

export type SqliteStore = {
  readonly observations: ObservationStore;
  readonly staff: StaffDirectory;
  /** Notifications on their way out; `observations` writes into it with each change. */
  readonly outbox: NotificationOutbox;
  /** Where the bot reaches users, teams and the RAKE channel. */
  readonly conversations: ConversationDirectory;
  /** The RAKE working group's phenomena and their links to observations. */
  readonly phenomena: PhenomenonStore;
  /** Action proposals; their moves write notifications into `outbox`. */
  readonly proposals: ProposalStore;
  readonly meetings: MeetingStore;
  readonly compilations: CompilationStore;
  /** Enrichment requests; creating and answering them writes notifications into `outbox`. */
  readonly enrichments: EnrichmentStore;
  /** Reports and their versions; publishing one writes notifications into `outbox`. */
  readonly reports: ReportStore;
  /** Append-only: who did what, when (issue 13). */
  readonly audit: AuditLog;
  /** The daily retention job's reads and writes of observations (issue 13). */
  readonly retention: ObservationRetention;
  /** Message threads on observations; each message writes its notifications into `outbox`. */
  readonly messages: MessageStore;
  /** What the admin saved in the app: county settings, supervision by Entra groups. */
  readonly settings: SettingsStore;
  /** The public form's submissions, waiting for the coordinator. */
  readonly publicSubmissions: PublicSubmissionStore;
  /** The connection itself, for the benchmark and diagnostics; the app goes through the ports. */
  readonly database: Database.Database;
  close(): void;
};

const SYSTEM_CLOCK: Clock = { now: () => new Date() };

export type ConnectionOptions = {
  /** How long a write waits for another connection's lock. Default 5 s. */
  readonly busyTimeoutMs?: number;
  readonly synchronous?: SqliteSynchronous;
};

/**
 * The connection settings, shared with the benchmark's bare baseline so that both run on the
 * same pragmas.
 *
 * WAL: readers run beside the one writer, and a commit appends its pages to the WAL; a
 * checkpoint copies them back into the database. `synchronous` (see synchronous.ts) says
 * whether each commit also fsyncs the WAL (FULL, the default: an acknowledged filing survives
 * a power cut) or only the checkpoint does (NORMAL: a power cut may lose the last commits).
 * Either way a crash never corrupts. The checkpoint runs every 4,000 WAL pages (~16 MB)
 * instead of SQLite's 1,000: a page written by many commits in between (the newest end of
 * each board index) is copied back and synced once instead of four times; measured on
 * one-filing commits that cut the cost of a filing by 12–22 %. (The app's store moves the
 * checkpoint to a worker thread instead: `backgroundCheckpoints`, background-checkpoint.ts.)
 * journal_size_limit trims a WAL
 * that a long reader made grow past that back to 64 MB once it is reset.
 */
export function configureConnection(db: Database.Database, options: ConnectionOptions = {}): void {
  const synchronous = options.synchronous ?? DEFAULT_SYNCHRONOUS;
  // Checked even though typed: the value is written into the pragma's text.
  if (!isSqliteSynchronous(synchronous)) throw new Error(`Unknown synchronous "${synchronous}"`);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous.toUpperCase()}`);
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  db.pragma('foreign_keys = ON');
  // Savepoints (each filing in a group commit is one) keep their undo pages in memory rather
  // than in a temporary file.
  db.pragma('temp_store = MEMORY');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
}

/**
 * Opens (or creates) the SQLite database, brings its schema up to date and returns the
 * stores on one shared connection (see configureConnection for WAL and `synchronous`).
 */
export function createSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const inMemory = options.file === ':memory:' || options.file === '';
  if (!inMemory) mkdirSync(dirname(resolve(options.file)), { recursive: true });

  const db = new Database(options.file);
  try {
    configureConnection(db, {
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
      synchronous: options.synchronous ?? DEFAULT_SYNCHRONOUS,
    });
    migrate(db);
    // Keeps the query planner's statistics fresh enough for the board's index choice.
    db.pragma('optimize = 0x10002');
  } catch (error) {
    db.close();
    throw error;
  }

  const checkpointer =
    options.backgroundCheckpoints === true && !inMemory
      ? startBackgroundCheckpoint(db, {
          synchronous: options.synchronous ?? DEFAULT_SYNCHRONOUS,
          ...(options.onCheckpointError === undefined
            ? {}
            : { onError: options.onCheckpointError }),
        })
      : null;

  const clock = options.clock ?? SYSTEM_CLOCK;
  const observations = createSqliteObservationStore(db);
  const outbox = createSqliteNotificationOutbox(db, clock);
  return {
    observations,
    staff: createSqliteStaffDirectory(db),
    outbox,
    conversations: createSqliteConversationDirectory(db),
    phenomena: createSqlitePhenomenonStore(db),
    proposals: createSqliteProposalStore(db),
    meetings: createSqliteMeetingStore(db),
    compilations: createSqliteCompilationStore(db),
    enrichments: createSqliteEnrichmentStore(db),
    reports: createSqliteReportStore(db),
    audit: createSqliteAuditLog(db),
    retention: createSqliteObservationRetention(db),
    messages: createSqliteMessageStore(db),
    settings: createSqliteSettingsStore(db),
    publicSubmissions: createSqlitePublicSubmissionStore(db),
    database: db,
    close() {
      if (!db.open) return;
      observations.flush();
      outbox.flush();
      checkpointer?.stop();
      db.pragma('optimize');
      db.close();
    },
  };
}
