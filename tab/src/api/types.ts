import type {
  HistoryEntry,
  Observation,
  ObservationKind,
} from '../../../src/domain/observation/observation';
import type { ReturnReason, Status } from '../../../src/domain/lifecycle/status';
import type { TriageField, TriageRecord } from '../../../src/domain/triage/triage-record';
import type { Choice, LocalizedText } from '../../../src/domain/shared/localized-text';
import type { Role } from '../../../src/domain/policy/actor';

export type { HistoryEntry, Observation, ObservationKind, ReturnReason, Status, TriageField };
export type { TriageRecord, Choice, LocalizedText, Role };

/** GET /api/me */
export type Me = {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly roles: readonly Role[];
  readonly serviceAreas: readonly string[];
};

/** A member of staff from /api/dev/identities (full) or /api/staff (id, name, title). */
export type StaffMember = {
  readonly id: string;
  readonly name: string;
  readonly title?: string | null;
  readonly email?: string | null;
  readonly roles?: readonly Role[];
  readonly serviceAreas?: readonly string[];
};

export type PeriodView = { readonly id: string; readonly start: string; readonly end: string };

/** GET /api/config after normalisation (see config.ts). */
export type TabConfig = {
  readonly countyName: LocalizedText;
  readonly serviceAreas: readonly Choice[];
  readonly municipalities: readonly Choice[];
  readonly topics: readonly Choice[];
  readonly targetGroups: readonly Choice[];
  readonly periods: readonly PeriodView[];
  readonly currentPeriod: string | null;
  readonly supervisorNamedByReporter: boolean;
  /** Status labels from the server, when it sends them. */
  readonly statusLabels: Readonly<Record<string, LocalizedText>>;
  readonly returnReasons: readonly Choice[];
  readonly textLimit: number;
  readonly timeZone: string;
};

/** An observation as the caller may see it (docs/api.md, ObservationView). */
export type ObservationView = Omit<Observation, 'triage'> & {
  readonly triage?: TriageRecord;
  readonly allowedTransitions: readonly Status[];
  readonly canTriage: boolean;
  readonly hoursToFirstAnswer: number;
};

export type PersonalDataWarningView = {
  readonly field: string;
  readonly kind: string;
  readonly message: string;
};

export type SubmitResponse = ObservationView & {
  readonly warnings?: readonly PersonalDataWarningView[];
};

export type BoardPage = {
  readonly items: readonly ObservationView[];
  readonly nextCursor: string | null;
  readonly medianHoursToFirstAnswer: number | null;
  readonly period: string | null;
};

export type FieldError = {
  readonly field: string;
  readonly code: string;
  readonly message: string;
};

/** Body of every error response. */
export type ApiErrorBody = {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly fields?: readonly FieldError[];
  /** storage_unavailable: why the store could not answer (docs/api.md). */
  readonly reason?: string;
  /** idempotency_key_reused: the observation the key filed before the draft was edited. */
  readonly observationId?: string;
};

/** The `reason`s of storage_unavailable; the server may add more, shown as `unavailable`. */
export const STORAGE_REASONS = [
  'throttled',
  'unavailable',
  'timeout',
  'denied',
  'not_provisioned',
] as const;
export type StorageReason = (typeof STORAGE_REASONS)[number];
