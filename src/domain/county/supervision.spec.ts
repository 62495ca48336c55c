import {
  administeredAreas,
  areasOfGroups,
  assignedAreasAtSignIn,
  EMPTY_SUPERVISION,
  readSupervision,
  withAreaSaved,
} from './supervision';

const G1 = '11111111-1111-4111-8111-111111111111';
const G2 = '22222222-2222-4222-8222-222222222222';

describe('supervision saved in the app', () => {
  it('maps Entra groups to the areas their members supervise', () => {
    let s = withAreaSaved(EMPTY_SUPERVISION, 'adults', [G1.toUpperCase()]);
    s = withAreaSaved(s, 'families', [G1, G2]);
    expect(areasOfGroups(s, [G1])).toEqual(['adults', 'families']);
    expect(areasOfGroups(s, [G2, 'other'])).toEqual(['families']);
    expect(areasOfGroups(s, [])).toEqual([]);
    // Saving the staff alone keeps the area's groups.
    expect(withAreaSaved(s, 'adults', undefined).areas['adults']).toEqual({ groupIds: [G1] });
    expect([...administeredAreas(s)].sort()).toEqual(['adults', 'families']);
  });

  it('reads an unusable stored document as empty', () => {
    expect(readSupervision({ areas: 'x' })).toEqual(EMPTY_SUPERVISION);
    expect(readSupervision(null)).toEqual(EMPTY_SUPERVISION);
  });

  describe('the areas assigned at sign-in', () => {
    it('without RAKE_SUPERVISOR_AREAS: the directory’s', () => {
      expect(
        assignedAreasAtSignIn({ stored: ['a', 'b'], bootstrap: null, administered: new Set() }),
      ).toEqual(['a', 'b']);
    });

    it('with it: the bootstrap for areas no admin saved, the directory’s for the others', () => {
      expect(
        assignedAreasAtSignIn({
          // `a` was the bootstrap's and is no more; `b` the admin gave; `c` the admin took away.
          stored: ['a', 'b'],
          bootstrap: ['c', 'd'],
          administered: new Set(['b', 'c']),
        }),
      ).toEqual(['b', 'd']);
    });

    it('someone left out of RAKE_SUPERVISOR_AREAS keeps only what the admin saved', () => {
      expect(
        assignedAreasAtSignIn({ stored: ['a', 'b'], bootstrap: [], administered: new Set(['b']) }),
      ).toEqual(['b']);
    });
  });
});
