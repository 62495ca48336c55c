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
 *   parts queries need, written beside it on every write. A column holds 63,999 characters:
 *   records that can be longer have several (`Payload2`, …), and those without a bound
 *   (compilations, long minutes) put their JSON in items of Record parts instead.
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
  'phenomena',
  'phenomenonLinks',
  'proposals',
  'proposalHistory',
  'meetings',
  'compilations',
  'enrichments',
  'recordParts',
  'triageHistory',
  'reports',
  'reportVersions',
  'audit',
  'settings',
  'publicSubmissions',
  'messages',
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
/**
 * Where a record too long for its item's Payload columns is (record-parts.ts): `Parts`, how
 * many items of Record parts hold its JSON (0: the item's own Payload does), and `PartsId`,
 * the writing they belong to. Written with the item, so that it never points to parts that
 * are not all there.
 */
const partColumns = (): ColumnSpec[] => [number('Parts'), text('PartsId')];

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
    columns: [
      key('EntryId'),
      indexed('ObservationId'),
      text('At'),
      note('Payload'),
      // A resubmit's entry keeps both versions of the amended texts: cut over three.
      note('Payload2'),
      note('Payload3'),
    ],
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
  {
    key: 'phenomena',
    title: 'Phenomena',
    description: 'RAKE: phenomena (ilmiöt) the RAKE working group follows.',
    columns: [
      key('PhenomenonId'),
      /** `createdAt|id`: the list's order (newest first when descending). */
      indexed('SortKey'),
      number('Version'),
      // A description of 10,000 characters may pass one column's 63,999 as JSON only with
      // control characters (escaped six to one); two columns hold any the form lets through.
      note('Payload'),
      note('Payload2'),
    ],
  },
  {
    key: 'phenomenonLinks',
    title: 'Phenomenon links',
    description: 'RAKE: which observation is linked to which phenomenon (many-to-many).',
    columns: [
      /** `phenomenonId|observationId`: a pair is linked once (a second link answers 409). */
      key('LinkKey'),
      indexed('PhenomenonId'),
      indexed('ObservationId'),
      text('LinkedBy'),
      /** Not sorted on by Graph: a phenomenon's links are ordered in the app. */
      text('LinkedAt'),
    ],
  },
  {
    key: 'proposals',
    title: 'Proposals',
    description: 'RAKE: action proposals (toimenpide-ehdotukset) of the RAKE working group.',
    columns: [
      key('ProposalId'),
      /** `createdAt|id`: the list's order (newest first when descending). */
      indexed('SortKey'),
      number('Version'),
      // Three texts of 10,000 characters and up to 1,000 linked ids of up to 100: up to about
      // 165,000 characters as JSON (line breaks and quotes escaped), cut over four columns.
      note('Payload'),
      note('Payload2'),
      note('Payload3'),
      note('Payload4'),
    ],
  },
  {
    key: 'proposalHistory',
    title: 'Proposal history',
    description: "RAKE: each action proposal's timeline (creation and every move).",
    columns: [
      key('EntryId'),
      indexed('ProposalId'),
      text('At'),
      // A note of 10,000 characters: see Phenomena's Payload.
      note('Payload'),
      note('Payload2'),
    ],
  },
  {
    key: 'meetings',
    title: 'Meetings',
    description: 'RAKE: meetings of the RAKE working group and their minutes.',
    columns: [
      /** Made by id (the rhythm's meetings): a second create answers 409, i.e. `exists`. */
      key('MeetingId'),
      /** `date|id`: the list's order (by date, then id, ascending). */
      indexed('DateKey'),
      number('Version'),
      // Minutes of a short meeting fit two columns; up to 2,000 items with notes of 10,000
      // characters do not fit any number of them: those go to Record parts (see Parts).
      note('Payload'),
      note('Payload2'),
      ...partColumns(),
    ],
  },
  {
    key: 'compilations',
    title: 'Compilations',
    description: 'RAKE: compilations (koosteet), frozen snapshots of a period.',
    columns: [
      key('CompilationId'),
      /** `createdAt|id`: the list's order (newest first when descending). */
      indexed('SortKey'),
      // The summary (everything but the observations and phenomena), what lists show. The
      // snapshot itself, megabytes for thousands of observations, is always in Record parts.
      note('Payload'),
      note('Payload2'),
      ...partColumns(),
    ],
  },
  {
    key: 'enrichments',
    title: 'Enrichment requests',
    description: 'RAKE: enrichment requests (rikastaminen) to service areas, with their answers.',
    columns: [
      key('EnrichmentId'),
      /** `createdAt|id`: the list's order (newest first when descending). */
      indexed('SortKey'),
      number('Version'),
      // A question of 10,000 characters and up to 2,000 observation ids of up to 100: about
      // 215,000 characters as JSON, cut over four columns; answers past that go to Record parts.
      note('Payload'),
      note('Payload2'),
      note('Payload3'),
      note('Payload4'),
      ...partColumns(),
    ],
  },
  {
    key: 'recordParts',
    title: 'Record parts',
    description: "RAKE: records too long for their own list's item (compilations), in parts.",
    columns: [
      /** `partsId|part`: each part of one writing once. */
      key('PartKey'),
      /** Which writing of a record the part belongs to: what the record's item points to. */
      indexed('PartsId'),
      /** `kind|id` of the record (`compilation|…`): finds a record's parts, orphans too. */
      indexed('RecordKey'),
      /** 0, 1, …: the order of the parts. */
      number('Part'),
      note('Payload'),
    ],
  },
  {
    key: 'triageHistory',
    title: 'Triage history',
    description: "RAKE: every saved edit of an observation's triage record (who, when, what).",
    columns: [
      key('EditId'),
      indexed('ObservationId'),
      /** Not sorted on by Graph: an observation's edits are ordered in the app. */
      text('At'),
      // Most edits are a few fields of a few lines. One that rewrites all ten notes of 5,000
      // characters, before and after, is hundreds of kilobytes as JSON: it goes to Record parts.
      note('Payload'),
      ...partColumns(),
    ],
  },
  {
    key: 'reports',
    title: 'Reports',
    description: 'RAKE: reports (raportit) of the RAKE working group, drafts and published.',
    columns: [
      key('ReportId'),
      /** `createdAt|id`: the list's order (newest first when descending). */
      indexed('SortKey'),
      number('Version'),
      // The summary, what lists show. The report itself (its text, figures and the ids of up
      // to tens of thousands of observations it rests on) is always in Record parts.
      note('Payload'),
      note('Payload2'),
      ...partColumns(),
    ],
  },
  {
    key: 'reportVersions',
    title: 'Report versions',
    description: "RAKE: each kept version of a report's text (its creation and every save).",
    columns: [
      /** `reportId|version`: a version is kept once (a second write answers 409). */
      key('VersionKey'),
      indexed('ReportId'),
      /** Not sorted on by Graph: a report's versions are ordered in the app. */
      number('Version'),
      // A short report fits two columns; a long one's text goes to Record parts.
      note('Payload'),
      note('Payload2'),
      ...partColumns(),
    ],
  },
  {
    key: 'audit',
    title: 'Audit log',
    description: 'RAKE: who did what and when (append-only; the app never edits an entry).',
    columns: [
      /** The entry's id: a retried write answers 409 and leaves one entry. */
      key('EntryId'),
      /**
       * `at|id`: the range query (`ge from`, `lt to`), its order (newest first) and its keyset
       * cursor in one indexed column, so a page is read by the index at any list size (the
       * 5,000-item list view threshold never applies to it).
       */
      indexed('At'),
      /** A person's own entries (their own-data download), with `At` for the range. */
      indexed('ActorId'),
      text('ActorName'),
      text('Action'),
      text('TargetType'),
      text('TargetId'),
      text('Detail'),
    ],
  },
  {
    key: 'settings',
    title: 'Settings',
    description: 'RAKE: what the admin saved in the app (county settings, supervision).',
    columns: [
      /** `county` or `supervision`: one item each, created once (a second create is 409). */
      key('SettingsKey'),
      number('Version'),
      // Four county lists of up to 100 entries with labels in three languages: cut over four.
      note('Payload'),
      note('Payload2'),
      note('Payload3'),
      note('Payload4'),
    ],
  },
  {
    key: 'publicSubmissions',
    title: 'Public submissions',
    description:
      "RAKE: the public form's submissions waiting for the coordinator (no sender's address kept).",
    columns: [
      key('SubmissionId'),
      /** The reporter's code to follow the status: a receipt is held once (a second is 409). */
      key('Receipt'),
      /** `pending`, `accepted` or `discarded`: the queue is the pending ones. */
      indexed('State'),
      /** `createdAt|id`: the queue's order (oldest first when ascending). */
      indexed('SortKey'),
      number('Version'),
      // Two texts of up to 20,000 characters: cut over three columns, longer JSON in parts.
      note('Payload'),
      note('Payload2'),
      note('Payload3'),
      ...partColumns(),
    ],
  },
  {
    key: 'messages',
    title: 'Messages',
    description: 'RAKE: messages on observations between their reporters and those handling them.',
    columns: [
      key('MessageId'),
      /** The thread of one observation. */
      indexed('ObservationId'),
      /** A person's own messages (their own-data download). */
      indexed('AuthorId'),
      /** Not sorted on by Graph: a thread's few messages are ordered in the app. */
      text('At'),
      // A message is at most 2,000 characters: one column holds it as JSON.
      note('Payload'),
    ],
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
