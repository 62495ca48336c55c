import { readFileSync } from 'node:fs';
import { describeConversationDirectoryContract } from '../../../ports/conversation-directory.contract';
import { describeNotificationOutboxContract } from '../../../ports/notification-outbox.contract';
import { describeObservationStoreContract } from '../../../ports/observation-store.contract';
import { describePhenomenonStoreContract } from '../../../ports/phenomenon-store.contract';
import { describeProposalStoreContract } from '../../../ports/proposal-store.contract';
import { describeReportStoreContract } from '../../../ports/report-store.contract';
import { describeStaffDirectoryContract } from '../../../ports/staff-directory.contract';
import { describeWorkspaceRecordsContract } from '../../../ports/workspace-records.contract';
import { describeAuditLogContract } from '../../../ports/audit-log.contract';
import { describeMessageStoreContract } from '../../../ports/message-store.contract';
import { describeObservationRetentionContract } from '../../../ports/observation-retention.contract';
import { describePublicSubmissionStoreContract } from '../../../ports/public-submission-store.contract';
import { describeSettingsStoreContract } from '../../../ports/settings-store.contract';
import type { Clock } from '../../../ports/clock';
import { requireSharePointConfig } from '../../../sharepoint-config';
import { appOnlyTokenProvider } from '../app-only-token';
import { createGraphClient, PATIENT } from '../graph-client';
import { createSharePointSettingsStore } from '../sharepoint-settings-store';
import { openSharePointStore, type SharePointStore } from '../sharepoint-store';
import { clearLists } from './clear-lists';
import { VERIFY_PREFIX_VARIABLE } from './verify-prefix';

/**
 * The port contracts against the real site, on the lists `npm run verify:tenant` has
 * provisioned under a throw-away prefix. Run only through that command (jest.tenant.config.js).
 */
const config = requireSharePointConfig(process.env, (path) => readFileSync(path, 'utf8'));
const prefix = process.env[VERIFY_PREFIX_VARIABLE];
if (!config.ok || prefix === undefined || prefix === '') {
  throw new Error('Run this through `npm run verify:tenant`, which sets up the lists first.');
}
const { siteId, credentials } = config.value;
const client = createGraphClient({ getAccessToken: appOnlyTokenProvider(credentials), ...PATIENT });
const systemClock: Clock = { now: () => new Date() };
// The outbox contract's instants are in February 2026; the SQLite and double runs use the same.
const outboxClock: Clock = { now: () => new Date('2026-02-02T12:00:00.000Z') };

// A real tenant is slow: a test may make dozens of Graph calls.
jest.setTimeout(120_000);

/** Fresh, empty lists for one test: the same provisioned lists, emptied first. */
async function freshStore(clock: Clock = systemClock): Promise<SharePointStore> {
  const store = await openSharePointStore({
    client,
    siteId,
    listPrefix: prefix,
    clock,
    lists: { maxRetryAfterSeconds: PATIENT.maxRetryAfterSeconds },
  });
  await clearLists(store.lists);
  return store;
}
const nothingToClose = async (): Promise<void> => undefined;

describeObservationStoreContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { store: store.observations, outbox: store.outbox, dispose: nothingToClose };
});
describeNotificationOutboxContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore(outboxClock);
  return { outbox: store.outbox, dispose: nothingToClose };
});
describeConversationDirectoryContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { conversations: store.conversations, dispose: nothingToClose };
});
describeStaffDirectoryContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { staff: store.staff, dispose: nothingToClose };
});
describePhenomenonStoreContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { phenomena: store.phenomena, dispose: nothingToClose };
});
describeProposalStoreContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { proposals: store.proposals, outbox: store.outbox, dispose: nothingToClose };
});
describeWorkspaceRecordsContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return {
    meetings: store.meetings,
    compilations: store.compilations,
    enrichments: store.enrichments,
    outbox: store.outbox,
    dispose: nothingToClose,
  };
});
describeReportStoreContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { reports: store.reports, outbox: store.outbox, dispose: nothingToClose };
});
describeAuditLogContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { audit: store.audit, dispose: nothingToClose };
});
describeMessageStoreContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return {
    messages: store.messages,
    observations: store.observations,
    outbox: store.outbox,
    dispose: nothingToClose,
  };
});
describeObservationRetentionContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { ...store, dispose: nothingToClose };
});
describePublicSubmissionStoreContract(`SharePoint site ${siteId}`, async () => {
  const store = await freshStore();
  return { submissions: store.publicSubmissions, dispose: nothingToClose };
});
// Two instances on the same list: one's save is the other's conflict.
describeSettingsStoreContract(`SharePoint site ${siteId}, two instances`, async () => {
  const store = await freshStore();
  return {
    settings: store.settings,
    other: createSharePointSettingsStore(store.lists),
    dispose: nothingToClose,
  };
});
