import type Database from 'better-sqlite3';

export type GroupCommit<A extends unknown[], R> = {
  /** Queues a write; resolves once the transaction holding it is committed. */
  submit(args: A): Promise<R>;
  /** Commits what is queued now (closing the store). */
  flush(): void;
};

export type GroupCommitHooks = {
  /** Runs after the group's writes, in the same transaction; if it fails, the whole group fails. */
  readonly finish?: () => void;
  /** Forgets what `finish` would have done, when the group fails before it. */
  readonly abandon?: () => void;
};

type Pending = {
  run(): unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
};

/** The one queue of a connection, shared by every groupCommit on it. */
type Queue = {
  items: Pending[];
  readonly hooks: Set<GroupCommitHooks>;
  flush(): void;
};

const queues = new WeakMap<Database.Database, Queue>();

function queueOf(db: Database.Database): Queue {
  const known = queues.get(db);
  if (known !== undefined) return known;
  const hooks = new Set<GroupCommitHooks>();
  const commitAll = db.transaction((batch: readonly Pending[]) => {
    const outcomes = batch.map(
      (item): { ok: true; value: unknown } | { ok: false; error: unknown } => {
        // A failure SQLite answers by rolling back the whole transaction (disk full) fails all.
        if (!db.inTransaction) throw new Error('the group commit was rolled back');
        try {
          return { ok: true, value: item.run() };
        } catch (error) {
          return { ok: false, error };
        }
      },
    );
    for (const hook of hooks) hook.finish?.();
    return outcomes;
  });
  const created: Queue = {
    items: [],
    hooks,
    flush() {
      const batch = created.items;
      created.items = [];
      if (batch.length === 0) return;
      let outcomes;
      try {
        outcomes = commitAll.immediate(batch);
      } catch (error) {
        for (const hook of hooks) hook.abandon?.();
        for (const item of batch) item.reject(error);
        return;
      }
      outcomes.forEach((outcome, i) => {
        const item = batch[i] as Pending;
        if (outcome.ok) item.resolve(outcome.value);
        else item.reject(outcome.error);
      });
    },
  };
  queues.set(db, created);
  return created;
}

/**
 * Group commit: the writes submitted while the event loop is busy with other requests are
 * committed together, at the next turn of the loop, in one IMMEDIATE transaction. Nobody
 * hears "done" before the commit that holds their write. A commit writes each touched page
 * to the WAL once and is fsynced once (synchronous=FULL), so writes that share pages (the
 * newest end of an index) share that cost too.
 *
 * Every groupCommit on one connection shares its queue: the filings, the delivery worker's
 * claim and its marks that arrive in one turn make one commit, not one each.
 *
 * Each write that fails rejects alone and the others still commit: pass a better-sqlite3
 * transaction as `write` and it runs in a savepoint of its own (a filing of several
 * statements); a single statement is undone by SQLite alone and needs none (a mark).
 */
export function groupCommit<A extends unknown[], R>(
  db: Database.Database,
  write: (...args: A) => R,
  hooks: GroupCommitHooks = {},
): GroupCommit<A, R> {
  const queue = queueOf(db);
  if (hooks.finish !== undefined || hooks.abandon !== undefined) queue.hooks.add(hooks);
  return {
    submit: (args) =>
      new Promise<R>((resolve, reject) => {
        const item: Pending = {
          run: () => write(...args),
          resolve: resolve as (value: unknown) => void,
          reject,
        };
        if (queue.items.push(item) === 1) setImmediate(queue.flush);
      }),
    flush: queue.flush,
  };
}
