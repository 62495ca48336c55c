import { describePublicSubmissionStoreContract } from '../../ports/public-submission-store.contract';
import { sharePointFixture } from './testing/sharepoint-fixture';

const fixture = sharePointFixture();
afterAll(() => fixture.close());

describePublicSubmissionStoreContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return { submissions: store.publicSubmissions, dispose };
});
