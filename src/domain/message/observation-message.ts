/**
 * A short message on an observation between its reporters and those who handle it (issue
 * 13): a question about the report, an answer, a note of what happens next. Not a chat room:
 * the thread is plain, in time order, and every message is guarded and notified.
 */
export type ObservationMessage = {
  readonly id: string;
  readonly observationId: string;
  readonly authorId: string;
  readonly authorName: string;
  /**
   * Which side wrote it, as it stood when written: `reporter` (the reporter or a co-reporter)
   * or `handler` (a supervisor, a RAKE member, the coordinator, an admin). The other side is
   * the one notified.
   */
  readonly side: MessageSide;
  readonly text: string;
  /** ISO 8601 instant. */
  readonly at: string;
};

export const MESSAGE_SIDES = ['reporter', 'handler'] as const;
export type MessageSide = (typeof MESSAGE_SIDES)[number];

/** A message, not a report of its own. */
export const MAX_MESSAGE_LENGTH = 2000;
