import type Database from 'better-sqlite3';
import type { Notification } from '../../domain/notification/notification';
import type { Proposal, ProposalHistoryEntry } from '../../domain/proposal/proposal';
import type { RecordWriteOutcome } from '../../ports/phenomenon-store';
import type { ProposalStore } from '../../ports/proposal-store';
import { outboxWriter } from './sqlite-notification-outbox';

type RecordRow = { payload: string };

/** Action proposals as JSON records with their history (migration 5). */
export function createSqliteProposalStore(db: Database.Database): ProposalStore {
  const sql = {
    insert: db.prepare(
      'INSERT INTO proposals (id, created_at, version, payload) VALUES (?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], RecordRow>('SELECT payload FROM proposals WHERE id = ?'),
    all: db.prepare<[], RecordRow>(
      'SELECT payload FROM proposals ORDER BY created_at DESC, id DESC',
    ),
    replace: db.prepare(
      'UPDATE proposals SET version = ?, payload = ? WHERE id = ? AND version = ?',
    ),
    addEntry: db.prepare(
      `INSERT INTO proposal_history (id, proposal_id, at, seq, payload)
       VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM proposal_history), ?)`,
    ),
    history: db.prepare<[string], RecordRow>(
      'SELECT payload FROM proposal_history WHERE proposal_id = ? ORDER BY at, seq',
    ),
  };
  const writeOutbox = outboxWriter(db);
  const read = (id: string): Proposal | null => {
    const row = sql.byId.get(id);
    return row === undefined ? null : (JSON.parse(row.payload) as Proposal);
  };
  const addEntry = (entry: ProposalHistoryEntry): void => {
    sql.addEntry.run(entry.id, entry.proposalId, entry.at, JSON.stringify(entry));
  };

  const create = db.transaction((proposal: Proposal, created: ProposalHistoryEntry) => {
    sql.insert.run(proposal.id, proposal.createdAt, proposal.version, JSON.stringify(proposal));
    addEntry(created);
  });
  const save = db.transaction(
    (
      next: Proposal,
      expected: number,
      entry: ProposalHistoryEntry | null,
      notifications: readonly Notification[],
    ): RecordWriteOutcome<Proposal> => {
      const current = read(next.id);
      if (current === null) return { kind: 'not_found' };
      if (current.version !== expected) return { kind: 'stale', current };
      const record: Proposal = { ...next, version: expected + 1 };
      sql.replace.run(record.version, JSON.stringify(record), record.id, expected);
      if (entry !== null) addEntry(entry);
      writeOutbox(notifications);
      return { kind: 'ok', record };
    },
  );

  return {
    async create(proposal, created) {
      create.immediate(proposal, created);
      return proposal;
    },
    async get(id) {
      return read(id);
    },
    async list() {
      return sql.all.all().map((row) => JSON.parse(row.payload) as Proposal);
    },
    async save(next, expectedVersion, entry, notifications) {
      return save.immediate(next, expectedVersion, entry, notifications);
    },
    async history(id) {
      return sql.history.all(id).map((row) => JSON.parse(row.payload) as ProposalHistoryEntry);
    },
  };
}
