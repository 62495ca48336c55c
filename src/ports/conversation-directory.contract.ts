/// <reference types="jest" />
import type { ConversationAddress, ConversationDirectory } from './conversation-directory';

export type ConversationsUnderTest = {
  readonly conversations: ConversationDirectory;
  dispose(): Promise<void>;
};

const address = (
  conversationId: string,
  locale: string | null = 'fi-FI',
  updatedAt = '2026-02-02T09:00:00.000Z',
): ConversationAddress => ({
  reference: {
    conversation: { id: conversationId },
    serviceUrl: 'https://smba.example.invalid/emea/',
    bot: { id: '28:bot' },
  },
  locale,
  updatedAt,
});

/**
 * The contract every ConversationDirectory passes. Decisions beyond the types: a user's
 * remembered locale fills in for an address saved without one; the first team saved gives
 * the RAKE channel until the coordinator picks one; forgetting that team forgets its channel.
 */
export function describeConversationDirectoryContract(
  name: string,
  makeDirectory: () => Promise<ConversationsUnderTest>,
): void {
  describe(`ConversationDirectory contract: ${name}`, () => {
    let current: ConversationsUnderTest | null = null;
    const dir = (): ConversationDirectory => {
      if (current === null) throw new Error('directory used outside a test');
      return current.conversations;
    };
    beforeEach(async () => {
      current = await makeDirectory();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    it('knows nobody at first', async () => {
      expect(await dir().user('user-a')).toBeNull();
      expect(await dir().rakeChannel()).toBeNull();
      expect(await dir().teamChannels()).toEqual([]);
    });

    it('saves, replaces and forgets a personal conversation', async () => {
      await dir().saveUser('user-a', address('a:1'));
      expect(await dir().user('user-a')).toEqual(address('a:1'));
      await dir().saveUser('user-a', address('a:2', 'sv-FI', '2026-02-03T09:00:00.000Z'));
      expect(await dir().user('user-a')).toEqual(
        address('a:2', 'sv-FI', '2026-02-03T09:00:00.000Z'),
      );
      expect(await dir().user('user-b')).toBeNull();
      await dir().forgetUser('user-a');
      expect(await dir().user('user-a')).toBeNull();
    });

    it('remembers a locale from the tab, with or without a conversation', async () => {
      await dir().saveUserLocale('user-a', 'sv');
      expect(await dir().user('user-a')).toBeNull();
      await dir().saveUser('user-a', address('a:1', null));
      expect(await dir().user('user-a')).toEqual(address('a:1', 'sv'));
      await dir().saveUserLocale('user-a', 'en');
      expect(await dir().user('user-a')).toEqual(address('a:1', 'en'));
      await dir().saveUser('user-a', address('a:1', 'fi'));
      expect((await dir().user('user-a'))?.locale).toBe('fi');
    });

    it('keeps the locale when the conversation is forgotten', async () => {
      await dir().saveUser('user-a', address('a:1', 'sv'));
      await dir().forgetUser('user-a');
      await dir().saveUser('user-a', address('a:2', null));
      expect((await dir().user('user-a'))?.locale).toBe('sv');
    });

    it('makes the first team saved the RAKE team, until the coordinator picks a channel', async () => {
      await dir().saveTeam('team-1', address('19:general@thread.tacv2'));
      await dir().saveTeam('team-2', address('19:other@thread.tacv2'));
      expect(await dir().rakeChannel()).toEqual(address('19:general@thread.tacv2'));

      await dir().saveTeam('team-1', address('19:general@thread.tacv2', 'sv'));
      expect((await dir().rakeChannel())?.locale).toBe('sv');

      await dir().setRakeChannel(address('19:rake@thread.tacv2'));
      expect(await dir().rakeChannel()).toEqual(address('19:rake@thread.tacv2'));
      await dir().saveTeam('team-1', address('19:general@thread.tacv2'));
      expect(await dir().rakeChannel()).toEqual(address('19:rake@thread.tacv2'));
    });

    it('lists the teams in the order they were first saved', async () => {
      await dir().saveTeam('team-1', address('19:one@thread.tacv2'));
      await dir().saveTeam('team-2', address('19:two@thread.tacv2'));
      await dir().saveTeam('team-1', address('19:one-again@thread.tacv2'));
      await dir().saveTeam('team-3', address('19:three@thread.tacv2'));
      await dir().forgetTeam('team-3');
      expect(await dir().teamChannels()).toEqual([
        { teamId: 'team-1', address: address('19:one-again@thread.tacv2') },
        { teamId: 'team-2', address: address('19:two@thread.tacv2') },
      ]);
    });

    it('forgets the RAKE channel with its team; the next team saved takes its place', async () => {
      await dir().saveTeam('team-1', address('19:general@thread.tacv2'));
      await dir().forgetTeam('team-2');
      expect(await dir().rakeChannel()).not.toBeNull();
      await dir().forgetTeam('team-1');
      expect(await dir().rakeChannel()).toBeNull();
      await dir().saveTeam('team-2', address('19:other@thread.tacv2'));
      expect(await dir().rakeChannel()).toEqual(address('19:other@thread.tacv2'));
    });
  });
}
