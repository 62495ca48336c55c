import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { configureConnection, MIGRATIONS } from '../src/adapters/sqlite';
import { migrate } from '../src/adapters/sqlite/migrations';
import type { IdGenerator } from '../src/ports/clock';

/**
 * The second baseline: a filing's durable writes done by bare SQL, without the app: what the
 * app's filing writes, into the app's own schema (its eight board indexes, the clustered
 * history, the idempotency key, the trigram search index) with the same kind of ids, and one
 * outbox row per recipient, on the app's connection settings. The same durability and the
 * same batching as the app: the filings of one turn of the event loop share one IMMEDIATE
 * transaction, and nobody is answered before it is committed. (One commit per request would
 * make this baseline slower than the app: each commit pays its fsync and a trigram index
 * segment of its own.) No validation, no personal-data guard, no staff lookup, no savepoints,
 * no delivery worker: what is left between this and the app is the app's own work.
 */
export function startBareSqlServer(
  file: string,
  /** Who is notified of each filing (the app's area supervisors for the same form). */
  recipients: readonly string[],
  ids: IdGenerator,
  /** The period id the app would give a filing now (computed once: it is not SQL). */
  period: string,
  /**
   * `group` (the baseline): the filings of one turn share a commit, as the app's do.
   * `each`: one transaction and commit per request, for comparison.
   */
  commit: 'group' | 'each' = 'group',
): Promise<string> {
  const db = new Database(file);
  configureConnection(db);
  migrate(db, MIGRATIONS);
  const insertObservation = db.prepare(
    `INSERT INTO observations (id, kind, description, solution_proposal, topic, service_area,
       municipality, target_group, supervisor_id, co_reporter_ids, reporter_id, reporter_name,
       created_at, period, status, first_answered_at, updated_at, version, search_text)
     VALUES (@id, @kind, @description, @solution, @topic, @area, @municipality, @target, NULL,
       '[]', @reporter, @reporterName, @at, @period, 'received', NULL, @at, 1, @search)`,
  );
  const insertHistory = db.prepare(
    `INSERT INTO history (seq, id, observation_id, at, actor_id, actor_name, from_status,
       to_status, feedback, return_reason)
     VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM history WHERE observation_id = @observation),
       @id, @observation, @at, @reporter, @reporterName, NULL, 'received', NULL, NULL)`,
  );
  const insertKey = db.prepare(
    'INSERT INTO idempotency (reporter_id, key, observation_id) VALUES (?, ?, ?)',
  );
  const insertSearch = db.prepare(
    'INSERT INTO observations_search (observation_id, search_text) VALUES (?, ?)',
  );
  const linkSearch = db.prepare('UPDATE observations SET search_rowid = ? WHERE id = ?');
  const insertOutbox = db.prepare(
    `INSERT INTO outbox (key, kind, state, due_at, updated_at, recipient, payload)
     VALUES (?, 'new_observation', 'pending', ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
  );
  type Filing = Record<string, string>;
  const file1 = (body: Filing, key: string | null): string => {
    const id = ids.next();
    const at = new Date().toISOString();
    const search = `${body.description}\u001f${body.solutionProposal}`.toLowerCase();
    const row = {
      id,
      kind: body.kind,
      description: body.description,
      solution: body.solutionProposal,
      topic: body.topic,
      area: body.serviceArea,
      municipality: body.municipality,
      target: body.targetGroup,
      reporter: 'bench-reporter',
      reporterName: 'Bench Reporter',
      at,
      period,
      search,
    };
    insertObservation.run(row);
    insertHistory.run({
      id: ids.next(),
      observation: id,
      at,
      reporter: row.reporter,
      reporterName: row.reporterName,
    });
    if (key !== null) insertKey.run(row.reporter, key, id);
    linkSearch.run(insertSearch.run(id, search).lastInsertRowid, id);
    for (const userId of recipients) {
      const payload = JSON.stringify({
        key: `new_observation:${id}:${userId}`,
        recipient: { kind: 'user', userId },
        createdAt: at,
        kind: 'new_observation',
        data: { observationId: id, kind: body.kind, excerpt: body.description, topic: body.topic },
      });
      insertOutbox.run(`new_observation:${id}:${userId}`, at, at, `user:${userId}`, payload);
    }
    return id;
  };
  // The filings that arrive in one turn of the event loop are committed together, answered
  // after the commit: the app's group commit, without its savepoint per filing.
  type Waiting = { body: Filing; key: string | null; done: (id: string) => void };
  let queue: Waiting[] = [];
  const commitGroup = db.transaction((batch: readonly Waiting[]) =>
    batch.map((item) => file1(item.body, item.key)),
  );
  const flush = (): void => {
    const batch = queue;
    queue = [];
    const filed = commitGroup.immediate(batch);
    batch.forEach((item, i) => item.done(filed[i]!));
  };
  const commitOne = db.transaction(file1);
  const app = Fastify();
  app.post('/bare-sql', async (request, reply) => {
    const header = request.headers['idempotency-key'];
    const key = typeof header === 'string' ? header : null;
    const body = request.body as Filing;
    const id =
      commit === 'each'
        ? commitOne.immediate(body, key)
        : await new Promise<string>((done) => {
            if (queue.push({ body, key, done }) === 1) setImmediate(flush);
          });
    return reply.code(201).send({ id });
  });
  return app.listen({ port: 0, host: '127.0.0.1' });
}
