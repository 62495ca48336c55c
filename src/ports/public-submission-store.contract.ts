/// <reference types="jest" />
import type { PublicSubmission } from '../domain/public-form/public-submission';
import type { PublicSubmissionStore } from './public-submission-store';

export type PublicSubmissionStoreUnderTest = {
  readonly submissions: PublicSubmissionStore;
  dispose(): Promise<void>;
};

/** An invented submission; `n` orders them in time (one a minute from T0). */
export function testSubmission(
  n: number,
  overrides: Partial<PublicSubmission> = {},
): PublicSubmission {
  const at = new Date(Date.UTC(2026, 2, 10, 8, n)).toISOString();
  return {
    id: `sub-${String(n).padStart(4, '0')}`,
    receipt: `ACDEFGHJ${String(n)
      .padStart(4, '0')
      .replace(/[0-9]/g, (d) => 'KMNPQRTUVW'.charAt(Number(d)))}`,
    createdAt: at,
    updatedAt: at,
    version: 1,
    state: 'pending',
    decision: null,
    kind: 'negative',
    description: `Havainto ${n}: nuorten asunnottomuus on lisääntynyt.`,
    solutionProposal: '',
    municipality: 'hameenlinna',
    targetGroup: 'young_people',
    reporterType: 'resident',
    contactEmail: null,
    ...overrides,
  };
}

/**
 * The one contract every PublicSubmissionStore passes. Decisions it pins down beyond the types:
 * - Fields are stored as given (the decision, null e-mail and empty proposal included).
 * - A receipt is held once: a second create with it stores nothing, whatever its id.
 * - `listPending` is oldest first, then by id; decided submissions leave it at once.
 * - `save` on a stale version or an unknown id writes nothing.
 */
export function describePublicSubmissionStoreContract(
  name: string,
  makeStore: () => Promise<PublicSubmissionStoreUnderTest>,
): void {
  describe(`PublicSubmissionStore contract: ${name}`, () => {
    let current: PublicSubmissionStoreUnderTest | null = null;
    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });
    const store = (): PublicSubmissionStore => {
      if (current === null) throw new Error('store used outside a test');
      return current.submissions;
    };

    it('stores a submission as given and finds it by id and by receipt', async () => {
      const submission = testSubmission(1, {
        contactEmail: 'asukas@example.invalid',
        solutionProposal: 'Lisää nuorisoasuntoja.\nJa tukea.',
      });
      expect(await store().create(submission)).toBe('created');
      expect(await store().get(submission.id)).toEqual(submission);
      expect(await store().byReceipt(submission.receipt)).toEqual(submission);
      expect(await store().get('nobody')).toBeNull();
      expect(await store().byReceipt('ACDEFGHJKMNP')).toBeNull();
    });

    it('holds a receipt once', async () => {
      const first = testSubmission(1);
      await store().create(first);
      const clash = testSubmission(2, { receipt: first.receipt });
      expect(await store().create(clash)).toBe('receipt_taken');
      expect(await store().get(clash.id)).toBeNull();
      expect(await store().byReceipt(first.receipt)).toEqual(first);
    });

    it('lists the pending ones oldest first, up to the limit', async () => {
      for (const n of [3, 1, 2, 4]) await store().create(testSubmission(n));
      expect((await store().listPending(10)).map((s) => s.id)).toEqual([
        'sub-0001',
        'sub-0002',
        'sub-0003',
        'sub-0004',
      ]);
      expect((await store().listPending(2)).map((s) => s.id)).toEqual(['sub-0001', 'sub-0002']);
    });

    it('saves a decision under the version, and a decided one leaves the queue', async () => {
      const submission = testSubmission(1);
      await store().create(submission);
      await store().create(testSubmission(2));
      const accepted: PublicSubmission = {
        ...submission,
        state: 'accepted',
        updatedAt: '2026-03-11T09:00:00.000Z',
        decision: {
          state: 'accepted',
          at: '2026-03-11T09:00:00.000Z',
          byId: 'u-coordinator',
          byName: 'Kaisa Koordinaattori',
          observationId: 'obs-1',
          serviceArea: 'adult_social_work',
          topic: 'client_needs',
        },
      };
      const saved = await store().save(accepted, 1);
      expect(saved).toEqual({ kind: 'ok', record: { ...accepted, version: 2 } });
      expect(await store().get(submission.id)).toEqual({ ...accepted, version: 2 });
      expect(await store().byReceipt(submission.receipt)).toEqual({ ...accepted, version: 2 });
      expect((await store().listPending(10)).map((s) => s.id)).toEqual(['sub-0002']);
    });

    it('writes nothing on a stale version or an unknown id', async () => {
      const submission = testSubmission(1);
      await store().create(submission);
      const discarded: PublicSubmission = {
        ...submission,
        state: 'discarded',
        decision: {
          state: 'discarded',
          at: submission.createdAt,
          byId: 'u',
          byName: 'U',
          reason: 'roskaa',
        },
      };
      expect(await store().save(discarded, 2)).toEqual({ kind: 'stale', current: submission });
      expect(await store().get(submission.id)).toEqual(submission);
      expect(await store().save({ ...discarded, id: 'nobody' }, 1)).toEqual({ kind: 'not_found' });
    });
  });
}
