import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { configureConnection, type SqliteSynchronous } from '../src/adapters/sqlite';

/**
 * The baseline: the same HTTP framework with one route that does one SQLite insert of the
 * posted body, on exactly the app's connection settings (configureConnection: WAL, the same
 * `synchronous`, the same checkpoint interval). Started as a child process.
 *
 * What stays different, on purpose: the baseline commits each insert on its own, as the
 * issue defines it, while the app groups the filings that arrive together into one commit.
 * That grouping is the app's own work (it is what a real server does under the same load), so
 * it counts for the app; and the app still writes far more per filing (the row, eight board
 * indexes, the search index, history, idempotency key) than the baseline's one row.
 */
export async function startBareServer(
  file: string,
  synchronous?: SqliteSynchronous,
): Promise<string> {
  const db = new Database(file);
  configureConnection(db, synchronous === undefined ? {} : { synchronous });
  db.exec('CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO bare (body) VALUES (?)');
  const app = Fastify();
  app.post('/bare', async (request, reply) => {
    const { lastInsertRowid } = insert.run(JSON.stringify(request.body));
    return reply.code(201).send({ id: Number(lastInsertRowid) });
  });
  return app.listen({ port: 0, host: '127.0.0.1' });
}
