import { createSqliteStore } from '../../adapters/sqlite';
import type { ObservationView } from '../observation-view';
import { transitionObservation } from '../transition-observation';
import { actor, fileAs, STAFF, useAppDeps, withNamedSupervisors } from '../testing';
import { exportBoard, type BoardExport } from './export-board';
import type { ExportRow } from './export-columns';

async function rowsOf(board: BoardExport): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for await (const page of board.pages) rows.push(...page);
  return rows;
}

const ids = (rows: readonly ExportRow[]) => rows.map((row) => row[0]);

describe('exportBoard', () => {
  const { deps } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it.each(['reporter', 'editor'] as const)(
    'has nothing for a %s, who has no board',
    async (who) => {
      expect(await exportBoard(deps(), actor(who), {}, 'fi')).toEqual({
        ok: false,
        error: { code: 'forbidden' },
      });
    },
  );

  it('gives a supervisor their areas and what names them; the RAKE group everything', async () => {
    const adults = await fileAs(deps(), 'reporter');
    const children = await fileAs(deps(), 'reporter', { serviceArea: 'child_welfare' });
    const named = await fileAs(withNamedSupervisors(deps()), 'reporter', {
      serviceArea: 'child_welfare',
      supervisorId: STAFF.supervisor.id,
    });

    const supervisor = await exportBoard(deps(), actor('supervisor'), {}, 'fi');
    const rake = await exportBoard(deps(), actor('rakeMember'), {}, 'fi');

    expect(supervisor.ok && ids(await rowsOf(supervisor.value))).toEqual([named.id, adults.id]);
    expect(rake.ok && ids(await rowsOf(rake.value))).toEqual([named.id, children.id, adults.id]);
  });

  it('applies the board’s filters and order, and reads every page', async () => {
    const filed: ObservationView[] = [];
    for (let i = 0; i < 7; i += 1) {
      deps().clock.advanceHours(1);
      filed.push(await fileAs(deps(), 'reporter', { municipality: i % 2 ? 'kuhmo' : 'kajaani' }));
    }
    await transitionObservation(
      deps(),
      actor('supervisor'),
      filed[0]!.id,
      { to: 'in_review' },
      null,
    );

    const kuhmo = await exportBoard(
      deps(),
      actor('rakeMember'),
      { municipality: 'kuhmo', sort: 'filed_asc' },
      'fi',
      { pageSize: 2 },
    );
    const inReview = await exportBoard(
      deps(),
      actor('rakeMember'),
      { status: ['in_review'] },
      'fi',
    );
    const all = await exportBoard(deps(), actor('rakeMember'), {}, 'fi', { pageSize: 3 });

    expect(kuhmo.ok && ids(await rowsOf(kuhmo.value))).toEqual([1, 3, 5].map((i) => filed[i]!.id));
    expect(inReview.ok && ids(await rowsOf(inReview.value))).toEqual([filed[0]!.id]);
    expect(all.ok && ids(await rowsOf(all.value))).toEqual(filed.map((o) => o.id).reverse());
  });

  it('refuses unknown filter values before anything is read', async () => {
    const outcome = await exportBoard(
      deps(),
      actor('rakeMember'),
      { status: ['lost'], municipality: 'atlantis', sort: 'random' },
      'fi',
    );
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'validation',
        problems: [
          { field: 'status', code: 'unknown_choice' },
          { field: 'municipality', code: 'unknown_choice' },
          { field: 'sort', code: 'unknown_choice' },
        ],
      },
    });
  });

  it('reads the next page only when the rows before it have been taken', async () => {
    for (let i = 0; i < 5; i += 1) await fileAs(deps(), 'reporter');
    const reads = jest.spyOn(deps().store, 'listBoard');
    const outcome = await exportBoard(deps(), actor('rakeMember'), {}, 'fi', { pageSize: 2 });
    if (!outcome.ok) throw new Error('refused');
    expect(reads).toHaveBeenCalledTimes(1);

    const pages = outcome.value.pages[Symbol.asyncIterator]();
    await pages.next();
    expect(reads).toHaveBeenCalledTimes(1);
    await pages.next();
    expect(reads).toHaveBeenCalledTimes(2);
    await pages.return?.(undefined);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('names the day it was made in the county’s calendar', async () => {
    deps().clock.set(new Date('2026-11-29T22:30:00.000Z'));
    const outcome = await exportBoard(deps(), actor('rakeMember'), {}, 'fi');
    expect(outcome.ok && outcome.value.madeOn).toEqual({ year: 2026, month: 11, day: 30 });
  });
});
