import type {
  Clock,
  ConversationDirectory,
  NotificationOutbox,
  OutboxEntry,
  TeamsMessenger,
} from '../../ports';
import { deliverOne, type DeliveryContext } from './deliver-one';
import { DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions } from './delivery-options';
import { createRateLimits } from './rate-limits';

export type DeliveryWorkerDeps = {
  readonly outbox: NotificationOutbox;
  readonly conversations: ConversationDirectory;
  readonly messenger: TeamsMessenger;
  readonly clock: Clock;
  readonly options?: Partial<DeliveryOptions>;
};

export type DeliveryWorker = {
  /** Looks for due entries every `pollIntervalMs` until stopped. */
  start(): void;
  /**
   * Something was just put in the outbox: look now instead of at the next poll. Writes made
   * by other instances are still found by polling.
   */
  wake(): void;
  /** Sends nothing new, waits for the sends under way; claimed but unsent entries keep their lease. */
  stop(): Promise<void>;
  /** Delivers everything due now, and resolves when each of those has settled (tests, bench). */
  drain(): Promise<void>;
};

/**
 * Delivers the outbox to Teams: claims due entries with a lease, sends each within Teams'
 * rate limits and records the outcome (see deliverOne). The leases are short and renewed
 * while the worker holds the entries (see renewLeases below), so a send may wait on Teams as
 * long as it must, and whatever a killed worker had claimed is claimed again within seconds.
 */
export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const options: DeliveryOptions = { ...DEFAULT_DELIVERY_OPTIONS, ...deps.options };
  const inFlight = new Map<string, Promise<void>>();
  /**
   * Where the lease of each entry in flight ends, as this worker's claim or last renewal set
   * it: the proof of holding that renewLeases asks for. An entry whose renewal was refused is
   * dropped here, and deliverOne leaves it (and one whose lease has run out) alone: another
   * worker may have it.
   */
  const leases = new Map<string, Date>();
  let renewTimer: NodeJS.Timeout | null = null;
  let stopping = false;
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  /** A wake that came while a look was under way: its write may have missed that look. */
  let woken = false;
  let ctx = context();

  function context(): DeliveryContext {
    return {
      outbox: deps.outbox,
      conversations: deps.conversations,
      messenger: deps.messenger,
      clock: deps.clock,
      options,
      limits: createRateLimits(options),
      pausedUntil: new Map(),
      stopping: () => stopping,
      // Past its end (renewals failed) a lease may already be another worker's.
      holds: (key) => (leases.get(key)?.getTime() ?? 0) > deps.clock.now().getTime(),
    };
  }

  /** Claims what there is room for; returns how many entries it started. */
  async function pump(): Promise<number> {
    const room = options.maxInFlight - inFlight.size;
    if (room <= 0 || stopping) return 0;
    const now = deps.clock.now();
    const entries = await deps.outbox.claimDue(now, room, options.leaseMs);
    const until = new Date(now.getTime() + options.leaseMs);
    for (const entry of entries) leases.set(entry.notification.key, until);
    // An entry of ours whose lease ran out (a renewal failed) may be claimed again: it is still
    // on its way here, so it is not started twice, and it is ours again with the new lease.
    const fresh = entries.filter((entry) => !inFlight.has(entry.notification.key));
    for (const entry of fresh) start(entry);
    return fresh.length;
  }

  function start(entry: OutboxEntry): void {
    const key = entry.notification.key;
    const done = deliverOne(ctx, entry)
      .catch((error: unknown) => {
        // Stopping drops the sends still waiting for their turn; they keep their lease.
        if (!stopping) options.onError(error);
      })
      .finally(() => {
        inFlight.delete(key);
        leases.delete(key);
      });
    inFlight.set(key, done);
    scheduleRenewal();
  }

  /** While anything is in flight, a renewal is due every `renewEveryMs`. */
  function scheduleRenewal(): void {
    if (renewTimer !== null || inFlight.size === 0) return;
    renewTimer = setTimeout(() => void renewLeases(), options.renewEveryMs);
    // Waiting to renew keeps nothing alive: the sends themselves do.
    renewTimer.unref();
  }

  /**
   * Extends the leases of everything in flight to `now + leaseMs`. What the outbox refuses to
   * renew is no longer ours (our lease ran out and another worker claimed it): forgotten, so
   * it is not sent from here. A failed renewal (outbox unreachable) is tried again at the next
   * turn, while the lease still runs.
   */
  async function renewLeases(): Promise<void> {
    try {
      const held = [...leases].map(([key, until]) => ({ key, until }));
      if (held.length === 0) return;
      const until = new Date(deps.clock.now().getTime() + options.leaseMs);
      const renewed = new Set(await deps.outbox.renewLeases(held, until));
      for (const lease of held) {
        // Claimed again by this worker meanwhile (see pump): that newer lease stands.
        if (leases.get(lease.key) !== lease.until) continue;
        if (renewed.has(lease.key)) leases.set(lease.key, until);
        else leases.delete(lease.key);
      }
    } catch (error) {
      options.onError(error);
    } finally {
      renewTimer = null;
      scheduleRenewal();
    }
  }

  async function tick(): Promise<void> {
    timer = null;
    woken = false;
    let started = 0;
    try {
      started = await pump();
    } catch (error) {
      options.onError(error);
    }
    if (!running) return;
    // A full claim means more is waiting: come back as soon as some of it has settled.
    const backlog = started > 0 && inFlight.size >= options.maxInFlight;
    const next = backlog ? Promise.race(inFlight.values()) : null;
    if (next === null) timer = setTimeout(() => void tick(), woken ? 0 : options.pollIntervalMs);
    else void next.then(() => (running ? tick() : undefined));
  }

  return {
    start() {
      if (running) return;
      if (stopping) ctx = context();
      stopping = false;
      running = true;
      void tick();
    },
    wake() {
      if (!running) return;
      woken = true;
      // Waiting for the next poll: look now. Otherwise a look (or a backlog) is under way and
      // comes back at once because of `woken`.
      if (timer !== null) {
        clearTimeout(timer);
        void tick();
      }
    },
    async stop() {
      running = false;
      stopping = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await ctx.limits.stop();
      await Promise.allSettled([...inFlight.values()]);
      if (renewTimer !== null) clearTimeout(renewTimer);
      renewTimer = null;
    },
    async drain() {
      if (stopping) {
        ctx = context();
        stopping = false;
      }
      for (;;) {
        const started = await pump();
        if (started === 0 && inFlight.size === 0) return;
        if (started === 0 || inFlight.size >= options.maxInFlight) {
          await Promise.race(inFlight.values());
        }
      }
    },
  };
}
