import { randomUUID } from 'node:crypto';
import type { Client } from '@microsoft/microsoft-graph-client';
import { columnDefinition, DEFAULT_LIST_PREFIX, LIST_SPECS, listSpec } from './list-schema';
import { EMPTY_TRIAGE } from '../../domain/triage/triage-record';
import { createTestData } from '../../ports/testing/observation-builder';
import { newObservationFields } from './observation-fields';
import { describeReport, provisionLists } from './provision';
import { SharePointLists } from './sharepoint-lists';
import {
  GRAPH_ORIGIN,
  graphClientForDouble,
  startGraphDouble,
  type GraphDouble,
} from './testing/graph-double';

const PREFIX = DEFAULT_LIST_PREFIX;
const writes = (double: GraphDouble, from: number) =>
  double.state.requestLog.slice(from).filter((r) => r.method !== 'GET');

describe('provisionLists', () => {
  let double: GraphDouble;
  let client: Client;
  let siteId: string;

  beforeAll(async () => {
    double = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN, strictNonIndexedQueries: true });
    client = graphClientForDouble(double, { retryDelaySeconds: 0 });
  });
  afterAll(() => double.close());
  beforeEach(() => {
    siteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
  });

  const site = () => double.state.sites.get(siteId);
  const listNamed = (title: string) =>
    [...(site()?.lists.values() ?? [])].find((l) => l.displayName === PREFIX + title);

  it('creates every list with its columns, indexes and unique keys on the first run', async () => {
    const report = await provisionLists(client, siteId, PREFIX);

    expect(report.problems).toEqual([]);
    expect(report.changes).toEqual(
      LIST_SPECS.map((spec) => ({
        kind: 'list_created',
        list: PREFIX + spec.title,
        columns: spec.columns.length,
      })),
    );
    for (const spec of LIST_SPECS) {
      const list = listNamed(spec.title);
      for (const column of spec.columns) {
        expect(list?.columns.find((c) => c.name === column.name)).toMatchObject({
          indexed: column.indexed === true,
          enforceUniqueValues: column.unique === true,
        });
      }
    }
    expect(describeReport(report)).toContain('RAKE Observations: list created with 18 columns');
  });

  it('does nothing on a second run, says so, and sends no write', async () => {
    await provisionLists(client, siteId, PREFIX);
    const before = double.state.requestLog.length;

    const again = await provisionLists(client, siteId, PREFIX);

    expect(again.changes).toEqual([]);
    expect(again.problems).toEqual([]);
    expect(writes(double, before)).toEqual([]);
    const lines = describeReport(again);
    expect(lines).toContain('RAKE Staff: as the schema says');
    expect(lines.at(-1)).toBe('Nothing to do: every list and column is as the schema says.');
  });

  it('mends a list made by hand: adds the missing column, indexes and keys the others', async () => {
    const spec = listSpec('history');
    // By hand: EntryId neither indexed nor unique, ObservationId not indexed, Payload missing.
    await client.api(`/sites/${siteId}/lists`).post({
      displayName: PREFIX + spec.title,
      list: { template: 'genericList' },
      columns: [
        { name: 'EntryId', text: {} },
        { name: 'ObservationId', text: {} },
        columnDefinition({ name: 'At', kind: 'text' }),
      ],
    });

    const report = await provisionLists(client, siteId, PREFIX);

    const list = PREFIX + spec.title;
    expect(report.changes.filter((c) => c.list === list)).toEqual([
      { kind: 'column_indexed', list, column: 'EntryId' },
      { kind: 'column_made_unique', list, column: 'EntryId' },
      { kind: 'column_indexed', list, column: 'ObservationId' },
      { kind: 'column_added', list, column: 'Payload' },
      // A resubmit's entry keeps both versions of the texts (issue 13): two more columns.
      { kind: 'column_added', list, column: 'Payload2' },
      { kind: 'column_added', list, column: 'Payload3' },
    ]);
    expect(report.problems).toEqual([]);
    const columns = listNamed(spec.title)?.columns ?? [];
    expect(columns.find((c) => c.name === 'EntryId')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
    });
    expect(columns.find((c) => c.name === 'ObservationId')?.indexed).toBe(true);
    expect(columns.find((c) => c.name === 'Payload')?.facet).toMatchObject({
      text: { allowMultipleLines: true },
    });
    // The other lists were created; a further run finds nothing to do.
    expect(report.changes.filter((c) => c.kind === 'list_created')).toHaveLength(
      LIST_SPECS.length - 1,
    );
    expect((await provisionLists(client, siteId, PREFIX)).changes).toEqual([]);
  });

  it('reports a column of the wrong type and leaves it alone', async () => {
    const spec = listSpec('staff');
    await client.api(`/sites/${siteId}/lists`).post({
      displayName: PREFIX + spec.title,
      list: { template: 'genericList' },
      columns: [columnDefinition({ name: 'StaffId', kind: 'number', indexed: true })],
    });
    const before = double.state.requestLog.length;

    const report = await provisionLists(client, siteId, PREFIX);

    expect(report.problems).toEqual([
      {
        list: 'RAKE Staff',
        column: 'StaffId',
        message: expect.stringMatching(/^is number, the schema needs single line of text\./),
      },
    ]);
    const column = listNamed(spec.title)?.columns.find((c) => c.name === 'StaffId');
    expect(column).toMatchObject({ kind: 'number', enforceUniqueValues: false });
    const patches = writes(double, before).filter((r) => r.method === 'PATCH');
    expect(patches).toEqual([]);
    expect(describeReport(report)).toContain(
      'RAKE Staff: PROBLEM: column StaffId is number, the schema needs single line of text. ' +
        'Provisioning never retypes a column (it could lose data): change or replace it by hand.',
    );
  });

  it('reports a key column whose duplicates forbid uniqueness instead of failing', async () => {
    const spec = listSpec('staff');
    await client.api(`/sites/${siteId}/lists`).post({
      displayName: PREFIX + spec.title,
      list: { template: 'genericList' },
      columns: spec.columns.map((c) => columnDefinition({ ...c, indexed: false, unique: false })),
    });
    double.state.seedItems(siteId, PREFIX + spec.title, [{ StaffId: 'a' }, { StaffId: 'a' }]);

    const report = await provisionLists(client, siteId, PREFIX);

    expect(report.problems).toEqual([
      {
        list: 'RAKE Staff',
        column: 'StaffId',
        message: expect.stringContaining('Graph refused the change (409)'),
      },
    ]);
  });

  it('gives items filed before the sort-key columns existed their keys, once', async () => {
    await provisionLists(client, siteId, PREFIX);
    const data = createTestData();
    const answered = {
      ...data.observation(),
      firstAnsweredAt: '2026-02-03T08:00:00.000Z',
      triage: { ...EMPTY_TRIAGE, priority: 2 },
    };
    const rows = [data.observation(), answered].map((obs) => {
      const {
        WaitKey: _wait,
        PriorityKey: _priority,
        ...older
      } = newObservationFields({ ...obs, version: 1, updatedAt: obs.createdAt }, null);
      return older;
    });
    double.state.seedItems(siteId, `${PREFIX}Observations`, rows);

    const dry = await provisionLists(client, siteId, PREFIX, { dryRun: true });
    expect(dry.changes).toEqual([
      { kind: 'sort_keys_filled', list: `${PREFIX}Observations`, items: 2 },
    ]);
    const report = await provisionLists(client, siteId, PREFIX);
    expect(describeReport(report)).toContain(
      'RAKE Observations: sort keys (WaitKey, PriorityKey) filled in on 2 item(s)',
    );
    const items = [...(listNamed('Observations')?.items.values() ?? [])];
    expect(items.map((item) => item.fields['PriorityKey'])).toEqual([
      expect.stringMatching(/^1000\|/),
      expect.stringMatching(/^0002\|/),
    ]);
    expect(items.map((item) => item.fields['WaitKey'])).toEqual([
      expect.stringMatching(/^01\d{12}\|obs-0002$/),
      expect.stringMatching(/^09\d{12}\|obs-0001$/),
    ]);
    expect((await provisionLists(client, siteId, PREFIX)).changes).toEqual([]);
  });

  it('gives a site provisioned before the working group’s lists those lists on the next run', async () => {
    await provisionLists(client, siteId, PREFIX);
    const workspace = ['Phenomena', 'Phenomenon links', 'Proposals', 'Proposal history'];
    // As a site provisioned by the release before them: the four lists are not there.
    for (const title of workspace) {
      const list = listNamed(title);
      if (list === undefined) throw new Error(`no list ${title}`);
      site()?.lists.delete(list.id);
    }
    // Until provisioning runs again the app does not start: run `npm run provision`.
    await expect(SharePointLists.open(client, siteId, PREFIX)).rejects.toMatchObject({
      name: 'StorageUnavailableError',
      reason: 'not_provisioned',
    });

    const report = await provisionLists(client, siteId, PREFIX);

    expect(report.problems).toEqual([]);
    expect(report.changes).toEqual(
      workspace.map((title) => ({
        kind: 'list_created',
        list: PREFIX + title,
        columns: LIST_SPECS.find((spec) => spec.title === title)?.columns.length,
      })),
    );
    for (const [title, key] of [
      ['Phenomena', 'PhenomenonId'],
      ['Phenomenon links', 'LinkKey'],
      ['Proposals', 'ProposalId'],
      ['Proposal history', 'EntryId'],
    ] as const) {
      expect(listNamed(title)?.columns.find((c) => c.name === key)).toMatchObject({
        indexed: true,
        enforceUniqueValues: true,
      });
    }
    const links = listNamed('Phenomenon links')?.columns ?? [];
    for (const column of ['PhenomenonId', 'ObservationId']) {
      expect(links.find((c) => c.name === column)?.indexed).toBe(true);
    }
    await expect(SharePointLists.open(client, siteId, PREFIX)).resolves.toBeInstanceOf(
      SharePointLists,
    );
  });

  it('gives a site provisioned before meetings, compilations and enrichment requests their lists', async () => {
    await provisionLists(client, siteId, PREFIX);
    const records = ['Meetings', 'Compilations', 'Enrichment requests', 'Record parts'];
    for (const title of records) {
      const list = listNamed(title);
      if (list === undefined) throw new Error(`no list ${title}`);
      site()?.lists.delete(list.id);
    }
    await expect(SharePointLists.open(client, siteId, PREFIX)).rejects.toMatchObject({
      reason: 'not_provisioned',
    });

    const report = await provisionLists(client, siteId, PREFIX);

    expect(report.problems).toEqual([]);
    expect(report.changes.map((c) => c.list)).toEqual(records.map((title) => PREFIX + title));
    const columnOf = (title: string, name: string) =>
      listNamed(title)?.columns.find((c) => c.name === name);
    for (const [title, key, sorted] of [
      ['Meetings', 'MeetingId', 'DateKey'],
      ['Compilations', 'CompilationId', 'SortKey'],
      ['Enrichment requests', 'EnrichmentId', 'SortKey'],
      ['Record parts', 'PartKey', 'PartsId'],
    ] as const) {
      expect(columnOf(title, key)).toMatchObject({ indexed: true, enforceUniqueValues: true });
      expect(columnOf(title, sorted)).toMatchObject({ indexed: true });
    }
    expect(columnOf('Record parts', 'RecordKey')?.indexed).toBe(true);
    await expect(SharePointLists.open(client, siteId, PREFIX)).resolves.toBeInstanceOf(
      SharePointLists,
    );
    expect((await provisionLists(client, siteId, PREFIX)).changes).toEqual([]);
  });

  it('gives a site provisioned before reports their lists, keyed and indexed', async () => {
    await provisionLists(client, siteId, PREFIX);
    const added = ['Reports', 'Report versions'];
    for (const title of added) site()?.lists.delete(listNamed(title)?.id ?? '');

    const report = await provisionLists(client, siteId, PREFIX);

    expect(report.problems).toEqual([]);
    expect(report.changes.map((c) => c.list)).toEqual(added.map((title) => PREFIX + title));
    const columnOf = (title: string, name: string) =>
      listNamed(title)?.columns.find((c) => c.name === name);
    expect(columnOf('Reports', 'ReportId')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
    });
    expect(columnOf('Reports', 'SortKey')?.indexed).toBe(true);
    expect(columnOf('Report versions', 'VersionKey')).toMatchObject({
      indexed: true,
      enforceUniqueValues: true,
    });
    expect(columnOf('Report versions', 'ReportId')?.indexed).toBe(true);
  });

  it('in a dry run reports what it would do and writes nothing', async () => {
    const before = double.state.requestLog.length;

    const report = await provisionLists(client, siteId, 'RAKE dry ', { dryRun: true });

    expect(report.changes).toHaveLength(LIST_SPECS.length);
    expect(writes(double, before)).toEqual([]);
    expect(describeReport(report)).toContain(
      'RAKE dry Outbox: list would be created with 11 columns',
    );
    expect(describeReport(report).at(-1)).toBe(
      `Provisioning would make ${LIST_SPECS.length} change(s); 0 problem(s).`,
    );
  });
});
