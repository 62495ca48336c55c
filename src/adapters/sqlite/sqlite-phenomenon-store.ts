import type Database from 'better-sqlite3';
import type { Phenomenon, PhenomenonLink } from '../../domain/phenomenon/phenomenon';
import type {
  LinkOutcome,
  PhenomenonStore,
  RecordWriteOutcome,
} from '../../ports/phenomenon-store';

type RecordRow = { payload: string };
type LinkRow = {
  phenomenon_id: string;
  observation_id: string;
  linked_by: string;
  linked_at: string;
};

/** How many ids one `IN (…)` takes: well under SQLite's 32,766 host parameters. */
const IDS_PER_QUERY = 500;

const toLink = (row: LinkRow): PhenomenonLink => ({
  phenomenonId: row.phenomenon_id,
  observationId: row.observation_id,
  linkedBy: row.linked_by,
  linkedAt: row.linked_at,
});

/** Phenomena as JSON records with their many-to-many links (migration 5). */
export function createSqlitePhenomenonStore(db: Database.Database): PhenomenonStore {
  const sql = {
    insert: db.prepare(
      'INSERT INTO phenomena (id, created_at, version, payload) VALUES (?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], RecordRow>('SELECT payload FROM phenomena WHERE id = ?'),
    all: db.prepare<[], RecordRow>(
      'SELECT payload FROM phenomena ORDER BY created_at DESC, id DESC',
    ),
    replace: db.prepare(
      'UPDATE phenomena SET version = ?, payload = ? WHERE id = ? AND version = ?',
    ),
    link: db.prepare(
      `INSERT INTO phenomenon_links (phenomenon_id, observation_id, linked_by, linked_at, seq)
       VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM phenomenon_links))
       ON CONFLICT DO NOTHING`,
    ),
    unlink: db.prepare(
      'DELETE FROM phenomenon_links WHERE phenomenon_id = ? AND observation_id = ?',
    ),
    linksOf: db.prepare<[string], LinkRow>(
      'SELECT * FROM phenomenon_links WHERE phenomenon_id = ? ORDER BY linked_at, seq',
    ),
    allLinks: db.prepare<[], LinkRow>('SELECT * FROM phenomenon_links'),
    counts: db.prepare<[], { phenomenon_id: string; n: number }>(
      'SELECT phenomenon_id, COUNT(*) AS n FROM phenomenon_links GROUP BY phenomenon_id',
    ),
  };
  const read = (id: string): Phenomenon | null => {
    const row = sql.byId.get(id);
    return row === undefined ? null : (JSON.parse(row.payload) as Phenomenon);
  };
  const linksOfSome = (ids: readonly string[]): LinkRow[] =>
    db
      .prepare<string[], LinkRow>(
        `SELECT * FROM phenomenon_links WHERE observation_id IN (${ids.map(() => '?').join(', ')})`,
      )
      .all(...ids);

  const update = db.transaction(
    (id: string, patch: Partial<Phenomenon>, expected: number, at: string) => {
      const current = read(id);
      if (current === null) return { kind: 'not_found' } as const;
      if (current.version !== expected) return { kind: 'stale', current } as const;
      const record: Phenomenon = { ...current, ...patch, version: expected + 1, updatedAt: at };
      sql.replace.run(record.version, JSON.stringify(record), id, expected);
      return { kind: 'ok', record } as const;
    },
  );
  const link = db.transaction((given: PhenomenonLink): LinkOutcome => {
    if (sql.byId.get(given.phenomenonId) === undefined) return 'not_found';
    const { changes } = sql.link.run(
      given.phenomenonId,
      given.observationId,
      given.linkedBy,
      given.linkedAt,
    );
    return changes === 1 ? 'linked' : 'already_linked';
  });

  return {
    async create(phenomenon) {
      sql.insert.run(
        phenomenon.id,
        phenomenon.createdAt,
        phenomenon.version,
        JSON.stringify(phenomenon),
      );
      return phenomenon;
    },
    async get(id) {
      return read(id);
    },
    async list() {
      return sql.all.all().map((row) => JSON.parse(row.payload) as Phenomenon);
    },
    async update(id, patch, expectedVersion, updatedAt): Promise<RecordWriteOutcome<Phenomenon>> {
      return update.immediate(id, patch, expectedVersion, updatedAt);
    },
    async link(given) {
      return link.immediate(given);
    },
    async unlink(phenomenonId, observationId) {
      return sql.unlink.run(phenomenonId, observationId).changes === 1;
    },
    async linksOf(phenomenonId) {
      return sql.linksOf.all(phenomenonId).map(toLink);
    },
    async linksOfObservations(observationIds) {
      const found: PhenomenonLink[] = [];
      for (let start = 0; start < observationIds.length; start += IDS_PER_QUERY) {
        found.push(...linksOfSome(observationIds.slice(start, start + IDS_PER_QUERY)).map(toLink));
      }
      return found;
    },
    async allLinks() {
      return sql.allLinks.all().map(toLink);
    },
    async linkCounts() {
      return new Map(sql.counts.all().map((row) => [row.phenomenon_id, row.n]));
    },
  };
}
