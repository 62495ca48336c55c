import type {
  ConversationAddress,
  ConversationDirectory,
  TeamChannel,
} from '../../ports/conversation-directory';
import { payloadOf } from './field-values';
import { readModifyWrite, type Decision } from './optimistic-write';
import { eq } from './odata-filter';
import { type ListItem, type SharePointLists } from './sharepoint-lists';

/** What an entry's Payload holds: an address, or only a user's locale (no conversation). */
type Stored = {
  readonly reference: Readonly<Record<string, unknown>> | null;
  readonly locale: string | null;
  readonly updatedAt: string | null;
};
/** The RAKE channel: the team it came from (null: chosen outside any saved team). */
type StoredChannel = Stored & { readonly teamId: string | null; readonly chosen: boolean };

type Kind = 'user' | 'team' | 'rake_channel';
const RAKE_CHANNEL = 'rake_channel';
const entryKey = (kind: 'user' | 'team', id: string): string => `${kind}:${id}`;
const byEntry = (key: string): string => eq('EntryKey', key);

const toAddress = (stored: Stored | null): ConversationAddress | null =>
  stored === null || stored.reference === null || stored.updatedAt === null
    ? null
    : { reference: stored.reference, locale: stored.locale, updatedAt: stored.updatedAt };
const stored = (address: ConversationAddress): Stored => ({
  reference: address.reference,
  locale: address.locale,
  updatedAt: address.updatedAt,
});
const storedOf = <T extends Stored>(item: ListItem | null): T | null =>
  item === null ? null : (payloadOf(item.fields) as T);

/**
 * Where the bot reaches people, one Conversations item per user, team and the RAKE channel,
 * keyed by the unique `EntryKey`. Every change is a read-modify-write guarded by the eTag (see
 * readModifyWrite), which stands in for SQLite's upserts. A user's entry outlives their
 * conversation (forgetUser clears only the reference) so that the language the tab reported
 * is still known when they install the app again.
 */
export function createSharePointConversationDirectory(
  lists: SharePointLists,
): ConversationDirectory {
  /** Upserts the entry as `change` makes it from what is stored (null: leave it as it is). */
  const upsert = <T extends Stored>(
    key: string,
    kind: Kind,
    change: (current: T | null) => T | null,
    savedAt: string,
  ): Promise<boolean> =>
    readModifyWrite(lists, 'conversations', byEntry(key), (item): Decision => {
      const next = change(storedOf<T>(item));
      if (next === null) return null;
      const Payload = JSON.stringify(next);
      // SavedAt stays that of the first save: the entry's place among the teams.
      return item === null
        ? { op: 'create', fields: { EntryKey: key, Kind: kind, SavedAt: savedAt, Payload } }
        : { op: 'update', fields: { Payload } };
    });
  const read = async <T extends Stored>(key: string): Promise<T | null> =>
    storedOf<T>(await lists.findOne('conversations', byEntry(key)));

  return {
    async saveUser(userId, address) {
      await upsert<Stored>(
        entryKey('user', userId),
        'user',
        (current) => ({ ...stored(address), locale: address.locale ?? current?.locale ?? null }),
        address.updatedAt,
      );
    },
    async user(userId) {
      return toAddress(await read(entryKey('user', userId)));
    },
    async saveUserLocale(userId, locale) {
      await upsert<Stored>(
        entryKey('user', userId),
        'user',
        (current) => ({ reference: null, updatedAt: null, ...current, locale }),
        '',
      );
    },
    async saveTeam(teamId, address) {
      await upsert<Stored>(
        entryKey('team', teamId),
        'team',
        () => stored(address),
        address.updatedAt,
      );
      // The first team becomes the RAKE team; a later save of that team refreshes its channel,
      // unless the coordinator has picked one.
      await upsert<StoredChannel>(
        RAKE_CHANNEL,
        'rake_channel',
        (current) =>
          current === null
            ? { ...stored(address), teamId, chosen: false }
            : !current.chosen && current.teamId === teamId
              ? { ...current, ...stored(address) }
              : null,
        address.updatedAt,
      );
    },
    async rakeChannel() {
      return toAddress(await read(RAKE_CHANNEL));
    },
    async teamChannels() {
      const teams = await lists.collect('conversations', { filter: eq('Kind', 'team') });
      // Oldest first by item id: SharePoint numbers a list's items in the order they are
      // created and never reuses a number, and a save of a known team updates its item.
      return [...teams]
        .sort((a, b) => Number(a.id) - Number(b.id))
        .flatMap((item): TeamChannel[] => {
          const address = toAddress(storedOf(item));
          const key = String(item.fields['EntryKey'] ?? '');
          return address === null ? [] : [{ teamId: key.slice('team:'.length), address }];
        });
    },
    async setRakeChannel(address) {
      // The coordinator picks a channel of the RAKE team: the team stays the same.
      await upsert<StoredChannel>(
        RAKE_CHANNEL,
        'rake_channel',
        (current) => ({ ...stored(address), teamId: current?.teamId ?? null, chosen: true }),
        address.updatedAt,
      );
    },
    async forgetUser(userId) {
      await upsert<Stored>(
        entryKey('user', userId),
        'user',
        (current) => (current === null ? null : { ...current, reference: null, updatedAt: null }),
        '',
      );
    },
    async forgetTeam(teamId) {
      await readModifyWrite(lists, 'conversations', byEntry(entryKey('team', teamId)), (item) =>
        item === null ? null : { op: 'delete' },
      );
      await readModifyWrite(lists, 'conversations', byEntry(RAKE_CHANNEL), (item) =>
        storedOf<StoredChannel>(item)?.teamId === teamId ? { op: 'delete' } : null,
      );
    },
  };
}
