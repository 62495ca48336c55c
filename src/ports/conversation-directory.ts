/**
 * Where the bot can reach someone: the Bot Framework conversation reference, kept as the
 * bot stored it (opaque to the core).
 */
export type ConversationAddress = {
  readonly reference: Readonly<Record<string, unknown>>;
  /** The recipient's language from their last activity or tab (fi, sv, en). */
  readonly locale: string | null;
  readonly updatedAt: string;
};

/** A team the app is installed in, with the channel it was installed from (a digest target). */
export type TeamChannel = { readonly teamId: string; readonly address: ConversationAddress };

export interface ConversationDirectory {
  /** Personal scope, keyed by the user's Entra object id (`from.aadObjectId`). */
  saveUser(userId: string, address: ConversationAddress): Promise<void>;
  user(userId: string): Promise<ConversationAddress | null>;
  /** Remembers the user's language without a conversation (the tab reports it). */
  saveUserLocale(userId: string, locale: string): Promise<void>;
  /** Team scope; the first team saved becomes the RAKE team and its channel gets digests. */
  saveTeam(teamId: string, address: ConversationAddress): Promise<void>;
  rakeChannel(): Promise<ConversationAddress | null>;
  /** Every team saved and not forgotten, oldest first: the coordinator's channel choices. */
  teamChannels(): Promise<readonly TeamChannel[]>;
  /** The coordinator's choice of channel for digests. */
  setRakeChannel(address: ConversationAddress): Promise<void>;
  /** The app was removed from a personal scope or a team. */
  forgetUser(userId: string): Promise<void>;
  forgetTeam(teamId: string): Promise<void>;
}
