/// <reference types="jest" />
import { auditEntry, type AuditEntry } from '../domain/audit/audit-entry';
import type { AuditLog } from './audit-log';
import { InvalidCursorError } from './observation-store';

export type AuditLogUnderTest = {
  readonly audit: AuditLog;
  dispose(): Promise<void>;
};

const at = (minute: number): string =>
  new Date(Date.parse('2026-03-10T08:00:00.000Z') + minute * 60_000).toISOString();

export const testAuditEntry = (
  id: string,
  minute: number,
  overrides: Partial<AuditEntry> = {},
): AuditEntry =>
  auditEntry({
    id,
    at: at(minute),
    actorId: 'u-reporter',
    actorName: 'Raili Raportoija',
    action: 'observation.filed',
    targetType: 'observation',
    targetId: `obs-${id}`,
    detail: 'received',
    ...overrides,
  });

const WHOLE_DAY = { from: at(-60), to: at(24 * 60) };

/**
 * The contract every AuditLog passes. Decisions beyond the types: a range is `from` ≤ at <
 * `to`, newest first, ties in `at` by id descending; paging by `next` neither repeats nor
 * skips an entry, also among entries of the same instant; a second record of an id is
 * ignored; `actorId` narrows to one person's entries.
 */
export function describeAuditLogContract(
  name: string,
  makeLog: () => Promise<AuditLogUnderTest>,
): void {
  describe(`AuditLog contract: ${name}`, () => {
    let current: AuditLogUnderTest | null = null;
    const log = (): AuditLog => {
      if (current === null) throw new Error('audit log used outside a test');
      return current.audit;
    };
    beforeEach(async () => {
      current = await makeLog();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    it('holds nothing at first', async () => {
      expect(await log().list({ ...WHOLE_DAY, limit: 10 })).toEqual({ items: [] });
    });

    it('gives back an entry as recorded, a set target (null id) too', async () => {
      const filed = testAuditEntry('a1', 1);
      const exported = testAuditEntry('a2', 2, {
        actorId: 'u-supervisor',
        actorName: 'Sirpa Esimies',
        action: 'export',
        targetType: 'board',
        targetId: null,
        detail: 'xlsx, 12 rows',
      });
      await log().record(filed);
      await log().record(exported);
      expect((await log().list({ ...WHOLE_DAY, limit: 10 })).items).toEqual([exported, filed]);
    });

    it('lists a range newest first: from inclusive, to exclusive', async () => {
      for (const minute of [0, 5, 10, 15]) await log().record(testAuditEntry(`m${minute}`, minute));
      const page = await log().list({ from: at(5), to: at(15), limit: 10 });
      expect(page.items.map((e) => e.id)).toEqual(['m10', 'm5']);
      expect(page.next).toBeUndefined();
    });

    it('pages through entries of one instant without repeating or skipping one', async () => {
      const ids = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];
      for (const id of ids) await log().record(testAuditEntry(id, 3));
      await log().record(testAuditEntry('later', 4));
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await log().list({
          ...WHOLE_DAY,
          limit: 3,
          ...(cursor === undefined ? {} : { cursor }),
        });
        seen.push(...page.items.map((e) => e.id));
        cursor = page.next;
        pages += 1;
      } while (cursor !== undefined && pages < 10);
      expect(seen).toEqual(['later', 'e7', 'e6', 'e5', 'e4', 'e3', 'e2', 'e1']);
      expect(pages).toBe(3);
    });

    it('gives no next page when the range ends exactly at the limit', async () => {
      await log().record(testAuditEntry('x1', 1));
      await log().record(testAuditEntry('x2', 2));
      expect(await log().list({ ...WHOLE_DAY, limit: 2 })).toEqual({
        items: [testAuditEntry('x2', 2), testAuditEntry('x1', 1)],
      });
    });

    it('keeps one entry when the same id is recorded twice (a retried write)', async () => {
      await log().record(testAuditEntry('once', 1));
      await log().record(testAuditEntry('once', 1));
      expect((await log().list({ ...WHOLE_DAY, limit: 10 })).items).toHaveLength(1);
    });

    it("narrows to one person's entries", async () => {
      await log().record(testAuditEntry('r1', 1));
      await log().record(
        testAuditEntry('s1', 2, { actorId: 'u-supervisor', actorName: 'Sirpa Esimies' }),
      );
      await log().record(testAuditEntry('r2', 3));
      const mine = await log().list({ ...WHOLE_DAY, limit: 1, actorId: 'u-reporter' });
      expect(mine.items.map((e) => e.id)).toEqual(['r2']);
      const rest = await log().list({
        ...WHOLE_DAY,
        limit: 5,
        actorId: 'u-reporter',
        ...(mine.next === undefined ? {} : { cursor: mine.next }),
      });
      expect(rest).toEqual({ items: [testAuditEntry('r1', 1)] });
    });

    it('refuses a cursor it did not make', async () => {
      await expect(
        log().list({ ...WHOLE_DAY, limit: 5, cursor: 'not-a-cursor' }),
      ).rejects.toBeInstanceOf(InvalidCursorError);
    });
  });
}
