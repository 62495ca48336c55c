import type { PageRequest } from '../../ports/observation-store';
import { decodeCursor } from '../board-cursor';
import type { SqlQuery } from './board-query';
import { OBSERVATION_COLUMN_NAMES } from './mapper';

const COLUMNS = OBSERVATION_COLUMN_NAMES.map((column) => `o.${column}`).join(', ');

/**
 * "My reports" as one SQL statement: keyset-paged on (created_at, id), newest first, like the
 * board, asking for `limit + 1` rows (the extra one only tells that another page follows).
 *
 * Filed and co-reported are an OR of two lookups, for which SQLite would collect and sort
 * every row of both. As a UNION of two newest-first pages, the user's own are read in order
 * from observations_reporter and the co-reported through co_reporters_user, and only the two
 * pages are merged; UNION also lists once an observation whose reporter is named as
 * co-reporter too.
 */
export function mineSql(userId: string, page: PageRequest, limit: number): SqlQuery {
  const rows = limit + 1;
  const after = page.cursor === undefined || page.cursor === '' ? null : decodeCursor(page.cursor);
  const position = after === null ? '' : 'AND (o.created_at, o.id) < (?, ?)';
  const positionParams = after === null ? [] : [after.createdAt, after.id];
  const own = `SELECT ${COLUMNS} FROM observations o
    WHERE o.reporter_id = ? ${position}
    ORDER BY o.created_at DESC, o.id DESC LIMIT ?`;
  const coReported = `SELECT ${COLUMNS} FROM co_reporters c
    JOIN observations o ON o.id = c.observation_id
    WHERE c.user_id = ? ${position}
    ORDER BY o.created_at DESC, o.id DESC LIMIT ?`;
  return {
    sql: `SELECT * FROM (${own}) UNION SELECT * FROM (${coReported})
      ORDER BY created_at DESC, id DESC LIMIT ?`,
    params: [userId, ...positionParams, rows, userId, ...positionParams, rows, rows],
  };
}
