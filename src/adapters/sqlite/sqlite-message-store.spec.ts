import { describeMessageStoreContract } from '../../ports/message-store.contract';
import { createSqliteStore } from './sqlite-store';

describeMessageStoreContract('SQLite in memory', async () => {
  const sqlite = createSqliteStore({ file: ':memory:' });
  return {
    messages: sqlite.messages,
    observations: sqlite.observations,
    outbox: sqlite.outbox,
    dispose: async () => sqlite.close(),
  };
});
