import { createSqliteStore } from '../../adapters/sqlite';
import type { AuditEntry } from '../../domain/audit/audit-entry';
import { createCompilation } from '../compilations';
import { retryDelivery } from '../digest';
import { exportBoard, exportCompilation } from '../export';
import { openObservation, getObservation } from '../get-observation';
import { createReport } from '../reports/create-report';
import { publishReport, withdrawPublication } from '../reports/publish-report';
import { submitObservation } from '../submit-observation';
import { actor, draftBody, fileAs, T0, useAppDeps } from '../testing';
import { transitionObservation } from '../transition-observation';
import { updateTriage } from '../update-triage';
import { resubmitObservation } from '../follow-up/resubmit-observation';
import { withdrawObservation } from '../follow-up/withdraw-observation';
import { recordAudit, setAuditFailureHandler } from './record-audit';

describe('what the use cases leave in the audit log', () => {
  const fixture = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));
  const entries = async (): Promise<AuditEntry[]> => {
    const page = await fixture.deps().audit.list({
      from: '2000-01-01T00:00:00.000Z',
      to: '2100-01-01T00:00:00.000Z',
      limit: 500,
    });
    // Oldest first reads like the story the test tells.
    return [...page.items].reverse();
  };
  /** The entries after the first `skip` (the test's own set-up). */
  const since = async (skip: number) => (await entries()).slice(skip);
  const brief = (e: AuditEntry) => [e.action, e.actorId, e.targetType, e.targetId];

  it('a filing leaves one entry by its reporter; a replay of it none', async () => {
    const body = draftBody();
    const first = await submitObservation(fixture.deps(), actor('reporter'), body, 'key-1');
    const replay = await submitObservation(fixture.deps(), actor('reporter'), body, 'key-1');
    if (!first.ok || !replay.ok) throw new Error('filing failed');
    expect((await entries()).map(brief)).toEqual([
      ['observation.filed', 'u-reporter', 'observation', first.value.observation.id],
    ]);
    expect((await entries())[0]).toMatchObject({
      at: T0.toISOString(),
      actorName: 'Raili Raportoija',
      detail: 'adult_social_work',
    });
  });

  it('keeps no free text of the observation in any entry', async () => {
    const filed = await fileAs(fixture.deps(), 'reporter');
    await openObservation(fixture.deps(), actor('supervisor'), filed.id);
    await updateTriage(
      fixture.deps(),
      actor('supervisor'),
      filed.id,
      { coreContent: 'Salainen muistiinpano', priority: 1 },
      1,
    );
    await transitionObservation(
      fixture.deps(),
      actor('supervisor'),
      filed.id,
      { to: 'in_review', feedback: 'Otettu käsittelyyn' },
      null,
    );
    const text = JSON.stringify(await entries());
    for (const secret of [
      'Vuokrarästit',
      'velkaneuvonta',
      'Salainen muistiinpano',
      'Otettu käsittelyyn',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("reading another's observation leaves one entry; the reporter's and a co-reporter's own reads none", async () => {
    const filed = await fileAs(fixture.deps(), 'reporter', { coReporterIds: ['u-colleague'] });
    const before = (await entries()).length;
    await openObservation(fixture.deps(), actor('reporter'), filed.id);
    await openObservation(fixture.deps(), actor('colleague'), filed.id);
    // Internal look-ups (If-Match's current version, a card's button) are not reads.
    await getObservation(fixture.deps(), actor('supervisor'), filed.id);
    await openObservation(fixture.deps(), actor('supervisor'), filed.id);
    // Not visible to them: 404, and nothing read.
    await openObservation(fixture.deps(), actor('stranger'), filed.id);
    expect((await since(before)).map(brief)).toEqual([
      ['observation.read', 'u-supervisor', 'observation', filed.id],
    ]);
  });

  it('a move and a triage edit leave one entry each by who made them', async () => {
    const filed = await fileAs(fixture.deps(), 'reporter');
    const before = (await entries()).length;
    const moved = await transitionObservation(
      fixture.deps(),
      actor('supervisor'),
      filed.id,
      { to: 'in_review', feedback: 'Käsittelyssä' },
      null,
    );
    expect(moved.ok).toBe(true);
    await updateTriage(fixture.deps(), actor('rakeMember'), filed.id, { priority: 2 }, 2);
    // Refused moves and stale edits leave nothing.
    await transitionObservation(
      fixture.deps(),
      actor('reporter'),
      filed.id,
      { to: 'closed' },
      null,
    );
    await updateTriage(fixture.deps(), actor('supervisor'), filed.id, { priority: 3 }, 1);
    const after = await since(before);
    expect(after.map(brief)).toEqual([
      ['observation.moved', 'u-supervisor', 'observation', filed.id],
      ['observation.triaged', 'u-rake', 'observation', filed.id],
    ]);
    expect(after.map((e) => e.detail)).toEqual(['received → in_review', 'priority']);
  });

  it('an export of the board and of a compilation leave one entry each, without the search text', async () => {
    await fileAs(fixture.deps(), 'reporter');
    const board = await exportBoard(
      fixture.deps(),
      actor('rakeMember'),
      { q: 'Häätö Hannele', serviceArea: 'adult_social_work' },
      'fi',
      { format: 'csv' },
    );
    expect(board.ok).toBe(true);
    // A reporter has no board: refused, and nothing exported.
    await exportBoard(fixture.deps(), actor('reporter'), {}, 'fi');
    const compilation = await createCompilation(fixture.deps(), actor('coordinator'), {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    if (!compilation.ok) throw new Error(compilation.error.code);
    await exportCompilation(
      fixture.deps(),
      actor('coordinator'),
      compilation.value.id,
      'fi',
      'xlsx',
    );
    const exports = (await entries()).filter((e) => e.action === 'export');
    expect(exports.map(brief)).toEqual([
      ['export', 'u-rake', 'board', null],
      ['export', 'u-coordinator', 'compilation', compilation.value.id],
    ]);
    expect(exports[0]?.detail).toBe('csv serviceArea=adult_social_work search');
    expect(exports[1]?.detail).toBe('xlsx, 1 rows');
  });

  it('publishing and withdrawing a report leave one entry each', async () => {
    await fileAs(fixture.deps(), 'reporter');
    const made = await createReport(fixture.deps(), actor('coordinator'), {
      kind: 'annual',
      title: 'Sosiaalinen raportti 2026',
      year: 2026,
    });
    if (!made.ok) throw new Error(made.error.code);
    const before = (await entries()).length;
    await publishReport(fixture.deps(), actor('editor'), made.value.id, null);
    await withdrawPublication(fixture.deps(), actor('editor'), made.value.id, null);
    // Refused: not the editor's to publish.
    await publishReport(fixture.deps(), actor('reporter'), made.value.id, null);
    expect((await since(before)).map(brief)).toEqual([
      ['report.published', 'u-editor', 'report', made.value.id],
      ['report.withdrawn', 'u-editor', 'report', made.value.id],
    ]);
  });

  it("an admin's retry of a delivery leaves one admin entry", async () => {
    const store = fixture.store();
    const deps = { ...fixture.deps(), outbox: store.outbox, conversations: store.conversations };
    await fileAs(deps, 'reporter');
    const [entry] = await store.outbox.list('pending', 1);
    if (entry === undefined) throw new Error('no notification');
    await store.outbox.markDead(entry.notification.key, 'gone', deps.clock.now());
    const before = (await entries()).length;
    expect(await retryDelivery(deps, actor('admin'), entry.notification.key)).toMatchObject({
      ok: true,
    });
    expect((await since(before)).map(brief)).toEqual([
      ['admin.delivery_retried', 'u-admin', 'delivery', entry.notification.key],
    ]);
  });

  describe('when the audit write fails', () => {
    it('the action stands and the failure is told loudly', async () => {
      const failures: string[] = [];
      const restore = setAuditFailureHandler((error, record) =>
        failures.push(`${record.action} ${String(error)}`),
      );
      try {
        const deps = {
          ...fixture.deps(),
          audit: { ...fixture.deps().audit, record: () => Promise.reject(new Error('disk full')) },
        };
        const filed = await submitObservation(deps, actor('reporter'), draftBody(), null);
        expect(filed.ok).toBe(true);
        if (!filed.ok) return;
        expect(await deps.store.get(filed.value.observation.id)).not.toBeNull();
        expect(failures).toEqual(['observation.filed Error: disk full']);
      } finally {
        setAuditFailureHandler(restore);
      }
    });

    it('writes one loud line to stderr by default', async () => {
      const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        await recordAudit(
          {
            clock: fixture.deps().clock,
            audit: {
              record: () => Promise.reject(new Error('x')),
              list: fixture.deps().audit.list,
            },
          },
          { id: 'u-admin', name: 'Aino Ylläpitäjä' },
          { action: 'admin.county_updated', targetType: 'county', targetId: 'kainuu' },
        );
        expect(spy).toHaveBeenCalledTimes(1);
        expect(String(spy.mock.calls[0]?.[0])).toMatch(/AUDIT WRITE FAILED: admin\.county_updated/);
      } finally {
        spy.mockRestore();
      }
    });
  });
  it("a reporter's withdrawal and resubmit are moves by the reporter", async () => {
    const withdrawn = await fileAs(fixture.deps(), 'reporter');
    const returned = await fileAs(fixture.deps(), 'reporter');
    const skip = (await entries()).length;
    await withdrawObservation(fixture.deps(), actor('reporter'), withdrawn.id, null);
    await transitionObservation(
      fixture.deps(),
      actor('supervisor'),
      returned.id,
      { to: 'returned', returnReason: 'other', feedback: 'Täydennä, mitä palvelua tämä koskee.' },
      null,
    );
    const resubmitted = await resubmitObservation(
      fixture.deps(),
      actor('reporter'),
      returned.id,
      { description: 'Täydennetty kuvaus: koskee aikuissosiaalityön palveluohjausta.' },
      2,
    );
    expect(resubmitted.ok).toBe(true);
    expect((await since(skip)).map((e) => [...brief(e), e.detail])).toEqual([
      ['observation.moved', 'u-reporter', 'observation', withdrawn.id, 'received → withdrawn'],
      ['observation.moved', 'u-supervisor', 'observation', returned.id, 'received → returned'],
      ['observation.moved', 'u-reporter', 'observation', returned.id, 'returned → received'],
    ]);
  });
});
