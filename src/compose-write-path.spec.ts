import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { draftBody } from './app/testing';
import { startRake } from './compose';
import { loadConfig } from './config';
import { medianHoursToFirstAnswer } from './domain/observation/answer-time';
import { DEMO_SUPERVISORS } from './demo/demo-staff';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The app as `npm run demo` runs it: what the write path and the board are wired with. */
describe('startRake: filings and the board', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rake-compose-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('files with time-ordered ids, and the board’s median follows filings and answers', async () => {
    const loaded = loadConfig({
      PORT: '0',
      RAKE_DB: join(dir, 'rake.sqlite'),
      RAKE_DEMO: '1',
      RAKE_AUTH: 'dev',
      NODE_ENV: 'test',
    });
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    const rake = await startRake({ ...loaded.value, tabDir: join(dir, 'no-tab') }, { quiet: true });
    const base = `http://127.0.0.1:${rake.port}`;
    const supervisor = { 'x-dev-user-id': DEMO_SUPERVISORS[0]!.id };
    const reporter = { 'x-dev-user-id': 'demo-aino-kettula', 'content-type': 'application/json' };
    type Board = { medianHoursToFirstAnswer: number | null; period: { id: string } };
    const board = async (): Promise<Board> =>
      (await (await fetch(`${base}/api/observations`, { headers: supervisor })).json()) as Board;
    /**
     * The median as the board computed it before the cache: from every row of the period that
     * counts (a withdrawn observation waits for no answer).
     */
    const recomputed = (period: string): number | null => {
      const db = new Database(join(dir, 'rake.sqlite'), { readonly: true });
      try {
        const rows = db
          .prepare(
            `SELECT created_at AS createdAt, first_answered_at AS firstAnsweredAt
             FROM observations WHERE period = ? AND status <> 'withdrawn'`,
          )
          .all(period) as { createdAt: string; firstAnsweredAt: string | null }[];
        return medianHoursToFirstAnswer(rows, new Date());
      } finally {
        db.close();
      }
    };
    try {
      const before = await board(); // the period's answer times are read now, once
      const filed: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const answer = await fetch(`${base}/api/observations`, {
          method: 'POST',
          headers: reporter,
          body: JSON.stringify(draftBody({ municipality: 'kuhmo' })),
        });
        expect(answer.status).toBe(201);
        filed.push(((await answer.json()) as { id: string }).id);
      }
      for (const id of filed) expect(id).toMatch(UUID_V7);
      expect([...filed].sort()).toEqual(filed);

      const moved = await fetch(`${base}/api/observations/${filed[0]}/transitions`, {
        method: 'POST',
        headers: { ...supervisor, 'content-type': 'application/json', 'if-match': '"1"' },
        body: JSON.stringify({ to: 'in_review' }),
      });
      expect(moved.status).toBe(200);

      const after = await board();
      expect(after.period.id).toBe(before.period.id);
      // Unanswered waits grow while the test runs: equal to well under a second.
      expect(after.medianHoursToFirstAnswer).toBeCloseTo(recomputed(after.period.id) ?? NaN, 3);
      expect(after.medianHoursToFirstAnswer).not.toBe(before.medianHoursToFirstAnswer);
    } finally {
      await rake.close();
    }
  });
});
