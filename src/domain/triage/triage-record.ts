/**
 * The supervisor's processing record: Kainuu's ten-column follow-up sheet
 * (seed 000). Every field is optional until the supervisor fills it in.
 */
export const TRIAGE_FIELDS = [
  'coreContent', // 1 the core of the report's content
  'goal', // 2 what to communicate: a clear goal
  'audiences', // 3 to whom
  'keyMessage', // 4 key message
  'channel', // 5 where and how
  'timing', // 6 when
  'owner', // 7 who does it
  'followUp', // 8 follow-up
  'priority', // 9 priority number
  'result', // 10 result
] as const;
export type TriageField = (typeof TRIAGE_FIELDS)[number];

/**
 * 6 "when" and 8 "follow-up" take a date, `yyyy-mm-dd`; records older than the date picker may
 * hold free text there (see triage-date.ts).
 */
export const TRIAGE_DATE_FIELDS = ['timing', 'followUp'] as const satisfies readonly TriageField[];
export type TriageDateField = (typeof TRIAGE_DATE_FIELDS)[number];

export const isTriageDateField = (field: TriageField): field is TriageDateField =>
  (TRIAGE_DATE_FIELDS as readonly TriageField[]).includes(field);

export type TriageRecord = {
  readonly coreContent: string | null;
  readonly goal: string | null;
  readonly audiences: string | null;
  readonly keyMessage: string | null;
  readonly channel: string | null;
  readonly timing: string | null;
  readonly owner: string | null;
  readonly followUp: string | null;
  /** 1 = most urgent. */
  readonly priority: number | null;
  readonly result: string | null;
};

export type TriagePatch = Partial<TriageRecord>;

export const EMPTY_TRIAGE: TriageRecord = {
  coreContent: null,
  goal: null,
  audiences: null,
  keyMessage: null,
  channel: null,
  timing: null,
  owner: null,
  followUp: null,
  priority: null,
  result: null,
};

/** Only the fields the patch names: `undefined` names nothing, `null` clears. */
export function applyTriagePatch(triage: TriageRecord, patch: TriagePatch): TriageRecord {
  const named = TRIAGE_FIELDS.filter((field) => patch[field] !== undefined).map((field) => [
    field,
    patch[field],
  ]);
  return { ...triage, ...(Object.fromEntries(named) as TriagePatch) };
}
