import Bottleneck from 'bottleneck';
import type { DeliveryOptions } from './delivery-options';

export type RateLimits = {
  /**
   * Runs `send` in its conversation's turn and within the app's overall rate. Rejects if the
   * limits are stopped before the turn comes.
   */
  run<T>(conversation: string, send: () => Promise<T>): Promise<T>;
  /** Drops what waits for its turn and lets the running sends finish. */
  stop(): Promise<void>;
};

/**
 * Teams' limits as Bottleneck limiters: one per conversation (a Group, so an idle one is
 * dropped after a while) in front of one for the whole app.
 *
 * Each limit is kept by spacing sends evenly (`minTime`), not by a reservoir refilled every
 * window: a fixed window lets a full window's worth through at the end of one window and
 * again at the start of the next, twice the rate over any window that spans the edge, which
 * Teams answers with 429. Even spacing stays within the limit over every window. The price:
 * a burst to one conversation goes at the 30-second pace (60/30 s = one per 500 ms) rather
 * than 7 in the first second.
 */
export function createRateLimits(options: DeliveryOptions): RateLimits {
  const perConversation = new Bottleneck.Group({
    maxConcurrent: 1,
    minTime: Math.ceil(
      Math.max(
        1000 / options.perConversationPerSecond,
        30_000 / options.perConversationPer30Seconds,
      ),
    ),
  });
  const app = new Bottleneck({
    maxConcurrent: options.maxConcurrentSends,
    minTime: Math.ceil(1000 / options.perAppPerSecond),
  });
  return {
    run: (conversation, send) =>
      // The app-wide turn is taken only once the conversation's turn has come, so a slow
      // conversation never holds app-wide capacity while it waits.
      perConversation.key(conversation).schedule(() => app.schedule(send)),
    async stop() {
      await Promise.all([
        ...perConversation.limiters().map(({ limiter }) => limiter.stop({ dropWaitingJobs: true })),
        app.stop({ dropWaitingJobs: true }),
      ]);
    },
  };
}
