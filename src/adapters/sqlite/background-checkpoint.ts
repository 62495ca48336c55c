import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { SqliteSynchronous } from './synchronous';

/** How the connection checkpoints when the background checkpointer is not running. */
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

export type BackgroundCheckpointOptions = {
  /** How often the checkpointer looks for new commits. Default 1 s. */
  readonly intervalMs?: number;
  readonly synchronous: SqliteSynchronous;
  /** Told when the checkpointer failed; the connection then checkpoints itself again. */
  readonly onError?: (error: unknown) => void;
};

export type BackgroundCheckpoint = {
  /** Stops the checkpointer and waits (up to 5 s) until its connection is closed. */
  stop(): void;
};

/**
 * The checkpointer's whole program, run in a worker thread with its own connection: when
 * another connection has committed since it last looked (`PRAGMA data_version`), copy what the
 * WAL holds back into the database (PASSIVE: never waits for, nor blocks, the app's readers
 * and writer). Plain JavaScript, so it runs the same from the build and from the sources.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const done = new Int32Array(workerData.done);
const finish = (how) => {
  Atomics.store(done, 0, how);
  Atomics.notify(done, 0);
};
let db, dataVersion, checkpoint;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('synchronous = ' + workerData.synchronous);
  db.pragma('wal_autocheckpoint = 0');
  dataVersion = db.prepare('PRAGMA data_version').pluck();
  checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
} catch (error) {
  finish(2);
  throw error;
}
// Nothing seen yet: the first look checkpoints whatever is there.
let seen = null;
const timer = setInterval(() => {
  try {
    const now = dataVersion.get();
    if (now === seen) return;
    seen = now;
    checkpoint.get();
  } catch (error) {
    // The app's connection takes over (see 'exit' in the main thread).
    clearInterval(timer);
    finish(2);
    throw error;
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  finish(1);
  parentPort.close();
});
`;

/**
 * Checkpoints off the request path. A WAL checkpoint copies the pages committed to the WAL
 * back into the database file and, with `synchronous` FULL or NORMAL, fsyncs both; run by
 * SQLite's automatic checkpoint it happens inside whichever commit crosses the threshold,
 * holding up that request and everything queued behind it on the one JavaScript thread (tens
 * of milliseconds at 4,000 pages). Here a worker thread with its own connection does it every
 * `intervalMs` when something was committed, and the app's connection never checkpoints
 * itself (`wal_autocheckpoint = 0`). The WAL then holds about one interval of commits; the
 * writer starts it over once a checkpoint has copied it all.
 *
 * If the checkpointer fails or exits, the app's connection checkpoints itself again as before
 * (`wal_autocheckpoint`), so the WAL never grows without bound. The CPU time is the same
 * process's either way; what moves is when and on which thread it is spent.
 */
export function startBackgroundCheckpoint(
  db: Database.Database,
  options: BackgroundCheckpointOptions,
): BackgroundCheckpoint {
  const done = new SharedArrayBuffer(4);
  const worker = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: {
      driver: require.resolve('better-sqlite3'),
      file: db.name,
      synchronous: options.synchronous.toUpperCase(),
      intervalMs: Math.max(10, Math.trunc(options.intervalMs ?? 1000)),
      done,
    },
  });
  // The checkpointer never keeps the process alive: stop() or the process's end ends it.
  worker.unref();
  let stopped = false;
  const checkpointHere = (): void => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on('error', (error) => {
    checkpointHere();
    options.onError?.(error);
  });
  worker.on('exit', () => {
    if (!stopped) checkpointHere();
  });
  db.pragma('wal_autocheckpoint = 0');
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
      // close() is synchronous: wait here until the checkpointer's connection is closed, so
      // that the app's close, the last one, checkpoints and removes the WAL.
      Atomics.wait(new Int32Array(done), 0, 0, 5000);
      checkpointHere();
    },
  };
}
