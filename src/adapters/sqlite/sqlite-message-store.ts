import type Database from 'better-sqlite3';
import {
  MESSAGE_SIDES,
  type MessageSide,
  type ObservationMessage,
} from '../../domain/message/observation-message';
import type { Notification } from '../../domain/notification/notification';
import type { MessageStore } from '../../ports/message-store';
import { outboxWriter } from './sqlite-notification-outbox';

type MessageRow = {
  readonly id: string;
  readonly observation_id: string;
  readonly author_id: string;
  readonly author_name: string;
  readonly side: string;
  readonly text: string;
  readonly at: string;
};

const COLUMNS = [
  'id',
  'observation_id',
  'author_id',
  'author_name',
  'side',
  'text',
  'at',
] as const satisfies readonly (keyof MessageRow)[];

function toMessage(row: MessageRow): ObservationMessage {
  if (!(MESSAGE_SIDES as readonly string[]).includes(row.side)) {
    throw new Error(`stored side "${row.side}" is not one the app knows`);
  }
  return {
    id: row.id,
    observationId: row.observation_id,
    authorId: row.author_id,
    authorName: row.author_name,
    side: row.side as MessageSide,
    text: row.text,
    at: row.at,
  };
}

/** The MessageStore in the `observation_messages` table (migration 10), beside the outbox. */
export function createSqliteMessageStore(db: Database.Database): MessageStore {
  const sql = {
    insert: db.prepare(
      `INSERT INTO observation_messages (${COLUMNS.join(', ')})
       VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
    ),
    thread: db.prepare<[string], MessageRow>(
      `SELECT ${COLUMNS.join(', ')} FROM observation_messages
       WHERE observation_id = ? ORDER BY at, seq`,
    ),
    byAuthor: db.prepare<[string], MessageRow>(
      `SELECT ${COLUMNS.join(', ')} FROM observation_messages
       WHERE author_id = ? ORDER BY at, seq`,
    ),
  };
  const writeOutbox = outboxWriter(db);
  const add = db.transaction(
    (message: ObservationMessage, notifications: readonly Notification[]): void => {
      sql.insert.run({
        id: message.id,
        observation_id: message.observationId,
        author_id: message.authorId,
        author_name: message.authorName,
        side: message.side,
        text: message.text,
        at: message.at,
      });
      writeOutbox(notifications);
    },
  );
  return {
    async add(message, notifications) {
      add.immediate(message, notifications);
    },
    async list(observationId) {
      return sql.thread.all(observationId).map(toMessage);
    },
    async listByAuthor(authorId) {
      return sql.byAuthor.all(authorId).map(toMessage);
    },
  };
}
