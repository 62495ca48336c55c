import type { Client } from '@microsoft/microsoft-graph-client';
import type { Clock } from '../../ports/clock';
import type { CompilationStore } from '../../ports/compilation-store';
import type { ConversationDirectory } from '../../ports/conversation-directory';
import type { EnrichmentStore } from '../../ports/enrichment-store';
import type { MeetingStore } from '../../ports/meeting-store';
import type { NotificationOutbox } from '../../ports/notification-outbox';
import type { ObservationStore } from '../../ports/observation-store';
import type { PhenomenonStore } from '../../ports/phenomenon-store';
import type { ProposalStore } from '../../ports/proposal-store';
import type { ReportStore } from '../../ports/report-store';
import type { StaffDirectory } from '../../ports/staff-directory';
import { DEFAULT_LIST_PREFIX } from './list-schema';
import { SharePointLists, type SharePointListsOptions } from './sharepoint-lists';
import { createSharePointObservationStore } from './sharepoint-observation-store';
import { createSharePointNotificationOutbox } from './sharepoint-notification-outbox';
import { createSharePointConversationDirectory } from './sharepoint-conversation-directory';
import { createSharePointStaffDirectory } from './sharepoint-staff-directory';
import { createSharePointPhenomenonStore } from './sharepoint-phenomenon-store';
import { createSharePointProposalStore } from './sharepoint-proposal-store';
import { createSharePointMeetingStore } from './sharepoint-meeting-store';
import { createSharePointCompilationStore } from './sharepoint-compilation-store';
import { createSharePointEnrichmentStore } from './sharepoint-enrichment-store';
import { createSharePointReportStore } from './sharepoint-report-store';
import { createSharePointAuditLog } from './sharepoint-audit-log';
import { createSharePointObservationRetention } from './sharepoint-observation-retention';
import type { ObservationRetention } from '../../ports/observation-retention';
import { createSharePointMessageStore } from './sharepoint-message-store';
import type { MessageStore } from '../../ports/message-store';
import type { AuditLog } from '../../ports/audit-log';
import type { SettingsStore } from '../../ports/settings-store';
import { createSharePointSettingsStore } from './sharepoint-settings-store';
import type { PublicSubmissionStore } from '../../ports/public-submission-store';
import { createSharePointPublicSubmissionStore } from './sharepoint-public-submission-store';

export type SharePointStoreOptions = {
  readonly client: Client;
  /** Graph's site id (`host,site-collection-id,web-id`) of the site that holds the lists. */
  readonly siteId: string;
  /** Display-name prefix of the lists. Default `RAKE `. */
  readonly listPrefix?: string;
  readonly clock: Clock;
  readonly lists?: SharePointListsOptions;
};

/** The same ports as the SQLite store, on SharePoint lists through Microsoft Graph. */
export type SharePointStore = {
  readonly observations: ObservationStore;
  readonly staff: StaffDirectory;
  readonly outbox: NotificationOutbox;
  readonly conversations: ConversationDirectory;
  /** The RAKE working group's phenomena and their links to observations. */
  readonly phenomena: PhenomenonStore;
  /** Action proposals; their moves write notifications into `outbox`. */
  readonly proposals: ProposalStore;
  readonly meetings: MeetingStore;
  /** Frozen compilations; a snapshot's observations are in Record parts. */
  readonly compilations: CompilationStore;
  /** Enrichment requests; creating and answering them write notifications into `outbox`. */
  readonly enrichments: EnrichmentStore;
  /** Reports (in Record parts) and their kept versions; publishing writes into `outbox`. */
  readonly reports: ReportStore;
  /** Append-only: who did what, when (issue 13). */
  readonly audit: AuditLog;
  /** The daily retention job's reads and writes of observations (issue 13). */
  readonly retention: ObservationRetention;
  /** Message threads on observations; each message writes its notifications into `outbox`. */
  readonly messages: MessageStore;
  /** What the admin saved in the app: county settings, supervision by Entra groups. */
  readonly settings: SettingsStore;
  /** The public form's submissions, waiting for the coordinator. */
  readonly publicSubmissions: PublicSubmissionStore;
  readonly lists: SharePointLists;
};

/**
 * Opens the provisioned lists on the site (StorageUnavailableError('not_provisioned') when
 * they are not there: run `npm run provision`) and returns the stores on them.
 */
export async function openSharePointStore(
  options: SharePointStoreOptions,
): Promise<SharePointStore> {
  const lists = await SharePointLists.open(
    options.client,
    options.siteId,
    options.listPrefix ?? DEFAULT_LIST_PREFIX,
    options.lists,
  );
  return {
    observations: createSharePointObservationStore(lists),
    staff: createSharePointStaffDirectory(lists),
    outbox: createSharePointNotificationOutbox(lists, options.clock),
    conversations: createSharePointConversationDirectory(lists),
    phenomena: createSharePointPhenomenonStore(lists),
    proposals: createSharePointProposalStore(lists),
    meetings: createSharePointMeetingStore(lists),
    compilations: createSharePointCompilationStore(lists),
    enrichments: createSharePointEnrichmentStore(lists),
    reports: createSharePointReportStore(lists),
    audit: createSharePointAuditLog(lists),
    retention: createSharePointObservationRetention(lists),
    messages: createSharePointMessageStore(lists),
    settings: createSharePointSettingsStore(lists),
    publicSubmissions: createSharePointPublicSubmissionStore(lists),
    lists,
  };
}
