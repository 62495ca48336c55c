import type { Observation } from '../observation/observation';
import type { Proposal } from '../proposal/proposal';
import { localDateString } from '../notification/meeting-schedule';
import type { Meeting } from './meeting';

/**
 * Where this meeting's agenda starts: the date of the meeting before it (Kainuu: "edellisen
 * kokouksen jälkeen tulleet ilmoitukset"), or null for the first meeting on record.
 */
export function agendaSince(meetings: readonly Meeting[], meeting: Meeting): string | null {
  const earlier = meetings
    .filter((other) => other.id !== meeting.id && other.date < meeting.date)
    .map((other) => other.date)
    .sort();
  return earlier.at(-1) ?? null;
}

/** Observations filed on or after `since` and before the meeting's day, oldest first. */
export function agendaObservations(
  observations: readonly Observation[],
  since: string | null,
  meetingDate: string,
  timeZone: string,
): Observation[] {
  return observations
    .filter((observation) => {
      const day = localDateString(new Date(observation.createdAt), timeZone);
      return (since === null || day >= since) && day < meetingDate;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * Proposals the meeting should follow up: those waiting for a decision, and those accepted
 * or under way whose due date has come by the meeting (or that have none).
 */
export function proposalsDue(proposals: readonly Proposal[], meetingDate: string): Proposal[] {
  return proposals.filter(
    (proposal) =>
      proposal.status === 'proposed' ||
      ((proposal.status === 'accepted' || proposal.status === 'in_progress') &&
        (proposal.dueDate === null || proposal.dueDate <= meetingDate)),
  );
}
