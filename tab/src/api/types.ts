import type { components } from './generated/openapi';
import type { TriageField } from '../../../src/domain/triage/triage-record';

/*
 * The API's shapes come from its OpenAPI document (GET /api/openapi.json), through the types
 * `npm run api:types` generates into ./generated/openapi.ts: one source, no hand copies.
 * Only what the tab adds of its own (normalised config, its own error codes) is written here.
 */

/** The document's named schemas (`#/components/schemas/...`). */
export type Schemas = components['schemas'];

export type Status = Schemas['Status'];
export type ReturnReason = Schemas['ReturnReason'];
export type ObservationKind = Schemas['Kind'];
export type Role = Schemas['Role'];
export type LocalizedText = Schemas['LocalizedText'];
export type Choice = Schemas['Choice'];
export type TriageRecord = Schemas['TriageRecord'];
export type HistoryEntry = Schemas['HistoryEntry'];
/** GET /api/observations/{id}/triage/history: one saved edit of the triage record. */
export type TriageEdit = Schemas['TriageEdit'];
export type { TriageField };

/** GET /api/me */
export type Me = Schemas['Me'];

/**
 * A member of staff from /api/staff (id, name, title) or /api/dev/identities (all of
 * StaffMember).
 */
export type StaffMember = Schemas['StaffList']['items'][number] & Partial<Schemas['StaffMember']>;

export type PeriodView = Schemas['Period'];

/** GET /api/config (CountyDescription) after normalisation (see config.ts). */
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
export type ObservationView = Schemas['ObservationView'];

/** GET /api/observations/mine: a page of "my reports". */
export type MyReportsPage = Schemas['MyReportsPage'];

export type PersonalDataWarningView = Schemas['Warning'];

/** POST /api/observations */
export type SubmitResponse = Schemas['SubmittedObservation'];

/** GET /api/observations, with the page's period reduced to its id (see client.ts). */
export type BoardPage = Omit<Schemas['BoardPage'], 'period'> & {
  readonly period: string | null;
};

type ServerErrorBody = Schemas['ErrorBody']['error'];

export type FieldError = NonNullable<ServerErrorBody['fields']>[number];

/** The `code`s the server sends (docs/api.md). */
export type ApiErrorCode = ServerErrorBody['code'];

/** Failures the tab names itself: no answer, no Teams token, or an answer without a body. */
export type TabErrorCode = 'network' | 'sso_failed' | `http_${number}`;

/** Body of every error response (`{ error: ApiErrorBody }`), or the tab's own failure. */
export type ApiErrorBody = Omit<ServerErrorBody, 'code'> & {
  readonly code: ApiErrorCode | TabErrorCode;
};

/** The `reason`s of storage_unavailable; the server may add more, shown as `unavailable`. */
export type StorageReason = NonNullable<ServerErrorBody['reason']>;

/** Every StorageReason once: the compiler refuses a missing or an unknown one. */
const STORAGE_REASON_SET: Readonly<Record<StorageReason, true>> = {
  throttled: true,
  unavailable: true,
  timeout: true,
  denied: true,
  not_provisioned: true,
};
export const STORAGE_REASONS = Object.keys(STORAGE_REASON_SET) as readonly StorageReason[];
