import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { boardSql, configureConnection } from '../src/adapters/sqlite';
import type { BoardQuery } from '../src/ports/observation-store';

/**
 * The board's baseline: the same framework with one route per view that runs the app's
 * board page SQL for that view (the very statement the store would run, built once at start)
 * and sends the rows as JSON. No sign-in, no mapping, no period median.
 */
export function startBareBoardServer(
  file: string,
  views: Readonly<Record<string, BoardQuery>>,
): Promise<string> {
  const db = new Database(file);
  configureConnection(db);
  const statements = new Map(
    Object.entries(views).map(([name, query]) => {
      const { sql, params } = boardSql(query);
      return [name, { statement: db.prepare(sql), params }] as const;
    }),
  );
  const app = Fastify();
  app.get<{ Params: { view: string } }>('/bare-board/:view', async (request, reply) => {
    const view = statements.get(request.params.view);
    if (view === undefined) return reply.code(404).send();
    return view.statement.all(...view.params);
  });
  return app.listen({ port: 0, host: '127.0.0.1' });
}
