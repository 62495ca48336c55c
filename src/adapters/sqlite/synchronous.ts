/**
 * When SQLite's commit is on disk (`PRAGMA synchronous`, in WAL mode):
 *
 * - `full`: each commit fsyncs the WAL before it returns. A filing acknowledged to its
 *   reporter survives a power cut or an OS crash.
 * - `normal`: a commit only appends to the WAL; the fsync comes with the next checkpoint. A
 *   process crash (kill -9) still loses nothing, and the file is never corrupted, but a power
 *   cut may take the last acknowledged filings with it.
 *
 * The default is `full`: filings share one commit per turn of the event loop (group commit),
 * so the fsync is paid once per group, not once per filing; measured side by side
 * (`npm run bench`, README "Benchmark") that cost too little to trade a reporter's
 * acknowledged filing for it.
 */
export const SQLITE_SYNCHRONOUS = ['full', 'normal'] as const;
export type SqliteSynchronous = (typeof SQLITE_SYNCHRONOUS)[number];

export const DEFAULT_SYNCHRONOUS: SqliteSynchronous = 'full';

/** The value `PRAGMA synchronous` reports for each setting (NORMAL = 1, FULL = 2). */
export const SYNCHRONOUS_LEVEL: Readonly<Record<SqliteSynchronous, number>> = {
  normal: 1,
  full: 2,
};

export const isSqliteSynchronous = (value: string): value is SqliteSynchronous =>
  (SQLITE_SYNCHRONOUS as readonly string[]).includes(value);
