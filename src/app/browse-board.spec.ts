import { createSqliteStore } from '../adapters/sqlite';
import { browseBoard } from './browse-board';
import { transitionObservation } from './transition-observation';
import { actor, fileAs, STAFF, useAppDeps, withNamedSupervisors } from './testing';

describe('browseBoard', () => {
  const { deps } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it.each(['reporter', 'editor'] as const)('has no board for a %s', async (who) => {
    expect(await browseBoard(deps(), actor(who), {})).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('shows a supervisor their service areas and what names them; the RAKE group sees all', async () => {
    const adults = await fileAs(deps(), 'reporter');
    const children = await fileAs(deps(), 'reporter', { serviceArea: 'child_welfare' });
    const named = await fileAs(withNamedSupervisors(deps()), 'reporter', {
      serviceArea: 'child_welfare',
      supervisorId: STAFF.supervisor.id,
    });

    const supervisor = await browseBoard(deps(), actor('supervisor'), {});
    const rake = await browseBoard(deps(), actor('rakeMember'), {});

    expect(supervisor.ok && supervisor.value.items.map((o) => o.id)).toEqual([named.id, adults.id]);
    expect(rake.ok && rake.value.items.map((o) => o.id)).toEqual([
      named.id,
      children.id,
      adults.id,
    ]);
  });

  it('marks what nobody answers for: no supervisor named and none in its service area', async () => {
    const answered = await fileAs(deps(), 'reporter');
    const unrouted = await fileAs(deps(), 'reporter', { serviceArea: 'immigrant_services' });
    const named = await fileAs(withNamedSupervisors(deps()), 'reporter', {
      serviceArea: 'immigrant_services',
      supervisorId: STAFF.supervisor.id,
    });
    const board = await browseBoard(deps(), actor('coordinator'), {});
    expect(board.ok && board.value.items.map((o) => o.id).sort()).toEqual(
      [answered.id, unrouted.id, named.id].sort(),
    );
    expect(board.ok && board.value.unroutedIds).toEqual([unrouted.id]);
  });

  it('filters by status, place and text, and pages with a cursor', async () => {
    const a = await fileAs(deps(), 'reporter');
    const b = await fileAs(deps(), 'reporter', { municipality: 'kuhmo' });
    const c = await fileAs(deps(), 'reporter', {
      description: 'Yksinäisyys lisääntyy syrjäkylillä.',
    });
    await transitionObservation(deps(), actor('supervisor'), a.id, { to: 'in_review' }, null);

    const inReview = await browseBoard(deps(), actor('rakeMember'), { status: ['in_review'] });
    const kuhmo = await browseBoard(deps(), actor('rakeMember'), { municipality: 'kuhmo' });
    const text = await browseBoard(deps(), actor('rakeMember'), { q: 'YKSINÄISYYS' });
    const first = await browseBoard(deps(), actor('rakeMember'), { limit: 2 });
    const cursor = (first.ok && first.value.nextCursor) || undefined;
    const second = await browseBoard(deps(), actor('rakeMember'), { limit: 2, cursor });

    expect(inReview.ok && inReview.value.items.map((o) => o.id)).toEqual([a.id]);
    expect(kuhmo.ok && kuhmo.value.items.map((o) => o.id)).toEqual([b.id]);
    expect(text.ok && text.value.items.map((o) => o.id)).toEqual([c.id]);
    expect(first.ok && first.value.items.map((o) => o.id)).toEqual([c.id, b.id]);
    expect(second.ok && second.value).toMatchObject({ nextCursor: null, items: [{ id: a.id }] });
  });

  it('refuses unknown filter values rather than showing nothing', async () => {
    const outcome = await browseBoard(deps(), actor('rakeMember'), {
      status: ['received', 'lost'],
      serviceArea: 'nowhere',
      period: '2026-Q9',
      limit: 101,
    });
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'validation',
        problems: [
          { field: 'status', code: 'unknown_choice' },
          { field: 'serviceArea', code: 'unknown_choice' },
          { field: 'period', code: 'unknown_choice' },
          { field: 'limit', code: 'out_of_range', limit: 100 },
        ],
      },
    });
  });

  it('refuses a cursor the store did not issue', async () => {
    const outcome = await browseBoard(deps(), actor('rakeMember'), { cursor: 'made-up' });
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'validation', problems: [{ field: 'cursor', code: 'invalid_type' }] },
    });
  });

  it("gives the period's median wait for a first answer, counting the unanswered", async () => {
    const answered = await fileAs(deps(), 'reporter');
    await fileAs(deps(), 'reporter');
    deps().clock.advanceHours(10);
    await transitionObservation(
      deps(),
      actor('supervisor'),
      answered.id,
      { to: 'in_review' },
      null,
    );
    deps().clock.advanceHours(20);

    const outcome = await browseBoard(deps(), actor('supervisor'), {});

    // Answered after 10 h; the other has waited 30 h so far: the median is 20 h.
    expect(outcome.ok && outcome.value).toMatchObject({
      medianHoursToFirstAnswer: 20,
      period: { id: '2026-Q1', start: '2026-01-01', end: '2026-03-31' },
    });
  });

  it('gives the median of the filtered period, null when it had nothing', async () => {
    await fileAs(deps(), 'reporter');
    const outcome = await browseBoard(deps(), actor('supervisor'), { period: '2025-Q4' });
    expect(outcome.ok && outcome.value).toMatchObject({
      items: [],
      medianHoursToFirstAnswer: null,
      period: { id: '2025-Q4' },
    });
  });
});
