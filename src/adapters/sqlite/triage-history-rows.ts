import type { TriageChange, TriageEdit } from '../../domain/triage/triage-edit';

/** A row of `triage_history` (migration 7): the edit, its changes as JSON. */
export type TriageEditRow = {
  readonly id: string;
  readonly observation_id: string;
  readonly at: string;
  readonly actor_id: string;
  readonly actor_name: string;
  readonly changes: string;
};

export const TRIAGE_EDIT_COLUMNS = [
  'id',
  'observation_id',
  'at',
  'actor_id',
  'actor_name',
  'changes',
] as const satisfies readonly (keyof TriageEditRow)[];

export const toTriageEditRow = (edit: TriageEdit): TriageEditRow => ({
  id: edit.id,
  observation_id: edit.observationId,
  at: edit.at,
  actor_id: edit.actorId,
  actor_name: edit.actorName,
  changes: JSON.stringify(edit.changes),
});

export const toTriageEdit = (row: TriageEditRow): TriageEdit => ({
  id: row.id,
  observationId: row.observation_id,
  at: row.at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  changes: JSON.parse(row.changes) as TriageChange[],
});
