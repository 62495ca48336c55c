import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import {
  columnDefinition,
  LIST_SPECS,
  listDisplayName,
  type ColumnKind,
  type ColumnSpec,
  type ListSpec,
} from './list-schema';
import { observationSortKeys, OBSERVATION_PAYLOAD_COLUMNS } from './observation-fields';
import { payloadOf } from './field-values';
import { readAllPages, siteLists } from './site-lists';
import type { Observation } from '../../domain/observation/observation';

/** One thing provisioning did (or, in a dry run, would do). */
export type ProvisionChange =
  | { readonly kind: 'list_created'; readonly list: string; readonly columns: number }
  | { readonly kind: 'column_added'; readonly list: string; readonly column: string }
  | { readonly kind: 'column_indexed'; readonly list: string; readonly column: string }
  | { readonly kind: 'column_made_unique'; readonly list: string; readonly column: string }
  /** Items filed before their sort-key columns existed, given their keys (board orders). */
  | { readonly kind: 'sort_keys_filled'; readonly list: string; readonly items: number };

/** What provisioning will not mend by itself: an admin decides. */
export type ProvisionProblem = {
  readonly list: string;
  readonly column: string | null;
  readonly message: string;
};

export type ProvisionReport = {
  readonly siteId: string;
  readonly dryRun: boolean;
  readonly lists: readonly string[];
  readonly changes: readonly ProvisionChange[];
  readonly problems: readonly ProvisionProblem[];
};

export type ProvisionOptions = {
  /** Read and report only; send no write. */
  readonly dryRun?: boolean;
};

type GraphColumn = {
  readonly id: string;
  readonly name: string;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean } | null;
  readonly number?: unknown;
} & Record<string, unknown>;

/** The schema's kind of an existing column, or a description of what it is instead. */
function kindOf(column: GraphColumn): ColumnKind | string {
  if (column.text !== undefined && column.text !== null) {
    return column.text.allowMultipleLines === true ? 'note' : 'text';
  }
  if (column.number !== undefined && column.number !== null) return 'number';
  const facet = Object.keys(column).find(
    (key) => typeof column[key] === 'object' && column[key] !== null,
  );
  return facet ?? 'unknown';
}

const KIND_NAMES: Record<ColumnKind, string> = {
  text: 'single line of text',
  note: 'multiple lines of plain text',
  number: 'number',
};
const kindName = (kind: string): string =>
  kind in KIND_NAMES ? KIND_NAMES[kind as ColumnKind] : kind;

/** A refusal a person must look at (duplicates block a unique column), not a crash. */
function refusal(error: unknown): string | null {
  if (error instanceof GraphError && (error.statusCode === 400 || error.statusCode === 409)) {
    return `Graph refused the change (${error.statusCode}): ${error.message}`;
  }
  return null;
}

/**
 * Creates RAKE's lists on the site and mends existing ones: adds missing columns, and turns
 * on `indexed` / `enforceUniqueValues` where the schema wants them (queries and keys depend
 * on both). It never deletes, renames or retypes anything — a column of the wrong type is a
 * problem to report, since changing it could lose data. Safe to run any number of times.
 */
export async function provisionLists(
  client: Client,
  siteId: string,
  prefix: string,
  options: ProvisionOptions = {},
): Promise<ProvisionReport> {
  const dryRun = options.dryRun === true;
  const changes: ProvisionChange[] = [];
  const problems: ProvisionProblem[] = [];
  const site = `/sites/${siteId}`;
  const existing = new Map(
    (await siteLists(client, siteId)).map((list) => [list.displayName, list.id]),
  );

  for (const spec of LIST_SPECS) {
    const name = listDisplayName(spec, prefix);
    let listId = existing.get(name);
    if (listId === undefined) {
      changes.push({ kind: 'list_created', list: name, columns: spec.columns.length });
      if (dryRun) continue;
      listId = await createList(client, site, name, spec);
    }
    // Also right after creating: Graph may have let a column's index or uniqueness go.
    await mendColumns(client, `${site}/lists/${listId}`, name, spec, dryRun, changes, problems);
    if (spec.key === 'observations') {
      await fillSortKeys(client, `${site}/lists/${listId}`, name, dryRun, changes);
    }
  }
  return {
    siteId,
    dryRun,
    lists: LIST_SPECS.map((spec) => listDisplayName(spec, prefix)),
    changes,
    problems,
  };
}

async function createList(
  client: Client,
  site: string,
  name: string,
  spec: ListSpec,
): Promise<string> {
  const created = (await client.api(`${site}/lists`).post({
    displayName: name,
    description: spec.description,
    list: { template: 'genericList' },
    columns: spec.columns.map(columnDefinition),
  })) as { id: string };
  return created.id;
}

