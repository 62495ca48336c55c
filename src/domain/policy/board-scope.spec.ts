import { isInBoardScope, type BoardScope } from './board-scope';

describe('isInBoardScope', () => {
  const supervisor: BoardScope = {
    kind: 'supervisor',
    supervisorId: 'u-sirpa',
    serviceAreas: ['adult_social_work', 'elderly'],
  };

  it('puts everything on the county-wide board', () => {
    expect(isInBoardScope({ kind: 'all' }, { serviceArea: 'x', supervisorId: null })).toBe(true);
  });

  it('shows a supervisor their service areas and what names them, nothing else', () => {
    expect(isInBoardScope(supervisor, { serviceArea: 'elderly', supervisorId: null })).toBe(true);
    expect(
      isInBoardScope(supervisor, { serviceArea: 'child_welfare', supervisorId: 'u-sirpa' }),
    ).toBe(true);
    expect(
      isInBoardScope(supervisor, { serviceArea: 'child_welfare', supervisorId: 'u-other' }),
    ).toBe(false);
    expect(
      isInBoardScope(
        { ...supervisor, serviceAreas: [] },
        { serviceArea: 'elderly', supervisorId: null },
      ),
    ).toBe(false);
  });
});
