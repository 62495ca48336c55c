import type { CountyConfig } from '../domain/county/county-config';
import type {
  Clock,
  CompilationStore,
  EnrichmentStore,
  MeetingStore,
  IdGenerator,
  ObservationStore,
  IntranetPublisher,
  PhenomenonStore,
  ProposalStore,
  ReportDocuments,
  ReportStore,
  StaffDirectory,
} from '../ports';
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
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly county: CountyConfig;
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
