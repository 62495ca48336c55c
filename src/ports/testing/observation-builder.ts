import type { HistoryEntry, Observation } from '../../domain/observation/observation';
import type { Status } from '../../domain/lifecycle/status';
import { triageEditOf, type TriageEdit } from '../../domain/triage/triage-edit';
import { EMPTY_TRIAGE, type TriagePatch } from '../../domain/triage/triage-record';
import type { NewObservation } from '../observation-store';

/** Filing times count up a minute at a time from here, so the newest is the last built. */
const START = Date.parse('2026-02-02T08:00:00.000Z');
const MINUTE = 60_000;

/**
 * Test data for store tests: invented people, no personal data. Each builder numbers its
 * observations itself, so suites stay independent of each other and of test order.
 */
export function createTestData() {
  let count = 0;
  let entries = 0;
  let edits = 0;

  /** A new observation in status `received`, filed a minute after the previous one. */
  function observation(overrides: Partial<NewObservation> = {}): NewObservation {
    count += 1;
    const n = String(count).padStart(4, '0');
    return {
      id: `obs-${n}`,
      kind: 'negative',
      description: `Havainto ${n}: vuokrat nousevat ja häätöuhat lisääntyvät.`,
      solutionProposal: 'Yhteistyö vuokranantajien ja sosiaalityön kanssa.',
      topic: 'client-needs',
      serviceArea: 'adult-social-work',
      municipality: 'kuusilahti',
      targetGroup: 'adults',
      supervisorId: null,
      coReporterIds: [],
      reporterId: 'user-reporter',
      reporterName: 'Ilona Reporteri',
      createdAt: new Date(START + count * MINUTE).toISOString(),
      period: '2026-Q1',
      status: 'received',
      firstAnsweredAt: null,
      triage: EMPTY_TRIAGE,
      ...overrides,
    };
  }

  /** The history entry that records the filing itself. */
  function filed(obs: NewObservation): HistoryEntry {
    entries += 1;
    return {
      id: `entry-${entries}`,
      observationId: obs.id,
      at: obs.createdAt,
      actorId: obs.reporterId,
      actorName: obs.reporterName,
      from: null,
      to: 'received',
      feedback: null,
      returnReason: null,
    };
  }

  /** A move of `obs` from its current status to `to`, an hour after its last change. */
  function move(
    obs: Pick<Observation, 'id' | 'status' | 'createdAt'> & { updatedAt?: string },
    to: Status,
    overrides: Partial<HistoryEntry> = {},
  ): HistoryEntry {
    entries += 1;
    const last = Date.parse(obs.updatedAt ?? obs.createdAt);
    return {
      id: `entry-${entries}`,
      observationId: obs.id,
      at: new Date(last + 60 * MINUTE).toISOString(),
      actorId: 'user-supervisor',
      actorName: 'Sami Esihenkilö',
      from: obs.status,
      to,
      feedback: null,
      returnReason: null,
      ...overrides,
    };
  }

  /** The edit `patch` makes of `obs`'s record as it is, saved an hour after its last change. */
  function triageEdit(
    obs: Pick<Observation, 'id' | 'triage' | 'createdAt'> & { updatedAt?: string },
    patch: TriagePatch,
    overrides: Partial<TriageEdit> = {},
  ): TriageEdit {
    edits += 1;
    const last = Date.parse(obs.updatedAt ?? obs.createdAt);
    const stamp = {
      id: `edit-${edits}`,
      at: new Date(last + 60 * MINUTE).toISOString(),
      actorId: 'user-supervisor',
      actorName: 'Sami Esihenkilö',
    };
    return { ...triageEditOf(stamp, obs, patch), ...overrides };
  }

  return { observation, filed, move, triageEdit };
}

export type TestData = ReturnType<typeof createTestData>;
