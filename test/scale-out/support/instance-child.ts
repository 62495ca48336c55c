/**
 * One RAKE instance in a process of its own, as App Service runs each instance: the real
 * startRake on SharePoint lists of the parent's Graph double, Teams sign-in against the
 * parent's key server, and a messenger that sends each notification to the parent over IPC
 * instead of to Teams. Started by instances.ts with `node --import tsx`; its settings come in
 * the environment (see there), its orders over IPC (see ToChild).
 */
import { createGraphClient } from '../../../src/adapters/graph/graph-client';
import { LoopbackMiddleware } from '../../../src/adapters/graph/testing/graph-double';
import { startRake } from '../../../src/compose';
import { loadConfig } from '../../../src/config';
import type { TeamsMessenger } from '../../../src/ports';
import type { FromChild, ToChild } from './messages';

// Fake time for the caches that read Date.now (the staff snapshot among them): patched before
// startRake, so that they capture this function. Leases and delivery use `new Date()` and
// stay on real time.
const realNow = Date.now.bind(Date);
let clockAheadMs = 0;
Date.now = () => realNow() + clockAheadMs;

const name = process.env['SCALE_OUT_INSTANCE'] ?? '?';
const graphUrl = process.env['SCALE_OUT_GRAPH_URL'];
if (process.send === undefined || graphUrl === undefined) {
  throw new Error('instance-child runs under instances.ts (IPC and SCALE_OUT_GRAPH_URL)');
}
const send = (message: FromChild): Promise<void> =>
  new Promise((resolve, reject) =>
    process.send?.(message, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );

/** "Teams": the parent records the send; the message counts as accepted once it has it. */
const messenger: TeamsMessenger = {
  async send(_address, notification) {
    await send({ type: 'sent', instance: name, key: notification.key });
    return { kind: 'sent' };
  },
};

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.ok) throw new Error(config.error.join('\n'));
  const graphClient = createGraphClient({
    getAccessToken: () => Promise.resolve('test-token'),
    retryDelaySeconds: 0,
    transport: new LoopbackMiddleware(graphUrl ?? ''),
  });
  const delivery = JSON.parse(process.env['SCALE_OUT_DELIVERY'] ?? '{}') as Record<string, number>;
  const rake = await startRake(config.value, {
    quiet: true,
    schedule: false,
    graphClient,
    messenger,
    delivery: {
      ...delivery,
      onError: (error) => void send({ type: 'error', instance: name, error: String(error) }),
    },
  });
  process.on('message', (message: ToChild) => {
    if (message.type === 'clock-ahead') {
      clockAheadMs += message.ms;
      void send({ type: 'clock-moved', instance: name });
    } else if (message.type === 'stop') {
      void rake.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    }
  });
  await send({ type: 'ready', instance: name, port: rake.port });
}

main().catch((error: unknown) => {
  void send({ type: 'error', instance: name, error: String(error) }).finally(() => process.exit(1));
});
