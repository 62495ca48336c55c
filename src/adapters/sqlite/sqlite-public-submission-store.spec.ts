import { describePublicSubmissionStoreContract } from '../../ports/public-submission-store.contract';
import { createSqliteStore } from './sqlite-store';

describePublicSubmissionStoreContract('SQLite', async () => {
  const store = createSqliteStore({ file: ':memory:' });
  return {
    submissions: store.publicSubmissions,
    dispose: async () => store.close(),
  };
});
