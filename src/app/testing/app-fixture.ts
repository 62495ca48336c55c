import { resolveCountyConfig } from '../../domain/county/county-presets';
import type { Actor } from '../../domain/policy/actor';
import type {
  AuditLog,
  ObservationRetention,
  MessageStore,
  Clock,
  IdGenerator,
  ObservationStore,
  PhenomenonStore,
  ProposalStore,
  PublicSubmissionStore,
  ReportStore,
  MeetingStore,
  CompilationStore,
  EnrichmentStore,
  StaffDirectory,
  StaffMember,
} from '../../ports';
import type { AppDeps } from '../app-deps';
import type { ObservationView } from '../observation-view';
import { submitObservation } from '../submit-observation';
import { fakePublishing, type FakePublishing } from './fake-publishing';

/**
 * Shared test data for use-case and HTTP tests: an invented Kainuu staff (invented names
 * only), a clock the test moves, and ids that count up. Free of adapters on purpose, so
 * the app layer stays independent of SQLite; specs pass in the store they want.
 */
export const COUNTY = resolveCountyConfig('kainuu');
/** Kainuu as if its reporters named their supervisor (Kymenlaakso's way). */
export const NAMING_COUNTY = { ...COUNTY, supervisorNamedByReporter: true };

/** The same deps in a county where the reporter names the supervisor. */
export const withNamedSupervisors = <D extends { readonly county: typeof COUNTY }>(deps: D): D => ({
  ...deps,
  county: NAMING_COUNTY,
});
export const T0 = new Date('2026-03-10T08:00:00.000Z');
/** A valid personal identity code (henkilötunnus) of an invented person. */
export const VALID_HETU = '131052-308T';

export type TestClock = Clock & { advanceHours(hours: number): void; set(at: Date): void };

export function testClock(start: Date = T0): TestClock {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advanceHours: (hours) => {
      now += hours * 3_600_000;
    },
    set: (at) => {
      now = at.getTime();
    },
  };
}

export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { next: () => `${prefix}-${String(++n).padStart(6, '0')}` };
}

const member = (
  id: string,
  name: string,
  roles: StaffMember['roles'],
  serviceAreas: string[] = [],
  title: string | null = null,
): StaffMember => ({ id, name, email: `${id}@example.invalid`, title, roles, serviceAreas });

export const STAFF = {
  reporter: member('u-reporter', 'Raili Raportoija', ['reporter'], [], 'Sosiaalityöntekijä'),
  colleague: member('u-colleague', 'Kalle Kollega', ['reporter'], [], 'Sosiaaliohjaaja'),
  stranger: member('u-stranger', 'Ville Vieras', ['reporter']),
  supervisor: member('u-supervisor', 'Sirpa Esimies', ['supervisor'], ['adult_social_work']),
  otherSupervisor: member('u-supervisor-2', 'Olli Ohjaaja', ['supervisor'], ['child_welfare']),
  rakeMember: member('u-rake', 'Riikka Rakentaja', ['rake_member']),
  coordinator: member('u-coordinator', 'Kaisa Koordinaattori', ['rake_coordinator']),
  editor: member('u-editor', 'Eero Editori', ['editor']),
  admin: member('u-admin', 'Aino Ylläpitäjä', ['admin']),
} as const;

export type StaffKey = keyof typeof STAFF;

/** As the authenticator would give them: everyone signed in is also a reporter. */
export function actor(key: StaffKey): Actor {
  const m = STAFF[key];
  const roles = m.roles.includes('reporter') ? m.roles : (['reporter', ...m.roles] as const);
  return {
    id: m.id,
    name: m.name,
    email: m.email,
    roles: [...roles],
    serviceAreas: [...m.serviceAreas],
  };
}

/** A valid form body, as the tab sends it. */
export function draftBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'negative',
    description: 'Vuokrarästit ja häätöuhat ovat lisääntyneet nuorilla aikuisilla.',
    solutionProposal: 'Talous- ja velkaneuvonta mukaan jo ennen vuokrarästejä.',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    municipality: 'kajaani',
    targetGroup: 'young_people',
    supervisorId: null,
    coReporterIds: [],
    ...overrides,
  };
}

export type TestStores = {
  readonly observations: ObservationStore;
  readonly staff: StaffDirectory;
  readonly phenomena: PhenomenonStore;
  readonly proposals: ProposalStore;
  readonly meetings: MeetingStore;
  readonly compilations: CompilationStore;
  readonly enrichments: EnrichmentStore;
  readonly reports: ReportStore;
  readonly audit: AuditLog;
  readonly retention: ObservationRetention;
  readonly messages: MessageStore;
  /** The public form's queue; absent: the public form answers 404. */
  readonly publicSubmissions?: PublicSubmissionStore;
};

export async function createAppDeps(
  stores: TestStores,
  clock: TestClock = testClock(),
): Promise<AppDeps & { clock: TestClock; publishing: FakePublishing }> {
  await stores.staff.upsert(Object.values(STAFF));
  return {
    store: stores.observations,
    staff: stores.staff,
    phenomena: stores.phenomena,
    proposals: stores.proposals,
    meetings: stores.meetings,
    compilations: stores.compilations,
    enrichments: stores.enrichments,
    reports: stores.reports,
    publishing: fakePublishing(),
    audit: stores.audit,
    retention: stores.retention,
    messages: stores.messages,
    ...(stores.publicSubmissions === undefined
      ? {}
      : { publicSubmissions: stores.publicSubmissions }),
    clock,
    ids: sequentialIds(),
    county: COUNTY,
  };
}

/** Files an observation through the use case and returns its view; fails the test otherwise. */
export async function fileAs(
  deps: AppDeps,
  who: StaffKey,
  overrides: Record<string, unknown> = {},
): Promise<ObservationView> {
  const outcome = await submitObservation(deps, actor(who), draftBody(overrides), null);
  if (!outcome.ok) throw new Error(`filing failed: ${JSON.stringify(outcome.error)}`);
  return outcome.value.observation;
}
