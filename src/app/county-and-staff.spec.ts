import { createSqliteStore } from '../adapters/sqlite';
import { describeCounty } from './describe-county';
import { listStaff } from './list-staff';
import { STAFF, useAppDeps } from './testing';

describe('describeCounty and listStaff', () => {
  const { deps } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it("describes the county's lists, periods and labels in three languages", () => {
    const described = describeCounty(deps());
    expect(described).toMatchObject({
      county: { id: 'kainuu', name: { fi: 'Kainuun hyvinvointialue' } },
      currentPeriod: { id: '2026-Q1' },
      limits: { text: 20_000 },
      supervisorNamedByReporter: false,
      timeZone: 'Europe/Helsinki',
    });
    expect(described.periods[0]).toEqual(described.currentPeriod);
    expect(described.statuses).toContainEqual({
      id: 'in_review',
      label: { fi: 'Käsittelyssä', sv: 'Under behandling', en: 'In review' },
    });
    expect(described.triageFields).toHaveLength(10);
    expect(described.municipalities.map((m) => m.id)).toContain('kajaani');
  });

  it('lists supervisors of a service area for the picker, without roles', async () => {
    const outcome = await listStaff(deps(), {
      role: 'supervisor',
      serviceArea: 'adult_social_work',
    });
    expect(outcome).toEqual({
      ok: true,
      value: [{ id: STAFF.supervisor.id, name: STAFF.supervisor.name, title: null }],
    });
  });

  it('lists everyone as a reporter, sorted by name', async () => {
    const outcome = await listStaff(deps(), { role: 'reporter' });
    const names = outcome.ok ? outcome.value.map((m) => m.name) : [];
    expect(names).toHaveLength(Object.keys(STAFF).length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fi')));
  });

  it('refuses an unknown role or service area', async () => {
    expect(await listStaff(deps(), { role: 'boss', serviceArea: 'moon' })).toEqual({
      ok: false,
      error: {
        code: 'validation',
        problems: [
          { field: 'role', code: 'unknown_choice' },
          { field: 'serviceArea', code: 'unknown_choice' },
        ],
      },
    });
  });
});
