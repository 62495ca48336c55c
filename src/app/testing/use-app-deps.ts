/// <reference types="jest" />
import type { AppDeps } from '../app-deps';
import { createAppDeps, testClock, type TestClock, type TestStores } from './app-fixture';
import type { FakePublishing } from './fake-publishing';

/** A store a spec can open for each test and close after it. */
export type ClosableStores = TestStores & { close(): void };

/** Makes a fresh store; gets the test's clock, so that the store's time is the test's time. */
export type StoreFactory<S extends ClosableStores> = (clock: TestClock) => S;

export type AppFixture<S, D> = {
  /** The deps of the running test (fresh for each test). */
  deps(): D;
  /** The store behind `deps`, for asserting what was written. */
  store(): S;
};

/**
 * Registers beforeEach/afterEach in the calling `describe`: each test gets a fresh store from
 * `makeStore`, the invented staff in it, and app deps on a clock the test moves; the store is
 * closed after the test. The store is the spec's choice (the app layer knows no adapter).
 */
export function useAppDeps<S extends ClosableStores>(
  makeStore: StoreFactory<S>,
): AppFixture<S, AppDeps & { clock: TestClock; publishing: FakePublishing }> {
  let current:
    { store: S; deps: AppDeps & { clock: TestClock; publishing: FakePublishing } } | undefined;

  beforeEach(async () => {
    const clock = testClock();
    const store = makeStore(clock);
    current = { store, deps: await createAppDeps(store, clock) };
  });
  afterEach(() => {
    current?.store.close();
    current = undefined;
  });

  const get = () => {
    if (current === undefined) throw new Error('useAppDeps: only inside a test or its hooks');
    return current;
  };
  return { deps: () => get().deps, store: () => get().store };
}
