import type { AuditEntry } from '../../domain/audit/audit-entry';
import type { ObservationMessage } from '../../domain/message/observation-message';
import type { DraftChange, HistoryEntry, Observation } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import type { Choice, Locale } from '../../domain/shared/localized-text';
import { CATALOGUES } from '../../i18n';
import { AUDIT_PAGE_MAX } from '../../ports';
import type { AppDeps } from '../app-deps';
import { recordAudit } from './record-audit';

/** A code as the app stores it, with its label in the person's language. */
export type Labelled = { readonly code: string; readonly label: string };

/** One of the person's observations, as a person reads it (no screen state, no versions). */
export type OwnObservation = {
  readonly id: string;
  /** `reporter`: filed it; `co_reporter`: named on it. */
  readonly yourPart: 'reporter' | 'co_reporter';
  readonly filedAt: string;
  readonly period: string;
  readonly status: Labelled;
  readonly kind: Labelled;
  readonly serviceArea: Labelled;
  readonly municipality: Labelled;
  readonly topic: Labelled;
  readonly targetGroup: Labelled;
  readonly description: string;
  readonly solutionProposal: string;
  readonly reporterName: string;
  readonly firstFeedbackAt: string | null;
  readonly history: readonly {
    readonly at: string;
    readonly by: string;
    readonly from: Labelled | null;
    readonly to: Labelled;
    readonly feedback: string | null;
    readonly returnReason: Labelled | null;
    readonly changes: readonly DraftChange[];
  }[];
  readonly messages: readonly OwnMessage[];
};

export type OwnMessage = {
  readonly at: string;
  readonly observationId: string;
  readonly by: string;
  readonly side: ObservationMessage['side'];
  readonly text: string;
};

/** What the app holds of one person, as `GET /api/me/data` sends it. */
export type OwnData = {
  readonly person: { readonly id: string; readonly name: string };
  readonly exportedAt: string;
  readonly observations: readonly OwnObservation[];
  /** Every message they wrote, on any observation. */
  readonly messages: readonly OwnMessage[];
  /** Their own entries of the audit log. */
  readonly actions: readonly AuditEntry[];
};

const PAGE = 200;
/** The audit log's whole history: entries start with the app. */
const EVER = { from: '2000-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' } as const;

type Deps = Pick<AppDeps, 'store' | 'messages' | 'audit' | 'clock' | 'county'>;

/**
 * A staff member's own data (issue 13): every observation they filed or co-reported, with its
 * history and message thread, its codes labelled in their language; every message they wrote;
 * and their own actions from the audit log. What the app keeps of their observations for
 * others (the supervisor's triage notes) is not theirs and not included. The download is
 * itself recorded, after the actions are read, so it is in the next download, not this one.
 */
export async function ownData(deps: Deps, actor: Actor, locale: Locale): Promise<OwnData> {
  const now = deps.clock.now();
  const mine = ownObservation(deps.county, actor, locale);
  const observations: OwnObservation[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.listMine(actor.id, {
      limit: PAGE,
      ...(cursor === undefined ? {} : { cursor }),
    });
    for (const observation of page.items) {
      observations.push(
        mine(
          observation,
          await deps.store.history(observation.id),
          await deps.messages.list(observation.id),
        ),
      );
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);

  const actions: AuditEntry[] = [];
  let next: string | undefined;
  do {
    const page = await deps.audit.list({
      ...EVER,
      limit: AUDIT_PAGE_MAX,
      actorId: actor.id,
      ...(next === undefined ? {} : { cursor: next }),
    });
    actions.push(...page.items);
    next = page.next;
  } while (next !== undefined);

  const messages = (await deps.messages.listByAuthor(actor.id)).map(ownMessage);
  await recordAudit(deps, actor, {
    action: 'own_data.downloaded',
    targetType: 'staff',
    targetId: actor.id,
    detail: `${observations.length} observations, ${messages.length} messages, ${actions.length} actions`,
  });
  return {
    person: { id: actor.id, name: actor.name },
    exportedAt: now.toISOString(),
    observations,
    messages,
    actions,
  };
}

const ownMessage = (message: ObservationMessage): OwnMessage => ({
  at: message.at,
  observationId: message.observationId,
  by: message.authorName,
  side: message.side,
  text: message.text,
});

function ownObservation(county: Deps['county'], actor: Actor, locale: Locale) {
  const catalogue = CATALOGUES[locale];
  const fromList =
    (choices: readonly Choice[]) =>
    (code: string): Labelled => ({
      code,
      // A code the county's lists no longer hold is shown as itself.
      label: choices.find((choice) => choice.id === code)?.label[locale] ?? code,
    });
  const fromRecord =
    <K extends string>(labels: Readonly<Record<K, string>>) =>
    (code: K): Labelled => ({ code, label: labels[code] ?? code });
  const status = fromRecord(catalogue.statuses);
  const returnReason = fromRecord(catalogue.returnReasons);
  const kind = fromRecord(catalogue.kinds);
  const serviceArea = fromList(county.serviceAreas);
  const municipality = fromList(county.municipalities);
  const topic = fromList(county.topics);
  const targetGroup = fromList(county.targetGroups);

  return (
    observation: Observation,
    history: readonly HistoryEntry[],
    messages: readonly ObservationMessage[],
  ): OwnObservation => ({
    id: observation.id,
    yourPart: observation.reporterId === actor.id ? 'reporter' : 'co_reporter',
    filedAt: observation.createdAt,
    period: observation.period,
    status: status(observation.status),
    kind: kind(observation.kind),
    serviceArea: serviceArea(observation.serviceArea),
    municipality: municipality(observation.municipality),
    topic: topic(observation.topic),
    targetGroup: targetGroup(observation.targetGroup),
    description: observation.description,
    solutionProposal: observation.solutionProposal,
    reporterName: observation.reporterName,
    firstFeedbackAt: observation.firstAnsweredAt,
    history: history.map((entry) => ({
      at: entry.at,
      by: entry.actorName,
      from: entry.from === null ? null : status(entry.from),
      to: status(entry.to),
      feedback: entry.feedback,
      returnReason: entry.returnReason === null ? null : returnReason(entry.returnReason),
      changes: entry.changes ?? [],
    })),
    messages: messages.map(ownMessage),
  });
}
