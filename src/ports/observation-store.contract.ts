/// <reference types="jest" />
import type { ObservationStore } from './observation-store';
import type { NotificationOutbox } from './notification-outbox';
import { createTestData } from './testing/observation-builder';
import type { ContractContext } from './testing/contract-context';
import { createContract } from './testing/contract-create';
import { readContract } from './testing/contract-read';
import { boardContract } from './testing/contract-board';
import { boardSortContract } from './testing/contract-board-sorts';
import { writeContract } from './testing/contract-write';
import { notificationWritesContract } from './testing/contract-notifications';
import { triageHistoryContract } from './testing/contract-triage-history';
import { amendContract } from './testing/contract-amend';

export type StoreUnderTest = {
  readonly store: ObservationStore;
  /** The outbox that `create` and `transition` write their notifications to. */
  readonly outbox: NotificationOutbox;
  /** Closes the store and removes whatever it left behind (files, lists). */
  dispose(): Promise<void>;
};

/**
 * The one contract every ObservationStore passes (SQLite today, SharePoint lists later).
 * It talks to the store only through the port; each test gets a fresh, empty store.
 *
 * Decisions the contract pins down beyond the port's types:
 * - `create` sets `version` 1 and `updatedAt` = `createdAt`, and stores fields as given.
 * - An idempotency replay returns the observation as it is now (it may have moved on).
 * - History entry ids are unique: a clash rejects the whole create.
 * - Board and "my reports" order: `createdAt` descending, then `id` descending; the board's
 *   other sorts as `src/domain/observation/board-order.ts` defines them, each keyset-paged,
 *   a cursor of one sort refused in another.
 * - `countBoard` counts the scope and filters (never the cursor) exactly up to its cap.
 * - Paging: a page of `limit` items, `nextCursor` null exactly when nothing follows (no empty
 *   last page); observations filed between pages never repeat or push others out.
 * - A cursor the store did not issue rejects with `InvalidCursorError`; '' means no cursor.
 * - `status: []` and `q: ''` filter nothing; `q` is a literal, case-insensitive substring.
 * - `updateTriage`: a key with `undefined` is not named; `null` clears the field.
 * - `updateTriage` appends its edit to `triageHistory` in the same write, unless the edit has no
 *   changes (the version is bumped all the same); a stale version, an unknown id or an edit id
 *   already taken write nothing.
 * - `amend` applies the edit and the status with the entry, never sets `firstAnsweredAt`,
 *   and keeps a resubmit's changes in the entry; `answerTimings` leaves withdrawn ones out.
 * - Notifications given to `create`/`transition` are in the outbox exactly when the write
 *   happened: none on a replay, a stale version, an unknown id or a failed create.
 */
export function describeObservationStoreContract(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
): void {
  describe(`ObservationStore contract: ${name}`, () => {
    let current: StoreUnderTest | null = null;
    let context: ContractContext | null = null;

    beforeEach(async () => {
      current = await makeStore();
      context = contextFor(current.store, current.outbox);
    });

    afterEach(async () => {
      await current?.dispose();
      current = null;
      context = null;
    });

    const ctx = (): ContractContext => {
      if (context === null) throw new Error('contract context used outside a test');
      return context;
    };

    createContract(ctx);
    readContract(ctx);
    boardContract(ctx);
    boardSortContract(ctx);
    writeContract(ctx);
    notificationWritesContract(ctx);
    triageHistoryContract(ctx);
    amendContract(ctx);
  });
}

function contextFor(store: ObservationStore, outbox: NotificationOutbox): ContractContext {
  const data = createTestData();
  return {
    store,
    outbox,
    data,
    async file(overrides = {}, key = null) {
      const obs = data.observation(overrides);
      const outcome = await store.create(obs, data.filed(obs), key, []);
      return outcome.observation;
    },
    async moveTo(obs, to, overrides = {}) {
      const outcome = await store.transition(
        obs.id,
        data.move(obs, to, overrides),
        obs.version,
        [],
      );
      if (outcome.kind !== 'ok') throw new Error(`move of ${obs.id} failed: ${outcome.kind}`);
      return outcome.observation;
    },
  };
}
