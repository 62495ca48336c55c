import type { Client } from '@microsoft/microsoft-graph-client';
import { appOnlyTokenProvider } from './adapters/graph/app-only-token';
import { createGraphClient } from './adapters/graph/graph-client';
import { openSharePointStore } from './adapters/graph/sharepoint-store';
import { createSqliteStore } from './adapters/sqlite';
import type { RakeConfig } from './config';
import type {
  AuditLog,
  ObservationRetention,
  Clock,
  CompilationStore,
  ConversationDirectory,
  EnrichmentStore,
  MeetingStore,
  MessageStore,
  NotificationOutbox,
  ObservationStore,
  PhenomenonStore,
  ProposalStore,
  ReportStore,
  SettingsStore,
  StaffDirectory,
  PublicSubmissionStore,
} from './ports';

/** The ports the app runs on, whichever store holds them. */
export type RakeStore = {
  readonly kind: 'sqlite' | 'sharepoint';
  readonly observations: ObservationStore;
  readonly staff: StaffDirectory;
  readonly outbox: NotificationOutbox;
  readonly conversations: ConversationDirectory;
  readonly phenomena: PhenomenonStore;
  readonly proposals: ProposalStore;
  readonly meetings: MeetingStore;
  readonly compilations: CompilationStore;
  readonly enrichments: EnrichmentStore;
  readonly reports: ReportStore;
  readonly audit: AuditLog;
  readonly retention: ObservationRetention;
  /** Message threads on observations (reporters' follow-up). */
  readonly messages: MessageStore;
  readonly settings: SettingsStore;
  /** The public form's submissions, waiting for the coordinator. */
  readonly publicSubmissions: PublicSubmissionStore;
  close(): void;
};

/**
 * SharePoint lists when RAKE_SHAREPOINT_SITE_ID is configured, else the SQLite file. The
 * SharePoint store talks to Graph with app-only tokens from the configured credentials, or
 * through `graphClient` when one is given (the tests' Graph double).
 */
export async function openStore(
  config: RakeConfig,
  clock: Clock,
  graphClient?: Client,
): Promise<RakeStore> {
  const sharePoint = config.sharePoint;
  if (sharePoint === null) {
    const sqlite = createSqliteStore({
      file: config.dbFile,
      clock,
      synchronous: config.sqliteSynchronous,
      // WAL checkpoints in a worker thread, not inside a filing's commit.
      backgroundCheckpoints: true,
      onCheckpointError: (error) =>
        console.error('RAKE: background checkpoints stopped; the connection checkpoints', error),
    });
    return { kind: 'sqlite', ...sqlite, close: () => sqlite.close() };
  }
  const client =
    graphClient ??
    createGraphClient({ getAccessToken: appOnlyTokenProvider(sharePoint.credentials) });
  const store = await openSharePointStore({
    client,
    siteId: sharePoint.siteId,
    listPrefix: sharePoint.listPrefix,
    clock,
  });
  // Nothing to close: every Graph call is its own HTTP request.
  return { kind: 'sharepoint', ...store, close: () => undefined };
}
