import type { ObservationMessage } from '../../domain/message/observation-message';
import type { MessageStore } from '../../ports/message-store';
import { chainFailure, deleteCreated, writeChain } from './chained-write';
import { payloadFields, payloadOf } from './field-values';
import { eq } from './odata-filter';
import { outboxSteps } from './outbox-fields';
import type { ListItem, SharePointLists } from './sharepoint-lists';

/** `At` is not indexed (Graph would refuse to sort on it): a few messages are sorted here. */
function inOrder(items: readonly ListItem[]): ObservationMessage[] {
  const at = (item: ListItem) => String(item.fields['At']);
  return [...items]
    .sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : Number(a.id) - Number(b.id)))
    .map((item) => payloadOf(item.fields) as ObservationMessage);
}

/**
 * The MessageStore on the Messages list: an item per message (its JSON in Payload), written
 * with its notifications (Outbox items) as one `$batch` chain, so a notification is never
 * written without the message it tells of.
 */
export function createSharePointMessageStore(lists: SharePointLists): MessageStore {
  return {
    async add(message, notifications) {
      const outcome = await writeChain(lists, [
        {
          request: {
            op: 'create',
            list: 'messages',
            fields: {
              MessageId: message.id,
              ObservationId: message.observationId,
              AuthorId: message.authorId,
              At: message.at,
              ...payloadFields(message),
            },
          },
          undo: deleteCreated('messages'),
        },
        ...outboxSteps(notifications),
      ]);
      if (!outcome.ok) {
        throw chainFailure(outcome.result, `Message ${message.id} could not be stored`);
      }
    },
    async list(observationId) {
      return inOrder(
        await lists.collect('messages', { filter: eq('ObservationId', observationId) }),
      );
    },
    async listByAuthor(authorId) {
      return inOrder(await lists.collect('messages', { filter: eq('AuthorId', authorId) }));
    },
  };
}
