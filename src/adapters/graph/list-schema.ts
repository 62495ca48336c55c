/**
 * The SharePoint lists RAKE keeps on its site, and their columns: what `npm run provision`
 * creates and the stores read and write. One place, so provisioning and the stores never
 * disagree.
 *
 * Why the columns look like this:
 * - Every column a query filters or sorts on is indexed: Graph refuses a non-indexed
 *   `$filter`/`$orderby`, and SharePoint refuses one on a list past 5,000 items (the list view
 *   threshold). A list may have at most 20 indexes; none here comes close.
 * - Keys are unique columns (`enforceUniqueValues`, which SharePoint allows only on indexed
 *   columns): a second write of the same key fails with 409 instead of making a duplicate.
 *   That is what makes idempotency hold without transactions.
 * - Instants are single-line text in `toISOString()` form (always 24 characters, UTC), so text
 *   order is time order to the millisecond; SharePoint's dateTime keeps only seconds.
 * - `Payload` holds the whole record as JSON (plain multi-line text); the other columns are the
 *   parts queries need, written beside it on every write.
 */

export type ColumnKind = 'text' | 'note' | 'number';

export type ColumnSpec = {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly indexed?: boolean;
  /** Needs `indexed`. */
  readonly unique?: boolean;
};

export const LIST_KEYS = [
  'observations',
  'history',
  'coReporters',
  'outbox',
  'conversations',
  'staff',
] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export type ListSpec = {
  readonly key: ListKey;
  /** The display name after the configured prefix (default prefix `RAKE `). */
  readonly title: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
};

const text = (name: string, options: Omit<ColumnSpec, 'name' | 'kind'> = {}): ColumnSpec => ({
  name,
  kind: 'text',
  ...options,
});
const indexed = (name: string): ColumnSpec => text(name, { indexed: true });
const key = (name: string): ColumnSpec => text(name, { indexed: true, unique: true });
const note = (name: string): ColumnSpec => ({ name, kind: 'note' });
const number = (name: string): ColumnSpec => ({ name, kind: 'number' });

export const LIST_SPECS: readonly ListSpec[] = [
  {
    key: 'observations',
    title: 'Observations',
    description: 'RAKE: filed observations (havainnot) with their triage.',
    columns: [
      key('ObservationId'),
      /** `createdAt|id`: the board's order (newest first) and keyset cursor in one column. */
      indexed('SortKey'),
      /** `waitRank|id` (board-order.ts): the board's "longest waiting first" and its cursor. */
      indexed('WaitKey'),
      /** `priorityRank|createdAt|id`: the board by priority, without one last. */
      indexed('PriorityKey'),
      indexed('Status'),
      indexed('ServiceArea'),
      indexed('Municipality'),
      indexed('Topic'),
      indexed('Period'),
      indexed('ReporterId'),
      indexed('SupervisorId'),
      /** `reporterId|key`, or `none|observationId` when the filing came without a key. */
      key('IdempotencyKey'),
      number('Version'),
      text('CreatedAt'),
      text('FirstAnsweredAt'),
      // One observation may pass a column's 63,999 characters as JSON: cut over three.
      note('Payload'),
      note('Payload2'),
      note('Payload3'),
    ],
  },
  {
    key: 'history',
    title: 'History',
    description: "RAKE: each observation's timeline (filing and every move).",
    columns: [key('EntryId'), indexed('ObservationId'), text('At'), note('Payload')],
  },
  {
    key: 'coReporters',
    title: 'Co-reporters',
    description: 'RAKE: who co-reported which observation (for "my reports").',
    columns: [
      key('PairKey'),
      indexed('ObservationId'),
      indexed('UserId'),
      /** The observation's SortKey: pages a user's co-reported ones in the board's order. */
      indexed('SortKey'),
    ],
  },
  {
    key: 'outbox',
    title: 'Outbox',
    description: 'RAKE: Teams notifications on their way out.',
    columns: [
      key('NotificationKey'),
      indexed('State'),
      indexed('DueAt'),
      indexed('Recipient'),
      indexed('ChangedAt'),
      text('LeaseUntil'),
      number('Attempts'),
      note('LastError'),
      text('DeliveredAt'),
      text('Kind'),
      note('Payload'),
    ],
  },
  {
    key: 'conversations',
    title: 'Conversations',
    description: 'RAKE: where the bot reaches users, teams and the RAKE channel.',
    columns: [key('EntryKey'), indexed('Kind'), indexed('SavedAt'), note('Payload')],
  },
  {
    key: 'staff',
    title: 'Staff',
    description: 'RAKE: staff as the app knows them (roles, service areas).',
    columns: [key('StaffId'), note('Payload')],
  },
];

export const DEFAULT_LIST_PREFIX = 'RAKE ';

export function listSpec(key: ListKey): ListSpec {
  const spec = LIST_SPECS.find((s) => s.key === key);
  if (spec === undefined) throw new Error(`No list spec ${key}`);
  return spec;
}

export const listDisplayName = (spec: ListSpec, prefix: string): string => prefix + spec.title;

/** The column as Graph's columnDefinition (create and compare). */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const facet =
    column.kind === 'number'
      ? { number: { decimalPlaces: 'none' } }
      : column.kind === 'note'
        ? { text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } }
        : { text: { maxLength: 255 } };
  return {
    name: column.name,
    ...facet,
    indexed: column.indexed === true,
    ...(column.unique === true ? { enforceUniqueValues: true } : {}),
  };
}
