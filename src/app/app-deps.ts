import type { CountyConfig } from '../domain/county/county-config';
import type {
  AuditLog,
  ObservationRetention,
  Clock,
  CompilationStore,
  EnrichmentStore,
  MeetingStore,
  MessageStore,
  IdGenerator,
  ObservationStore,
  IntranetPublisher,
  PhenomenonStore,
  ProposalStore,
  PublicSubmissionStore,
  ReportDocuments,
  ReportStore,
  StaffDirectory,
} from '../ports';
import type { LiveCounty } from './admin/live-county';
import type { AnswerTimes } from './answer-times';
import type { SuggestionIndex } from './suggestions/suggestion-index';

/** What every use case may touch: ports only, so the same code runs on SQLite or SharePoint. */
export type AppDeps = {
  readonly store: ObservationStore;
  readonly staff: StaffDirectory;
  /** The RAKE working group's phenomena and their links to observations. */
  readonly phenomena: PhenomenonStore;
  /** Action proposals; a move that reporters hear of writes into the outbox. */
  readonly proposals: ProposalStore;
  /** The working group's meetings, their agendas' minutes. */
  readonly meetings: MeetingStore;
  /** Frozen compilations (koosteet) of periods. */
  readonly compilations: CompilationStore;
  /** Enrichment requests to service areas; creating and answering one notifies. */
  readonly enrichments: EnrichmentStore;
  /** Reports and their kept versions; a publication writes its notifications with it. */
  readonly reports: ReportStore;
  /** How reports leave the app: as files, and onto the intranet subpage. */
  readonly publishing: ReportPublishing;
  /**
   * Append-only audit log: record through `recordAudit` (src/app/audit), which stamps the
   * entry and decides what a failed write means.
   */
  readonly audit: AuditLog;
  /** What the daily retention job reads and changes (src/app/retention). */
  readonly retention: ObservationRetention;
  /** Message threads on observations; a message writes its notifications with it. */
  readonly messages: MessageStore;
  /**
   * The public form's submissions waiting for the coordinator (issue 13). Absent: the public
   * form and its queue answer 404, whatever the county's switch says.
   */
  readonly publicSubmissions?: PublicSubmissionStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /**
   * The county in force. With stored settings (compose.ts) a getter over `countySettings`:
   * read it per use, never keep it (and extend deps with `extendDeps`, not a spread).
   */
  readonly county: CountyConfig;
  /**
   * What the admin saved in the app, laid over the preset and environment (src/app/admin).
   * Absent: the county is fixed (tests of other things); the admin's settings answer 404.
   */
  readonly countySettings?: LiveCounty;
  /**
   * The board's median answer time, kept up to date by writes through `store`
   * (cacheAnswerTimes). Absent: recomputed from the store on every board request.
   */
  readonly answerTimes?: AnswerTimes;
  /**
   * The text index behind phenomenon suggestions and near-duplicates, made at start-up with
   * the chosen analyzer (Voikko or n-grams). Absent: one per store with n-grams.
   */
  readonly suggestions?: SuggestionIndex;
};

export type ReportPublishing = {
  readonly documents: ReportDocuments;
  /** The local `/intranet/`, or the SharePoint intranet site through Graph as the editor. */
  readonly intranet: IntranetPublisher;
};

/**
 * `deps` with more ports, keeping its getters live: a spread would read `county` once, and a
 * scheduler or server made at start would use the county of the start for ever.
 */
export function extendDeps<A extends object, B extends object>(deps: A, extra: B): A & B {
  return Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(deps), ...Object.getOwnPropertyDescriptors(extra) },
  ) as A & B;
}
