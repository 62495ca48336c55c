import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTeamsBot } from '../bot';
import { startFakeConnector } from '../bot/testing/fake-connector';
import { createSqliteStore } from '../src/adapters/sqlite';
import type { AppDeps } from '../src/app';
import { localReportPublishing } from '../src/compose-publishing';
import { createDeliveryWorker, DEFAULT_DELIVERY_OPTIONS } from '../src/app/notifications';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { Notification } from '../src/domain/notification/notification';

export type NotifyBenchResult = {
  readonly notifications: number;
  readonly conversations: number;
  readonly speedup: number;
  readonly elapsedSeconds: number;
  readonly floorSeconds: number;
  readonly ratio: number;
  readonly delivered: number;
  readonly duplicates: number;
  readonly throttled: number;
};

/**
 * 10,000 status notifications through the real delivery worker and the real bot messenger
 * (CloudAdapter, HTTP) into a fake Bot Connector that answers 429 above Teams' rates. The
 * floor is the time Teams' limits allow at best; `speedup` scales every rate (both sides) so
 * the same run can be made shorter: the ratio is what counts.
 */
export async function runNotifyBench(
  county: CountyConfig,
  notifications = 10_000,
  conversations = 2_000,
  speedup = 1,
): Promise<NotifyBenchResult> {
  const rates = {
    perConversationPerSecond: DEFAULT_DELIVERY_OPTIONS.perConversationPerSecond * speedup,
    perConversationPer30Seconds: DEFAULT_DELIVERY_OPTIONS.perConversationPer30Seconds * speedup,
    perAppPerSecond: DEFAULT_DELIVERY_OPTIONS.perAppPerSecond * speedup,
  };
  const connector = await startFakeConnector();
  connector.limitTo(rates);
  const dir = mkdtempSync(join(tmpdir(), 'rake-notify-bench-'));
  const clock = { now: () => new Date() };
  const store = createSqliteStore({ file: join(dir, 'bench.sqlite'), clock });
  try {
    const app: AppDeps = {
      store: store.observations,
      staff: store.staff,
      phenomena: store.phenomena,
      proposals: store.proposals,
      meetings: store.meetings,
      compilations: store.compilations,
      enrichments: store.enrichments,
      reports: store.reports,
      publishing: localReportPublishing(join(dir, 'intranet'), county.timeZone).publishing,
      audit: store.audit,
      retention: store.retention,
      messages: store.messages,
      clock,
      ids: { next: () => 'unused' },
      county,
    };
    const bot = createTeamsBot({
      app,
      conversations: store.conversations,
      outbox: store.outbox,
      links: { teamsAppId: null, entityId: 'rake', baseUrl: 'http://localhost:3978/' },
      credentials: null,
    });
    for (let c = 0; c < conversations; c++) {
      await store.conversations.saveUser(`bench-user-${c}`, {
        reference: {
          serviceUrl: connector.url,
          channelId: 'msteams',
          conversation: { id: `a:bench-${c}`, conversationType: 'personal' },
          bot: { id: '28:rake', name: 'RAKE' },
          user: { id: `29:bench-${c}`, aadObjectId: `bench-user-${c}` },
        },
        locale: 'fi-FI',
        updatedAt: new Date().toISOString(),
      });
    }
    await store.outbox.enqueue(
      Array.from({ length: notifications }, (_, i) => statusNotification(i, conversations)),
    );
    const worker = createDeliveryWorker({
      outbox: store.outbox,
      conversations: store.conversations,
      messenger: bot.messenger,
      clock,
      options: { ...rates, pollIntervalMs: 20 },
    });

    const started = performance.now();
    worker.start();
    while ((await store.outbox.list('pending', 1)).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await worker.stop();
    const elapsedSeconds = (performance.now() - started) / 1000;

    const perConversation = Math.ceil(notifications / conversations);
    const floorSeconds = Math.max(
      notifications / rates.perAppPerSecond,
      (perConversation - 1) /
        Math.min(rates.perConversationPerSecond, rates.perConversationPer30Seconds / 30),
    );
    const seen = new Map<string, number>();
    for (const sent of connector.sent) {
      const id = /bench-observation-(\d+)/.exec(JSON.stringify(sent.activity))?.[1] ?? '?';
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    return {
      notifications,
      conversations,
      speedup,
      elapsedSeconds,
      floorSeconds,
      ratio: elapsedSeconds / floorSeconds,
      delivered: seen.size,
      duplicates: connector.sent.length - seen.size,
      throttled: connector.throttled,
    };
  } finally {
    store.close();
    await connector.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A status change of observation i, to the reporter of conversation i mod n. */
function statusNotification(i: number, conversations: number): Notification {
  const at = new Date().toISOString();
  return {
    key: `bench:${i}`,
    recipient: { kind: 'user', userId: `bench-user-${i % conversations}` },
    createdAt: at,
    kind: 'status_changed',
    data: {
      observationId: `bench-observation-${i}`,
      excerpt: `Vuokrarästit lisääntyneet (bench-observation-${i})`,
      from: 'received',
      to: 'in_review',
      feedback: null,
      returnReason: null,
      actorName: 'Sirpa Esimies',
      at,
    },
  };
}
