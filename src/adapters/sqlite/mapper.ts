import { OBSERVATION_KINDS, type ObservationKind } from '../../domain/observation/observation';
import type {
  AmendableField,
  DraftChange,
  HistoryEntry,
  Observation,
} from '../../domain/observation/observation';
import { searchTextOf } from '../../domain/observation/search-text';
import { RETURN_REASONS, STATUSES } from '../../domain/lifecycle/status';
import type { ReturnReason, Status } from '../../domain/lifecycle/status';
import type { TriageRecord } from '../../domain/triage/triage-record';
import { ROLES, type Role } from '../../domain/policy/actor';
import type { NewObservation } from '../../ports/observation-store';
import type { StaffMember } from '../../ports/staff-directory';

/**
 * Rows ↔ domain, in one place. Reading validates what the domain relies on (enums, JSON
 * lists), so a damaged row fails loudly here instead of somewhere in the tab.
 */

/** The columns an observation is read from (everything but the search copy). */
export const OBSERVATION_COLUMN_NAMES = [
  'id',
  'kind',
  'description',
  'solution_proposal',
  'topic',
  'service_area',
  'municipality',
  'target_group',
  'supervisor_id',
  'co_reporter_ids',
  'reporter_id',
  'reporter_name',
  'created_at',
  'period',
  'status',
  'first_answered_at',
  'updated_at',
  'version',
  'triage_core_content',
  'triage_goal',
  'triage_audiences',
  'triage_key_message',
  'triage_channel',
  'triage_timing',
  'triage_owner',
  'triage_follow_up',
  'triage_priority',
  'triage_result',
  'source',
] as const satisfies readonly (keyof ObservationRow)[];
export const OBSERVATION_COLUMNS = OBSERVATION_COLUMN_NAMES.join(', ');

export type ObservationRow = {
  readonly id: string;
  readonly kind: string;
  readonly description: string;
  readonly solution_proposal: string;
  readonly topic: string;
  readonly service_area: string;
  readonly municipality: string;
  readonly target_group: string;
  readonly supervisor_id: string | null;
  readonly co_reporter_ids: string;
  readonly reporter_id: string;
  readonly reporter_name: string;
  readonly created_at: string;
  readonly period: string;
  readonly status: string;
  readonly first_answered_at: string | null;
  readonly updated_at: string;
  readonly version: number;
  readonly triage_core_content: string | null;
  readonly triage_goal: string | null;
  readonly triage_audiences: string | null;
  readonly triage_key_message: string | null;
  readonly triage_channel: string | null;
  readonly triage_timing: string | null;
  readonly triage_owner: string | null;
  readonly triage_follow_up: string | null;
  readonly triage_priority: number | null;
  readonly triage_result: string | null;
  /** 'staff' or 'public' (migration 12). */
  readonly source: string;
};

/** The row as written, with the lower-cased search copy. */
export type ObservationRecord = ObservationRow & { readonly search_text: string };

export type HistoryRow = {
  readonly id: string;
  readonly observation_id: string;
  readonly at: string;
  readonly actor_id: string;
  readonly actor_name: string;
  readonly from_status: string | null;
  readonly to_status: string;
  readonly feedback: string | null;
  readonly return_reason: string | null;
  /** JSON [{field, before, after}] on a resubmit's entry, else null. */
  readonly changes: string | null;
};

/** The observation columns a reporter's resubmit may change, by domain field. */
export const AMENDABLE_COLUMNS: Readonly<Record<AmendableField, keyof ObservationRow>> = {
  kind: 'kind',
  description: 'description',
  solutionProposal: 'solution_proposal',
  topic: 'topic',
  serviceArea: 'service_area',
  municipality: 'municipality',
  targetGroup: 'target_group',
};

export type StaffRow = {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly title: string | null;
  readonly roles: string;
  readonly service_areas: string;
  /** JSON list; '[]' for everyone outside a mapped Entra group. */
  readonly group_service_areas: string;
};

export function toObservationRecord(obs: NewObservation): ObservationRecord {
  return {
    id: obs.id,
    kind: obs.kind,
    description: obs.description,
    solution_proposal: obs.solutionProposal,
    search_text: searchTextOf(obs),
    topic: obs.topic,
    service_area: obs.serviceArea,
    municipality: obs.municipality,
    target_group: obs.targetGroup,
    supervisor_id: obs.supervisorId,
    co_reporter_ids: JSON.stringify(obs.coReporterIds),
    reporter_id: obs.reporterId,
    reporter_name: obs.reporterName,
    created_at: obs.createdAt,
    period: obs.period,
    status: obs.status,
    first_answered_at: obs.firstAnsweredAt,
    updated_at: obs.createdAt,
    version: 1,
    ...toTriageColumns(obs.triage),
    source: obs.source ?? 'staff',
  };
}

