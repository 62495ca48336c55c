/**
 * The delivery worker as its own process, for the crash test (delivery-crash.spec.ts):
 * `tsx delivery-crash-child.ts <db file> <endpoint url> run|drain`. It sends each notification
 * as `{ key }` to the endpoint; `run` keeps going until killed, `drain` delivers what is due
 * and exits.
 */
import { createDeliveryWorker } from '../../../app/notifications';
import type { TeamsMessenger } from '../../../ports';
import { createSqliteStore } from '../sqlite-store';
import { CRASH_TEST_LEASE_MS, CRASH_TEST_RENEW_MS } from './crash-test-timing';

async function main(): Promise<void> {
  const [file, url, mode] = process.argv.slice(2);
  if (file === undefined || url === undefined) throw new Error('usage: <db file> <url> run|drain');
  const store = createSqliteStore({ file });
  const messenger: TeamsMessenger = {
    async send(_address, notification) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: notification.key }),
      });
      return response.ok
        ? { kind: 'sent' }
        : { kind: 'retry', retryAfterMs: null, error: `HTTP ${response.status}` };
    },
  };
  const worker = createDeliveryWorker({
    outbox: store.outbox,
    conversations: store.conversations,
    messenger,
    clock: { now: () => new Date() },
    options: {
      leaseMs: CRASH_TEST_LEASE_MS,
      renewEveryMs: CRASH_TEST_RENEW_MS,
      maxConcurrentSends: 4,
      perAppPerSecond: 1000,
      perConversationPerSecond: 1000,
      perConversationPer30Seconds: 1_000_000,
      // One look claims all 20; no further polls, whose re-claims of expired leases would
      // hide whether the renewals keep them (the test asserts that they do).
      pollIntervalMs: 3_600_000,
    },
  });
  if (mode === 'drain') {
    await worker.drain();
    store.close();
    return;
  }
  worker.start();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
