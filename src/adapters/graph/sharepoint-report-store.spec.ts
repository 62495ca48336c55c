import { versionOf, type Report } from '../../domain/report/report';
import { describeReportStoreContract } from '../../ports/report-store.contract';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { testNotification } from '../../ports/testing/notification-builder';
import { createReportTestData } from '../../ports/testing/report-builder';
import { sharePointFixture } from './testing/sharepoint-fixture';
import type { ListState, RequestLogEntry } from './testing/graph-double';

const fixture = sharePointFixture();
afterAll(() => fixture.close());

describeReportStoreContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return { reports: store.reports, outbox: store.outbox, dispose };
});

describe('SharePoint report store', () => {
  let opened: Awaited<ReturnType<typeof fixture.store>>;
  let data = createReportTestData();
  beforeEach(async () => {
    opened = await fixture.store();
    data = createReportTestData();
  });
  afterEach(() => opened.dispose());

  const reports = () => opened.store.reports;
  const list = (title: string): ListState => {
    const found = opened.graph.state.findList(opened.siteId, `RAKE ${title}`);
    if (found === null) throw new Error(`no list ${title}`);
    return found;
  };
  const itemsPath = (title: string): RegExp => new RegExp(`/lists/${list(title).id}/items`);
  const requestsFrom = () => {
    const start = opened.graph.state.requestLog.length;
    const since = (): RequestLogEntry[] => opened.graph.state.requestLog.slice(start);
    return {
      topLevel: () => since().filter((entry) => entry.url.startsWith('/v1.0/')),
      batched: () => since().filter((entry) => !entry.url.startsWith('/v1.0/')),
    };
  };
  const pendingKeys = async (): Promise<string[]> =>
    (await opened.store.outbox.list('pending', 100)).map((e) => e.notification.key).sort();
  const edited = (report: Report, introduction: string): Report => ({
    ...report,
    introduction,
    updatedAt: '2026-11-20T12:00:00.000Z',
  });

  it('saves the report, its version and its notifications in ONE $batch chain', async () => {
    const report = await reports().create(data.report());
    const requests = requestsFrom();

    const outcome = await reports().save(edited(report, 'Uusi johdanto.'), 1, [
      testNotification('n-1'),
    ]);

    expect(outcome.kind).toBe('ok');
    // The report read (its item, then its parts), ONE $batch; then the replaced parts dropped.
    expect(requests.topLevel().map((entry) => entry.method)).toEqual([
      'GET',
      'GET',
      'POST',
      'GET',
      'POST',
    ]);
    const lists = ['Record parts', 'Reports', 'Report versions', 'Outbox'];
    expect(
      requests
        .batched()
        .map(
          (entry) => `${entry.method} ${lists.find((title) => itemsPath(title).test(entry.url))}`,
        ),
    ).toEqual([
      'POST Record parts',
      'PATCH Reports',
      'POST Report versions',
      'POST Outbox',
      'DELETE Record parts',
    ]);
  });

  it('takes a save back when its version cannot be kept: report, versions, outbox as before', async () => {
    const report = await reports().create(data.report());
    const next = edited(report, 'Uusi johdanto.');
    opened.graph.failRequests({ method: 'POST', path: itemsPath('Report versions'), status: 500 });

    await expect(reports().save(next, 1, [testNotification('n-1')])).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );

    await expect(reports().get(report.id)).resolves.toEqual(report);
    await expect(reports().versions(report.id)).resolves.toEqual([versionOf(report)]);
    await expect(pendingKeys()).resolves.toEqual([]);

    await expect(reports().save(next, 1, [testNotification('n-1')])).resolves.toEqual({
      kind: 'ok',
      record: { ...next, version: 2 },
    });
    expect(await reports().versions(report.id)).toHaveLength(2);
  });

  it('creates nothing when the first version cannot be kept', async () => {
    const report = data.report();
    opened.graph.failRequests({ method: 'POST', path: itemsPath('Report versions'), status: 500 });

    await expect(reports().create(report)).rejects.toBeInstanceOf(StorageUnavailableError);

    await expect(reports().get(report.id)).resolves.toBeNull();
    expect(list('Reports').items.size).toBe(0);
    expect(list('Record parts').items.size).toBe(0);
  });

  it('lists summaries from the items alone, never reading the reports’ parts', async () => {
    await reports().create(data.report());
    await reports().create(data.report());
    const listing = requestsFrom();

    expect(await reports().list()).toHaveLength(2);

    expect(listing.topLevel()).toHaveLength(1);
    expect(decodeURIComponent(listing.topLevel()[0]?.url ?? '')).toContain(
      '$expand=fields($select=Payload,Payload2)',
    );
  });

  it('keeps a long version’s text in parts and drops the report’s replaced parts', async () => {
    const long = 'Pitkä osio. '.repeat(20_000);
    const report = await reports().create(
      data.report({ sections: [{ key: 'counts', heading: 'Havainnot', text: long }] }),
    );
    const partsOf = (recordKey: string) =>
      [...list('Record parts').items.values()].filter((i) => i.fields['RecordKey'] === recordKey);
    const before = partsOf(`report|${report.id}`).map((part) => part.id);
    expect(partsOf(`reportVersion|${report.id}|1`).length).toBeGreaterThan(1);

    await reports().save(edited(report, 'Toinen.'), 1, []);

    const after = partsOf(`report|${report.id}`).map((part) => part.id);
    expect(after.some((id) => before.includes(id))).toBe(false);
    expect((await reports().versions(report.id)).map((v) => v.version)).toEqual([1, 2]);
  });
});