export function toTriageColumns(triage: TriageRecord) {
  return {
    triage_core_content: triage.coreContent,
    triage_goal: triage.goal,
    triage_audiences: triage.audiences,
    triage_key_message: triage.keyMessage,
    triage_channel: triage.channel,
    triage_timing: triage.timing,
    triage_owner: triage.owner,
    triage_follow_up: triage.followUp,
    triage_priority: triage.priority,
    triage_result: triage.result,
  };
}

export function toObservation(row: ObservationRow): Observation {
  return {
    id: row.id,
    kind: oneOf<ObservationKind>(OBSERVATION_KINDS, row.kind, 'kind'),
    description: row.description,
    solutionProposal: row.solution_proposal,
    topic: row.topic,
    serviceArea: row.service_area,
    municipality: row.municipality,
    targetGroup: row.target_group,
    supervisorId: row.supervisor_id,
    coReporterIds: stringList(row.co_reporter_ids, 'co_reporter_ids'),
    reporterId: row.reporter_id,
    reporterName: row.reporter_name,
    createdAt: row.created_at,
    period: row.period,
    status: oneOf<Status>(STATUSES, row.status, 'status'),
    firstAnsweredAt: row.first_answered_at,
    updatedAt: row.updated_at,
    version: row.version,
    triage: {
      coreContent: row.triage_core_content,
      goal: row.triage_goal,
      audiences: row.triage_audiences,
      keyMessage: row.triage_key_message,
      channel: row.triage_channel,
      timing: row.triage_timing,
      owner: row.triage_owner,
      followUp: row.triage_follow_up,
      priority: row.triage_priority,
      result: row.triage_result,
    },
    // Only the public form's are marked, so a staff filing reads back exactly as written.
    ...(row.source === 'public' ? { source: 'public' as const } : {}),
  };
}

export function toHistoryRow(entry: HistoryEntry, observationId: string): HistoryRow {
  return {
    id: entry.id,
    observation_id: observationId,
    at: entry.at,
    actor_id: entry.actorId,
    actor_name: entry.actorName,
    from_status: entry.from,
    to_status: entry.to,
    feedback: entry.feedback,
    return_reason: entry.returnReason,
    changes: entry.changes === undefined ? null : JSON.stringify(entry.changes),
  };
}

export function toHistoryEntry(row: HistoryRow): HistoryEntry {
  return {
    id: row.id,
    observationId: row.observation_id,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    from: row.from_status === null ? null : oneOf<Status>(STATUSES, row.from_status, 'from_status'),
    to: oneOf<Status>(STATUSES, row.to_status, 'to_status'),
    feedback: row.feedback,
    returnReason:
      row.return_reason === null
        ? null
        : oneOf<ReturnReason>(RETURN_REASONS, row.return_reason, 'return_reason'),
    // Only a resubmit's entry has the key: the other entries read as they always did.
    ...(row.changes === null ? {} : { changes: JSON.parse(row.changes) as DraftChange[] }),
  };
}

export function toStaffRow(member: StaffMember): StaffRow {
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    title: member.title,
    roles: JSON.stringify(member.roles),
    service_areas: JSON.stringify(member.serviceAreas),
    group_service_areas: JSON.stringify(member.groupServiceAreas ?? []),
  };
}

export function toStaffMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    title: row.title,
    roles: stringList(row.roles, 'roles').map((role) => oneOf<Role>(ROLES, role, 'roles')),
    serviceAreas: stringList(row.service_areas, 'service_areas'),
    ...withGroupAreas(stringList(row.group_service_areas, 'group_service_areas')),
  };
}

/** Present only when there are some, so a member without a group reads back as written. */
export const withGroupAreas = (
  areas: readonly string[],
): { readonly groupServiceAreas?: readonly string[] } =>
  areas.length > 0 ? { groupServiceAreas: areas } : {};

function oneOf<T extends string>(allowed: readonly T[], value: string, column: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`stored ${column} "${value}" is not one the app knows`);
  }
  return value as T;
}

function stringList(json: string, column: string): string[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`stored ${column} is not a list of strings`);
  }
  return value;
}
