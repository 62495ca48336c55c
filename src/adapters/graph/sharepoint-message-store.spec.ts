import { describeMessageStoreContract } from '../../ports/message-store.contract';
import { sharePointFixture } from './testing/sharepoint-fixture';

const fixture = sharePointFixture();
afterAll(() => fixture.close());

describeMessageStoreContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return {
    messages: store.messages,
    observations: store.observations,
    outbox: store.outbox,
    dispose,
  };
});
