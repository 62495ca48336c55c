import type { Observation } from '../observation/observation';
import {
  applyTriagePatch,
  TRIAGE_FIELDS,
  type TriageField,
  type TriagePatch,
  type TriageRecord,
} from './triage-record';

/** One field's value: text, the priority number, or null for an empty field. */
export type TriageValue = string | number | null;

export type TriageChange = {
  readonly field: TriageField;
  readonly before: TriageValue;
  readonly after: TriageValue;
};

/**
 * One saved edit of the triage record: who changed which fields from what to what, and when.
 * The supervisor's and the RAKE group's audit of their working notes; like the notes
 * themselves, never shown to a reporter (see observation-view.ts).
 */
export type TriageEdit = {
  readonly id: string;
  readonly observationId: string;
  /** ISO instant of the save. */
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  /** Only the fields whose value changed, in the record's order (Kainuu's 1–10). */
  readonly changes: readonly TriageChange[];
};

/** Who saves, and when: what the edit adds to the changes. */
export type TriageEditStamp = Pick<TriageEdit, 'id' | 'at' | 'actorId' | 'actorName'>;

/** The fields whose value differs, in the record's order. */
export function triageChanges(before: TriageRecord, after: TriageRecord): TriageChange[] {
  return TRIAGE_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}

/**
 * The edit `patch` makes of the observation's record as it is now. Its `changes` are empty when
 * the patch only repeats what is stored: such a save is not worth a line of history.
 */
export function triageEditOf(
  stamp: TriageEditStamp,
  observation: Pick<Observation, 'id' | 'triage'>,
  patch: TriagePatch,
): TriageEdit {
  return {
    ...stamp,
    observationId: observation.id,
    changes: triageChanges(observation.triage, applyTriagePatch(observation.triage, patch)),
  };
}
