import type Database from 'better-sqlite3';
import type { Notification } from '../../domain/notification/notification';
import {
  reportSummaryOf,
  versionOf,
  type Report,
  type ReportSummary,
  type ReportVersion,
} from '../../domain/report/report';
import type { RecordWriteOutcome } from '../../ports/phenomenon-store';
import type { ReportStore } from '../../ports/report-store';
import { outboxWriter } from './sqlite-notification-outbox';

type Row = { payload: string };

/** Reports as JSON records, their summaries for lists and every version's text (migration 8). */
export function createSqliteReportStore(db: Database.Database): ReportStore {
  const sql = {
    insert: db.prepare(
      'INSERT INTO reports (id, created_at, version, summary, payload) VALUES (?, ?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], Row>('SELECT payload FROM reports WHERE id = ?'),
    summaries: db.prepare<[], { summary: string }>(
      'SELECT summary FROM reports ORDER BY created_at DESC, id DESC',
    ),
    replace: db.prepare(
      'UPDATE reports SET version = ?, summary = ?, payload = ? WHERE id = ? AND version = ?',
    ),
    addVersion: db.prepare(
      'INSERT INTO report_versions (report_id, version, payload) VALUES (?, ?, ?)',
    ),
    versions: db.prepare<[string], Row>(
      'SELECT payload FROM report_versions WHERE report_id = ? ORDER BY version',
    ),
  };
  const writeOutbox = outboxWriter(db);
  const read = (id: string): Report | null => {
    const row = sql.byId.get(id);
    return row === undefined ? null : (JSON.parse(row.payload) as Report);
  };
  const keepVersion = (report: Report): void => {
    sql.addVersion.run(report.id, report.version, JSON.stringify(versionOf(report)));
  };

  const create = db.transaction((report: Report) => {
    sql.insert.run(
      report.id,
      report.createdAt,
      report.version,
      JSON.stringify(reportSummaryOf(report)),
      JSON.stringify(report),
    );
    keepVersion(report);
  });
  const save = db.transaction(
    (
      next: Report,
      expected: number,
      notifications: readonly Notification[],
    ): RecordWriteOutcome<Report> => {
      const current = read(next.id);
      if (current === null) return { kind: 'not_found' };
      if (current.version !== expected) return { kind: 'stale', current };
      const record: Report = { ...next, version: expected + 1 };
      sql.replace.run(
        record.version,
        JSON.stringify(reportSummaryOf(record)),
        JSON.stringify(record),
        record.id,
        expected,
      );
      keepVersion(record);
      writeOutbox(notifications);
      return { kind: 'ok', record };
    },
  );

  return {
    async create(report) {
      create.immediate(report);
      return report;
    },
    async get(id) {
      return read(id);
    },
    async list() {
      return sql.summaries.all().map((row) => JSON.parse(row.summary) as ReportSummary);
    },
    async save(next, expectedVersion, notifications) {
      return save.immediate(next, expectedVersion, notifications);
    },
    async versions(id) {
      return sql.versions.all(id).map((row) => JSON.parse(row.payload) as ReportVersion);
    },
  };
}
