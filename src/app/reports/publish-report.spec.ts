import { createSqliteStore } from '../../adapters/sqlite';
import { actor, fileAs, useAppDeps } from '../testing';
import { createReport } from './create-report';
import { publishReport, withdrawPublication } from './publish-report';

describe('publishing a report', () => {
  const fixture = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));
  const told = async (kind: string) =>
    (await fixture.store().outbox.list('pending', 100))
      .filter((e) => e.notification.kind === kind)
      .map((e) =>
        e.notification.recipient.kind === 'user' ? e.notification.recipient.userId : 'channel',
      )
      .sort();
  const annual = async () => {
    await fileAs(fixture.deps(), 'reporter');
    const made = await createReport(fixture.deps(), actor('coordinator'), {
      kind: 'annual',
      title: 'Sosiaalinen raportti 2026',
      year: 2026,
    });
    if (!made.ok) throw new Error(made.error.code);
    return made.value;
  };

  it('tells nobody while the page waits for approval, and the reporters once it is on the intranet', async () => {
    const report = await annual();
    const deps = fixture.deps();
    deps.publishing.holdForApproval(true);
    const held = await publishReport(deps, actor('editor'), report.id, 'editor-token');
    expect(held).toMatchObject({ ok: true, value: { state: 'awaiting_approval' } });
    expect(await told('report_published')).toEqual([]);
    expect(await told('observation_in_report')).toEqual([]);
    // The editor's own token went to the intranet: SharePoint's rights are theirs.
    expect(deps.publishing.calls).toEqual([
      { slug: expect.any(String), updated: false, userToken: 'editor-token' },
    ]);

    deps.publishing.holdForApproval(false);
    const approved = await publishReport(deps, actor('editor'), report.id, 'editor-token');
    expect(approved).toMatchObject({ ok: true, value: { state: 'published' } });
    expect(deps.publishing.calls[1]?.updated).toBe(true);
    expect(await told('report_published')).toEqual(['channel']);
    expect(await told('observation_in_report')).toEqual(['u-reporter']);
  });

  it('keeps the report as it was when the intranet refuses, and says why', async () => {
    const report = await annual();
    const deps = fixture.deps();
    deps.publishing.failNext('forbidden');
    expect(await publishReport(deps, actor('editor'), report.id, null)).toEqual({
      ok: false,
      error: { code: 'intranet_unavailable', reason: 'forbidden' },
    });
    expect((await deps.reports.get(report.id))?.publication).toBeNull();
    expect(await told('report_published')).toEqual([]);

    const published = await publishReport(deps, actor('admin'), report.id, null);
    if (!published.ok) throw new Error(published.error.code);
    deps.publishing.failNext('unavailable');
    expect(await withdrawPublication(deps, actor('editor'), report.id, null)).toEqual({
      ok: false,
      error: { code: 'intranet_unavailable', reason: 'unavailable' },
    });
    expect((await deps.reports.get(report.id))?.publication?.state).toBe('published');
    expect(deps.publishing.pages.size).toBe(1);
  });
});
