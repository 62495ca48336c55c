import { createSqliteStore } from '../adapters/sqlite';
import { listMyObservations, MINE_LIMIT } from './list-my-observations';
import { actor, fileAs, STAFF, useAppDeps } from './testing';

describe('my reports, a page at a time', () => {
  const { deps } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  const fileSeveral = async (count: number) => {
    const filed = [];
    for (let i = 0; i < count; i += 1) {
      deps().clock.advanceHours(1);
      filed.push(
        i % 2 === 0
          ? await fileAs(deps(), 'reporter')
          : await fileAs(deps(), 'colleague', { coReporterIds: [STAFF.reporter.id] }),
      );
    }
    return filed.reverse().map((o) => o.id);
  };

  it('gives pages of `limit`, newest first, co-reported included, until nextCursor is null', async () => {
    const newest = await fileSeveral(5);
    const first = await listMyObservations(deps(), actor('reporter'), { limit: 2 });
    if (!first.ok) throw new Error('first page refused');
    const second = await listMyObservations(deps(), actor('reporter'), {
      limit: 2,
      cursor: first.value.nextCursor ?? '',
    });
    if (!second.ok) throw new Error('second page refused');
    const third = await listMyObservations(deps(), actor('reporter'), {
      limit: 2,
      cursor: second.value.nextCursor ?? '',
    });
    if (!third.ok) throw new Error('third page refused');

    expect(
      [first, second, third].flatMap((p) => (p.ok ? p.value.items.map((o) => o.id) : [])),
    ).toEqual(newest);
    expect(third.value.nextCursor).toBeNull();
  });

  it(`gives ${MINE_LIMIT.default} by default`, async () => {
    expect(MINE_LIMIT).toEqual({ min: 1, max: 200, default: 50 });
    await fileSeveral(3);
    const page = await listMyObservations(deps(), actor('reporter'));
    expect(page.ok && page.value.items).toHaveLength(3);
    expect(page.ok && page.value.nextCursor).toBeNull();
  });

  it.each([
    [{ limit: 0 }, { field: 'limit', code: 'out_of_range', limit: 1 }],
    [{ limit: 201 }, { field: 'limit', code: 'out_of_range', limit: 200 }],
    [{ limit: 2.5 }, { field: 'limit', code: 'out_of_range', limit: 200 }],
    [{ cursor: 'not-ours' }, { field: 'cursor', code: 'invalid_type' }],
    [{ cursor: 'x'.repeat(501) }, { field: 'cursor', code: 'too_long', limit: 500 }],
  ])('refuses %p', async (filters, problem) => {
    expect(await listMyObservations(deps(), actor('reporter'), filters)).toEqual({
      ok: false,
      error: { code: 'validation', problems: [problem] },
    });
  });
});
