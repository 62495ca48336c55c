import { describeObservationRetentionContract } from '../../ports/observation-retention.contract';
import { sharePointFixture } from './testing/sharepoint-fixture';

const fixture = sharePointFixture();
afterAll(() => fixture.close());

describeObservationRetentionContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return { ...store, dispose };
});
