import type {
  Agenda,
  AgendaSubject,
  MinutesDecision,
  MinutesDraft,
  MinutesItem,
} from './meetings-api';

/** One agenda item in the minutes form; '' for "not recorded" (the item stays out). */
export type ItemValue = {
  readonly decision: MinutesDecision | '';
  readonly phenomenonId: string;
  readonly proposalId: string;
  readonly serviceArea: string;
  readonly note: string;
};

export type MinutesValues = {
  readonly summary: string;
  /** By item key (`observation:<id>` …), in the agenda's order. */
  readonly items: Readonly<Record<string, ItemValue>>;
};

/** An agenda item as the form lists it. */
export type AgendaItem = {
  readonly key: string;
  readonly subject: AgendaSubject;
  readonly subjectId: string;
  /** The decisions that make sense for it: every one for an observation, else "noted". */
  readonly decisions: readonly MinutesDecision[];
};

export const itemKey = (subject: AgendaSubject, id: string) => `${subject}:${id}`;

const ALL: readonly MinutesDecision[] = [
  'link_to_phenomenon',
  'make_proposal',
  'hand_to_service_area',
  'noted',
];

/** The agenda's items in order: observations, proposals due, open enrichment requests. */
export const agendaItems = (agenda: Agenda): AgendaItem[] => [
  ...agenda.observations.map((o) => ({
    key: itemKey('observation', o.id),
    subject: 'observation' as const,
    subjectId: o.id,
    decisions: ALL,
  })),
  ...agenda.proposalsDue.map((p) => ({
    key: itemKey('proposal', p.id),
    subject: 'proposal' as const,
    subjectId: p.id,
    decisions: ['noted'] as const,
  })),
  ...agenda.enrichments.map((e) => ({
    key: itemKey('enrichment', e.id),
    subject: 'enrichment' as const,
    subjectId: e.id,
    decisions: ['noted'] as const,
  })),
];

const EMPTY: ItemValue = {
  decision: '',
  phenomenonId: '',
  proposalId: '',
  serviceArea: '',
  note: '',
};

/** The form's start: the recorded minutes where there are some, else nothing decided. */
export function initialMinutes(agenda: Agenda): MinutesValues {
  const recorded = new Map(
    (agenda.meeting.minutes?.items ?? []).map((i) => [itemKey(i.subject, i.subjectId), i]),
  );
  const areaOf = new Map(agenda.observations.map((o) => [o.id, o.serviceArea]));
  const items = Object.fromEntries(
    agendaItems(agenda).map((item) => {
      const r = recorded.get(item.key);
      const value: ItemValue = r
        ? {
            decision: r.decision,
            phenomenonId: r.phenomenonId ?? '',
            proposalId: r.proposalId ?? '',
            serviceArea: r.serviceArea ?? '',
            note: r.note ?? '',
          }
        : { ...EMPTY, serviceArea: areaOf.get(item.subjectId) ?? '' };
      return [item.key, value];
    }),
  );
  return { summary: agenda.meeting.minutes?.summary ?? '', items };
}

/** What each decision needs: the phenomenon, the proposal or the service area. */
export const NEEDS: Readonly<Record<MinutesDecision, keyof ItemValue | null>> = {
  link_to_phenomenon: 'phenomenonId',
  make_proposal: 'proposalId',
  hand_to_service_area: 'serviceArea',
  noted: null,
};

/** The items decided, in the agenda's order, each with its key (the server numbers them). */
export function decidedItems(
  agenda: Agenda,
  values: MinutesValues,
): { readonly key: string; readonly item: MinutesItem }[] {
  const onAgenda = agendaItems(agenda);
  const keys = new Set(onAgenda.map((i) => i.key));
  const decided = onAgenda.flatMap(({ key, subject, subjectId }) => {
    const v = values.items[key];
    if (!v || v.decision === '') return [];
    const needs = NEEDS[v.decision];
    const item: MinutesItem = {
      subject,
      subjectId,
      decision: v.decision,
      phenomenonId: needs === 'phenomenonId' ? v.phenomenonId || null : null,
      proposalId: needs === 'proposalId' ? v.proposalId || null : null,
      serviceArea: needs === 'serviceArea' ? v.serviceArea || null : null,
      note: v.note.trim() || null,
    };
    return [{ key, item }];
  });
  // Lines recorded earlier on items no longer on this agenda are kept as they were.
  const kept = (agenda.meeting.minutes?.items ?? [])
    .filter((i) => !keys.has(itemKey(i.subject, i.subjectId)))
    .map((item) => ({ key: itemKey(item.subject, item.subjectId), item }));
  return [...decided, ...kept];
}

export const minutesDraft = (agenda: Agenda, values: MinutesValues): MinutesDraft => ({
  summary: values.summary.trim(),
  items: decidedItems(agenda, values).map(({ item }) => item),
});

/** The tab's own check: each decision has what it needs (the server checks again). */
export function minutesErrors(
  agenda: Agenda,
  values: MinutesValues,
  required: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { key, item } of decidedItems(agenda, values)) {
    const needs = NEEDS[item.decision];
    if (needs !== null && item[needs] === null) errors[`item.${key}.${needs}`] = required;
  }
  return errors;
}

/**
 * The server names a line's field by its place in what was sent (`items.2.phenomenonId`);
 * the form names it by its item (`item.observation:<id>.phenomenonId`).
 */
export function errorsByItem(
  agenda: Agenda,
  values: MinutesValues,
  fields: Readonly<Record<string, string>>,
): Record<string, string> {
  const sent = decidedItems(agenda, values);
  return Object.fromEntries(
    Object.entries(fields).map(([field, message]) => {
      const m = /^items\.(\d+)\.(\w+)$/.exec(field);
      const key = m ? sent[Number(m[1])]?.key : undefined;
      return [key && m ? `item.${key}.${m[2]}` : field, message];
    }),
  );
}
