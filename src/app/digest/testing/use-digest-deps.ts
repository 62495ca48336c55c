/// <reference types="jest" />
import type { ConversationDirectory, NotificationOutbox } from '../../../ports';
import type { AppDeps } from '../../app-deps';
import {
  useAppDeps,
  type AppFixture,
  type ClosableStores,
  type StoreFactory,
  type TestClock,
} from '../../testing';
import type { DigestDeps } from '../digest-deps';

/** A store that also holds the outbox and the conversations the digest use cases touch. */
export type DigestStores = ClosableStores & {
  readonly outbox: NotificationOutbox;
  readonly conversations: ConversationDirectory;
};

/** As `useAppDeps`, with the store's outbox and conversations added to the deps. */
export function useDigestDeps<S extends DigestStores>(
  makeStore: StoreFactory<S>,
): AppFixture<S, AppDeps & DigestDeps & { clock: TestClock }> {
  const app = useAppDeps(makeStore);
  let deps: (AppDeps & DigestDeps & { clock: TestClock }) | undefined;

  // Runs after useAppDeps' own beforeEach (hooks run in the order they are registered).
  beforeEach(() => {
    const store = app.store();
    deps = { ...app.deps(), outbox: store.outbox, conversations: store.conversations };
  });
  afterEach(() => {
    deps = undefined;
  });

  return {
    deps: () => {
      if (deps === undefined) throw new Error('useDigestDeps: only inside a test or its hooks');
      return deps;
    },
    store: app.store,
  };
}
