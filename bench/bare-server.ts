import Database from 'better-sqlite3';
import Fastify from 'fastify';

/**
 * The baseline: the same HTTP framework with one route that does one SQLite insert of the
 * posted body, on the same pragmas as the app's store. Started as a child process.
 */
export async function startBareServer(file: string): Promise<string> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO bare (body) VALUES (?)');
  const app = Fastify();
  app.post('/bare', async (request, reply) => {
    const { lastInsertRowid } = insert.run(JSON.stringify(request.body));
    return reply.code(201).send({ id: Number(lastInsertRowid) });
  });
  return app.listen({ port: 0, host: '127.0.0.1' });
}
