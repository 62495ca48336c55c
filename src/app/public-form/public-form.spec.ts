import { createSqliteStore } from '../../adapters/sqlite';
import { MIN_FILL_MS } from '../../domain/public-form/bot-check';
import { actor, STAFF, T0, useAppDeps, VALID_HETU } from '../testing';
import { transitionObservation } from '../transition-observation';
import {
  acceptPublicSubmission,
  discardPublicSubmission,
  listPublicQueue,
  publicStatus,
  submitPublicObservation,
} from '.';

const form = (overrides: Record<string, unknown> = {}) => ({
  kind: 'negative',
  description: 'Nuorten asunnottomuus on lisääntynyt Kajaanissa tänä vuonna.',
  solutionProposal: 'Lisää tuettuja nuorisoasuntoja.',
  municipality: 'kajaani',
  targetGroup: 'young_people',
  reporterType: 'resident',
  startedAt: T0.getTime() - 60_000,
  ...overrides,
});

describe('the public form', () => {
  const fixture = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));
  const deps = () => {
    const made = fixture.deps();
    return { ...made, county: { ...made.county, publicForm: true } };
  };
  const submit = async (overrides: Record<string, unknown> = {}) => {
    const outcome = await submitPublicObservation(deps(), form(overrides));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    return outcome.value;
  };
  const queue = async () => {
    const listed = await listPublicQueue(deps(), actor('coordinator'));
    if (!listed.ok) throw new Error(JSON.stringify(listed.error));
    return listed.value.items;
  };
  const outboxRecipients = () =>
    (
      fixture.store().database.prepare('SELECT recipient FROM outbox').all() as {
        recipient: string;
      }[]
    ).map((row) => row.recipient.replace(/^user:/, ''));

  it('is not there while the county has it off', async () => {
    const off = fixture.deps();
    expect(await submitPublicObservation(off, form())).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await publicStatus(off, 'ACDEFGHJKMNP')).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('queues a submission, gives a receipt whose status is received, and keeps no receipt in the queue', async () => {
    const { receipt, stored, warnings } = await submit();
    expect(stored).toBe(true);
    expect(warnings).toEqual([]);
    expect(receipt).toMatch(/^[A-Z0-9]{12}$/);
    expect(await publicStatus(deps(), receipt.toLowerCase())).toEqual({
      ok: true,
      value: { receipt, status: 'received', submittedAt: T0.toISOString() },
    });
    const items = await queue();
    expect(items).toEqual([
      expect.objectContaining({ reporterType: 'resident', state: 'pending', contactEmail: null }),
    ]);
    expect(JSON.stringify(items)).not.toContain(receipt);
    // Queued only: nobody is told until the coordinator accepts it.
    expect(outboxRecipients()).toEqual([]);
  });

  it('refuses an identity code before anything else, and warns of other personal data', async () => {
    expect(
      await submitPublicObservation(deps(), form({ description: `Asiakas ${VALID_HETU}` })),
    ).toEqual({
      ok: false,
      error: {
        code: 'personal_data',
        refusals: [{ field: 'description', kind: 'personal_identity_code' }],
      },
    });
    const warned = await submit({ solutionProposal: 'Soittakaa numeroon 040 123 4567.' });
    expect(warned.warnings).toEqual([{ field: 'solutionProposal', kind: 'phone_number' }]);
    expect(await queue()).toHaveLength(1);
  });

  it('answers a bot as if accepted, and stores nothing', async () => {
    const honeypot = await submit({ website: 'http://spam.example' });
    const tooFast = await submit({ startedAt: T0.getTime() - MIN_FILL_MS + 1 });
    for (const answer of [honeypot, tooFast]) {
      expect(answer.stored).toBe(false);
      expect(answer.receipt).toMatch(/^[A-Z0-9]{12}$/);
      expect(await publicStatus(deps(), answer.receipt)).toEqual({
        ok: false,
        error: { code: 'not_found' },
      });
    }
    expect(await queue()).toEqual([]);
  });

  it('lets only the coordinator and admins see and decide the queue', async () => {
    await submit();
    const [item] = await queue();
    for (const who of ['reporter', 'supervisor', 'rakeMember', 'editor'] as const) {
      expect(await listPublicQueue(deps(), actor(who))).toEqual({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await acceptPublicSubmission(deps(), actor(who), item!.id, {})).toEqual({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect((await listPublicQueue(deps(), actor('admin'))).ok).toBe(true);
  });

  it('accepts one into the normal flow: routed, notified, and the status page follows it', async () => {
    const { receipt } = await submit();
    const [item] = await queue();
    const accepted = await acceptPublicSubmission(deps(), actor('coordinator'), item!.id, {
      serviceArea: 'adult_social_work',
      topic: 'client_needs',
    });
    expect(accepted.ok && accepted.value).toMatchObject({
      source: 'public',
      status: 'received',
      serviceArea: 'adult_social_work',
      reporterName: 'Asukas (julkinen lomake)',
      createdAt: T0.toISOString(),
      description: item!.description,
    });
    if (!accepted.ok) return;
    expect(outboxRecipients()).toEqual([STAFF.supervisor.id]);
    expect(await queue()).toEqual([]);
    expect(await publicStatus(deps(), receipt)).toMatchObject({
      ok: true,
      value: { status: 'in_handling' },
    });

    // Decided once: a second accept or a discard is refused.
    const again = await acceptPublicSubmission(deps(), actor('admin'), item!.id, {
      serviceArea: 'child_welfare',
      topic: 'client_needs',
    });
    expect(again).toEqual({ ok: false, error: { code: 'already_decided' } });
    expect(
      await discardPublicSubmission(deps(), actor('admin'), item!.id, { reason: 'Ei' }),
    ).toEqual({
      ok: false,
      error: { code: 'already_decided' },
    });

    // The supervisor closes it: the page says so, and no one is told through the bot.
    for (const [to, version] of [
      ['in_review', 1],
      ['closed', 2],
    ] as const) {
      const moved = await transitionObservation(
        deps(),
        actor('supervisor'),
        accepted.value.id,
        { to, feedback: 'Käsitelty yhdessä RAKE-työryhmän kanssa.' },
        version,
      );
      expect(moved.ok).toBe(true);
    }
    expect(outboxRecipients()).toEqual([STAFF.supervisor.id]);
    expect(await publicStatus(deps(), receipt)).toMatchObject({
      ok: true,
      value: { status: 'closed' },
    });
  });

  it('needs a service area and a topic the county offers to accept', async () => {
    await submit();
    const [item] = await queue();
    expect(
      await acceptPublicSubmission(deps(), actor('coordinator'), item!.id, {
        serviceArea: 'nowhere',
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'validation',
        problems: [
          { field: 'serviceArea', code: 'unknown_choice' },
          { field: 'topic', code: 'required' },
        ],
      },
    });
    expect(await acceptPublicSubmission(deps(), actor('coordinator'), 'nope', {})).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('completes an accept cut short between the decision and the observation', async () => {
    await submit();
    const [item] = await queue();
    const submissions = fixture.store().publicSubmissions;
    const current = await submissions.get(item!.id);
    const decision = {
      state: 'accepted' as const,
      at: T0.toISOString(),
      byId: STAFF.coordinator.id,
      byName: STAFF.coordinator.name,
      observationId: 'obs-cut-short',
      serviceArea: 'child_welfare',
      topic: 'client_needs',
    };
    await submissions.save({ ...current!, state: 'accepted', decision }, current!.version);
    const completed = await acceptPublicSubmission(deps(), actor('coordinator'), item!.id, {});
    expect(completed.ok && completed.value).toMatchObject({
      id: 'obs-cut-short',
      serviceArea: 'child_welfare',
    });
    expect(await acceptPublicSubmission(deps(), actor('coordinator'), item!.id, {})).toEqual({
      ok: false,
      error: { code: 'already_decided' },
    });
  });

  it('discards one with a reason the public never sees', async () => {
    const { receipt } = await submit();
    const [item] = await queue();
    expect(
      await discardPublicSubmission(deps(), actor('coordinator'), item!.id, { reason: '' }),
    ).toEqual({
      ok: false,
      error: { code: 'validation', problems: [{ field: 'reason', code: 'required' }] },
    });
    expect(
      await discardPublicSubmission(deps(), actor('coordinator'), item!.id, { reason: VALID_HETU }),
    ).toMatchObject({ ok: false, error: { code: 'personal_data' } });
    const discarded = await discardPublicSubmission(deps(), actor('coordinator'), item!.id, {
      reason: 'Yksittäinen asia, ei rakenteellinen ilmiö.',
    });
    expect(discarded.ok && discarded.value.state).toBe('discarded');
    const status = await publicStatus(deps(), receipt);
    expect(status).toEqual({
      ok: true,
      value: { receipt, status: 'not_taken_forward', submittedAt: T0.toISOString() },
    });
    expect(JSON.stringify(status)).not.toContain('rakenteellinen');
    expect(await queue()).toEqual([]);
  });
});
