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

export function toObservationView(
  actor: Actor,
  observation: Observation,
  now: Date,
): ObservationView {
  const mayTriage = canTriage(actor, observation);
  const { triage, ...rest } = observation;
  return {
    ...rest,
    ...(mayTriage ? { triage } : {}),
    allowedTransitions: allowedTransitions(actor, observation),
    canTriage: mayTriage,
    hoursToFirstAnswer: hoursToFirstAnswer(observation, now),
  };
}