async function mendColumns(
  client: Client,
  listPath: string,
  list: string,
  spec: ListSpec,
  dryRun: boolean,
  changes: ProvisionChange[],
  problems: ProvisionProblem[],
): Promise<void> {
  const columns = await readAllPages<GraphColumn>(client, `${listPath}/columns`);
  for (const wanted of spec.columns) {
    const column = columns.find((c) => c.name.toLowerCase() === wanted.name.toLowerCase());
    if (column === undefined) {
      changes.push({ kind: 'column_added', list, column: wanted.name });
      if (!dryRun) await client.api(`${listPath}/columns`).post(columnDefinition(wanted));
      continue;
    }
    const kind = kindOf(column);
    if (kind !== wanted.kind) {
      problems.push({
        list,
        column: wanted.name,
        message:
          `is ${kindName(kind)}, the schema needs ${kindName(wanted.kind)}. Provisioning never ` +
          'retypes a column (it could lose data): change or replace it by hand.',
      });
      continue;
    }
    await mendIndex(client, listPath, list, wanted, column, dryRun, changes, problems);
  }
}

async function mendIndex(
  client: Client,
  listPath: string,
  list: string,
  wanted: ColumnSpec,
  column: GraphColumn,
  dryRun: boolean,
  changes: ProvisionChange[],
  problems: ProvisionProblem[],
): Promise<void> {
  const index = wanted.indexed === true && column.indexed !== true;
  const unique = wanted.unique === true && column.enforceUniqueValues !== true;
  if (!index && !unique) return;
  // Unique values need the index, so both go in one PATCH.
  const patch = { indexed: true, ...(unique ? { enforceUniqueValues: true } : {}) };
  if (!dryRun) {
    try {
      await client.api(`${listPath}/columns/${column.id}`).patch(patch);
    } catch (error) {
      const message = refusal(error);
      if (message === null) throw error;
      problems.push({ list, column: wanted.name, message });
      return;
    }
  }
  if (index) changes.push({ kind: 'column_indexed', list, column: wanted.name });
  if (unique) changes.push({ kind: 'column_made_unique', list, column: wanted.name });
}

type ObservationItem = {
  readonly id: string;
  readonly eTag?: string;
  readonly fields: Record<string, unknown>;
};

/**
 * The board's waiting and priority orders read their own columns (WaitKey, PriorityKey); the
 * store writes them with every change, but items filed before the columns were added have
 * none and would sort first. Gives each such item its keys, from its Payload, under its eTag
 * (an item changed meanwhile got them from the store). Every item is read once: a one-off
 * cost of a run that found work, nothing on later runs but the read.
 */
async function fillSortKeys(
  client: Client,
  listPath: string,
  list: string,
  dryRun: boolean,
  changes: ProvisionChange[],
): Promise<void> {
  const items = await readAllPages<ObservationItem>(
    client,
    `${listPath}/items?$expand=fields&$top=1000`,
  );
  let filled = 0;
  for (const item of items) {
    const keys = observationSortKeys(
      payloadOf(item.fields, OBSERVATION_PAYLOAD_COLUMNS) as Observation,
    );
    if (Object.entries(keys).every(([column, key]) => item.fields[column] === key)) continue;
    filled += 1;
    if (dryRun) continue;
    try {
      await client
        .api(`${listPath}/items/${item.id}/fields`)
        .header('If-Match', item.eTag ?? '*')
        .patch(keys);
    } catch (error) {
      // Changed since it was read: that write carried the keys.
      if (error instanceof GraphError && error.statusCode === 412) continue;
      throw error;
    }
  }
  if (filled > 0) changes.push({ kind: 'sort_keys_filled', list, items: filled });
}

const DONE: Record<ProvisionChange['kind'], string> = {
  list_created: 'created',
  column_added: 'added',
  column_indexed: 'indexed',
  column_made_unique: 'made unique',
  sort_keys_filled: 'filled in',
};

function changeLine(change: ProvisionChange, dryRun: boolean): string {
  const done = `${dryRun ? 'would be ' : ''}${DONE[change.kind]}`;
  if (change.kind === 'list_created') {
    return `${change.list}: list ${done} with ${change.columns} columns`;
  }
  if (change.kind === 'sort_keys_filled') {
    return `${change.list}: sort keys (WaitKey, PriorityKey) ${done} on ${change.items} item(s)`;
  }
  return `${change.list}: column ${change.column} ${done}`;
}

/** The report as lines for a person: per list what was done, then the problems. */
export function describeReport(report: ProvisionReport): string[] {
  const lines: string[] = [];
  for (const list of report.lists) {
    const done = report.changes.filter((c) => c.list === list);
    const trouble = report.problems.filter((p) => p.list === list);
    if (done.length === 0 && trouble.length === 0) lines.push(`${list}: as the schema says`);
    for (const change of done) lines.push(changeLine(change, report.dryRun));
    for (const problem of trouble) {
      lines.push(`${list}: PROBLEM: column ${problem.column ?? '–'} ${problem.message}`);
    }
  }
  if (report.changes.length === 0 && report.problems.length === 0) {
    lines.push('Nothing to do: every list and column is as the schema says.');
  } else {
    const verb = report.dryRun ? 'would make' : 'made';
    lines.push(
      `Provisioning ${verb} ${report.changes.length} change(s); ${report.problems.length} problem(s).`,
    );
  }
  return lines;
}
