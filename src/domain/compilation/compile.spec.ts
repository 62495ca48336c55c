import { createTestData } from '../../ports/testing/observation-builder';
import { compile, inScope, previousRange } from './compile';
import { validateCompilationRequest } from './validate-compilation';

const data = createTestData();
const scope = {
  period: null,
  from: '2026-10-01',
  to: '2026-12-31',
  previousFrom: '2026-07-01',
  previousTo: '2026-09-30',
  serviceArea: null,
};

describe('compile', () => {
  it('counts every list, the feedback figures and the phenomena against the previous period', () => {
    const day = 86_400_000;
    const at = (iso: string, plusDays: number | null) => ({
      createdAt: iso,
      firstAnsweredAt:
        plusDays === null ? null : new Date(Date.parse(iso) + plusDays * day).toISOString(),
    });
    const a = data.observation({
      ...at('2026-10-02T08:00:00.000Z', 1),
      municipality: 'kajaani',
      status: 'forwarded',
    });
    const b = data.observation({
      ...at('2026-10-03T08:00:00.000Z', 4),
      municipality: 'kajaani',
      status: 'closed',
    });
    const c = data.observation({
      ...at('2026-11-03T08:00:00.000Z', null),
      municipality: 'sotkamo',
    });
    const old = data.observation({ createdAt: '2026-08-01T08:00:00.000Z' });
    const compilation = compile({
      id: 'c1',
      scope,
      observations: [a, b, c],
      previous: [old],
      phenomena: [
        { id: 'p1', title: 'Häätöuhat' },
        { id: 'p2', title: 'Ei tällä kaudella' },
        { id: 'p3', title: 'Ei koskaan' },
      ],
      links: [
        { phenomenonId: 'p1', observationId: a.id },
        { phenomenonId: 'p1', observationId: c.id },
        { phenomenonId: 'p2', observationId: old.id },
      ],
      createdBy: { id: 'u', name: 'U' },
      createdAt: '2027-01-02T08:00:00.000Z',
    });
    expect(compilation.total).toBe(3);
    expect(compilation.byMunicipality).toEqual([
      { id: 'kajaani', count: 2 },
      { id: 'sotkamo', count: 1 },
    ]);
    expect(compilation.answered).toBe(2);
    expect(compilation.medianDaysToFirstFeedback).toBe(2.5);
    expect(compilation.phenomena).toEqual([
      { id: 'p1', title: 'Häätöuhat', count: 2, previousCount: 0, observationIds: [c.id, a.id] },
      { id: 'p2', title: 'Ei tällä kaudella', count: 0, previousCount: 1, observationIds: [] },
    ]);
    expect(compilation.observations.map((o) => o.id)).toEqual([c.id, b.id, a.id]);
    expect(compilation.observations[0]).not.toHaveProperty('reporterName');
  });

  it('has no median without answers', () => {
    const compilation = compile({
      id: 'c2',
      scope,
      observations: [data.observation({ firstAnsweredAt: null })],
      previous: [],
      phenomena: [],
      links: [],
      createdBy: { id: 'u', name: 'U' },
      createdAt: '2027-01-02T08:00:00.000Z',
    });
    expect(compilation.medianDaysToFirstFeedback).toBeNull();
  });
});

describe('ranges', () => {
  it('takes the same number of days just before', () => {
    expect(previousRange('2026-03-01', '2026-03-31')).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
    });
    expect(previousRange('2026-01-01', '2026-01-01')).toEqual({
      from: '2025-12-31',
      to: '2025-12-31',
    });
  });

  it('judges the filing day in county time', () => {
    // 22.30 UTC on 30 September is 1 October in Helsinki.
    const late = { createdAt: '2026-09-30T22:30:00.000Z', serviceArea: 'a' };
    expect(
      inScope(late, { from: '2026-10-01', to: '2026-10-31', serviceArea: null }, 'Europe/Helsinki'),
    ).toBe(true);
    expect(
      inScope(late, { from: '2026-10-01', to: '2026-10-31', serviceArea: 'b' }, 'Europe/Helsinki'),
    ).toBe(false);
  });

  it('reads a request as a period or two dates, never both', () => {
    expect(validateCompilationRequest({ period: '2026-Q4' })).toEqual({
      ok: true,
      value: { kind: 'period', period: '2026-Q4', serviceArea: null },
    });
    expect(validateCompilationRequest({ period: '2026-Q4', from: '2026-10-01' })).toMatchObject({
      ok: false,
    });
    expect(validateCompilationRequest({ from: '2026-10-01' })).toMatchObject({
      ok: false,
      error: [{ field: 'to', code: 'required' }],
    });
    expect(validateCompilationRequest({ from: '2024-01-01', to: '2026-10-01' })).toMatchObject({
      ok: false,
      error: [{ field: 'to', code: 'out_of_range' }],
    });
  });
});
