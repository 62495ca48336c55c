import { agendaObservations, agendaSince, proposalsDue } from '../../domain/meeting/agenda';
import type { Meeting } from '../../domain/meeting/meeting';
import { excerptOf } from '../../domain/notification/excerpt';
import type { Observation } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import type { ProposalStatus } from '../../domain/proposal/proposal';
import { isOpenEnrichment } from '../../domain/enrichment/enrichment';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { observationsSince } from '../digest/collect-observations';
import { ensureMeetings } from './list-meetings';
import { canSeeMeetings } from './meeting-access';

export type AgendaObservation = Pick<
  Observation,
  'id' | 'kind' | 'status' | 'serviceArea' | 'municipality' | 'topic' | 'targetGroup' | 'createdAt'
> & { readonly excerpt: string; readonly phenomenonIds: readonly string[] };

export type Agenda = {
  readonly meeting: Meeting;
  /** The previous meeting's date; null for the first meeting on record. */
  readonly since: string | null;
  readonly observations: readonly AgendaObservation[];
  readonly proposalsDue: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: ProposalStatus;
    readonly decisionBody: string;
    readonly dueDate: string | null;
  }[];
  readonly enrichments: readonly {
    readonly id: string;
    readonly serviceArea: string;
    readonly question: string;
    readonly dueDate: string;
    readonly answerCount: number;
  }[];
};

/**
 * The agenda built for a meeting: the observations received since the previous meeting, the
 * proposals due for follow-up, and the open enrichment requests.
 */
export async function meetingAgenda(
  deps: Pick<
    AppDeps,
    'meetings' | 'store' | 'phenomena' | 'proposals' | 'enrichments' | 'county' | 'clock'
  >,
  actor: Actor,
  id: string,
): Promise<Result<Agenda, AppError>> {
  if (!canSeeMeetings(actor)) return forbidden();
  const meetings = await ensureMeetings(deps);
  const meeting = meetings.find((m) => m.id === id);
  if (meeting === undefined) return notFound();
  const since = agendaSince(meetings, meeting);
  const [filed, proposals, enrichments] = await Promise.all([
    since === null ? allObservations(deps) : observationsSince(deps.store, since),
    deps.proposals.list(),
    deps.enrichments.list(),
  ]);
  const observations = agendaObservations(filed, since, meeting.date, deps.county.timeZone);
  const links = await deps.phenomena.linksOfObservations(observations.map((o) => o.id));
  return ok({
    meeting,
    since,
    observations: observations.map((o) => ({
      id: o.id,
      kind: o.kind,
      status: o.status,
      serviceArea: o.serviceArea,
      municipality: o.municipality,
      topic: o.topic,
      targetGroup: o.targetGroup,
      createdAt: o.createdAt,
      excerpt: excerptOf(o.description),
      phenomenonIds: links.filter((l) => l.observationId === o.id).map((l) => l.phenomenonId),
    })),
    proposalsDue: proposalsDue(proposals, meeting.date).map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      decisionBody: p.decisionBody,
      dueDate: p.dueDate,
    })),
    enrichments: enrichments.filter(isOpenEnrichment).map((e) => ({
      id: e.id,
      serviceArea: e.serviceArea,
      question: e.question,
      dueDate: e.dueDate,
      answerCount: e.answers.length,
    })),
  });
}

/** The first meeting on record has no "since": everything filed before it. */
function allObservations(deps: Pick<AppDeps, 'store'>): Promise<Observation[]> {
  return observationsSince(deps.store, '0001-01-01');
}
