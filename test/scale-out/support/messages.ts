/** What an instance process tells the test (over IPC). */
export type FromChild =
  | { readonly type: 'ready'; readonly instance: string; readonly port: number }
  /** Its messenger "sent" this notification to Teams. */
  | { readonly type: 'sent'; readonly instance: string; readonly key: string }
  | { readonly type: 'clock-moved'; readonly instance: string }
  /** A fault the delivery worker survived, or the start failing. */
  | { readonly type: 'error'; readonly instance: string; readonly error: string };

/** What the test orders an instance process to do. */
export type ToChild =
  /** Moves the process's Date.now (caches, snapshots) this far ahead; leases keep real time. */
  { readonly type: 'clock-ahead'; readonly ms: number } | { readonly type: 'stop' };
