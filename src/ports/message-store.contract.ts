/// <reference types="jest" />
import type { ObservationMessage } from '../domain/message/observation-message';
import type { MessageStore } from './message-store';
import type { NotificationOutbox } from './notification-outbox';
import type { ObservationStore } from './observation-store';
import { testNotification } from './testing/notification-builder';
import { createTestData } from './testing/observation-builder';

export type MessageStoreUnderTest = {
  readonly messages: MessageStore;
  /** Where the observations the messages are on are filed (SQLite keeps a foreign key). */
  readonly observations: ObservationStore;
  /** The outbox `add` writes its notifications to. */
  readonly outbox: NotificationOutbox;
  dispose(): Promise<void>;
};

/**
 * The contract every MessageStore passes (SQLite, SharePoint lists): a thread in time order,
 * a person's own messages across threads, the message and its notifications written together.
 */
export function describeMessageStoreContract(
  name: string,
  makeStore: () => Promise<MessageStoreUnderTest>,
): void {
  describe(`MessageStore contract: ${name}`, () => {
    let current: MessageStoreUnderTest | null = null;
    const under = (): MessageStoreUnderTest => {
      if (current === null) throw new Error('store used outside a test');
      return current;
    };
    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    const data = createTestData();
    const fileOne = async (): Promise<string> => {
      const obs = data.observation();
      await under().observations.create(obs, data.filed(obs), null, []);
      return obs.id;
    };
    let n = 0;
    const message = (
      observationId: string,
      overrides: Partial<ObservationMessage> = {},
    ): ObservationMessage => {
      n += 1;
      return {
        id: `msg-${n}`,
        observationId,
        authorId: 'user-reporter',
        authorName: 'Ilona Reporteri',
        side: 'reporter',
        text: `Viesti ${n}: koskeeko tämä myös Järvelää?`,
        at: new Date(Date.parse('2026-02-03T08:00:00.000Z') + n * 60_000).toISOString(),
        ...overrides,
      };
    };

    it('keeps a thread oldest first, as written, and only its own messages', async () => {
      const [a, b] = [await fileOne(), await fileOne()];
      const first = message(a);
      const answer = message(a, { authorId: 'user-supervisor', side: 'handler', text: 'Kyllä.' });
      const elsewhere = message(b);
      // Added out of order: the thread is ordered by `at`.
      await under().messages.add(answer, []);
      await under().messages.add(first, []);
      await under().messages.add(elsewhere, []);

      expect(await under().messages.list(a)).toEqual([first, answer]);
      expect(await under().messages.list(b)).toEqual([elsewhere]);
      expect(await under().messages.list('obs-none')).toEqual([]);
    });

    it('keeps messages of the same instant in the order added', async () => {
      const a = await fileOne();
      const at = '2026-02-03T09:00:00.000Z';
      const one = message(a, { at });
      const two = message(a, { at, side: 'handler', authorId: 'user-supervisor' });
      await under().messages.add(one, []);
      await under().messages.add(two, []);
      expect((await under().messages.list(a)).map((m) => m.id)).toEqual([one.id, two.id]);
    });

    it('lists one person’s messages on every observation, oldest first', async () => {
      const [a, b] = [await fileOne(), await fileOne()];
      const mine1 = message(a);
      const theirs = message(a, { authorId: 'user-supervisor', side: 'handler' });
      const mine2 = message(b);
      for (const m of [mine2, theirs, mine1]) await under().messages.add(m, []);

      expect(await under().messages.listByAuthor('user-reporter')).toEqual([mine1, mine2]);
      expect(await under().messages.listByAuthor('user-nobody')).toEqual([]);
    });

    it('writes the notifications with the message, and neither when the id is taken', async () => {
      const a = await fileOne();
      const first = message(a);
      await under().messages.add(first, [testNotification(`observation_message:${first.id}:x`)]);
      await expect(
        under().messages.add({ ...message(a), id: first.id }, [testNotification('lost')]),
      ).rejects.toHaveProperty('message');

      expect(await under().messages.list(a)).toEqual([first]);
      const keys = (await under().outbox.list('pending', 10)).map((e) => e.notification.key);
      expect(keys).toEqual([`observation_message:${first.id}:x`]);
    });
  });
}
