import { COUNTY_IDS } from './county-config';

describe('COUNTY_IDS', () => {
  it('are the values RAKE_COUNTY accepts', () => {
    expect(COUNTY_IDS).toEqual(['kainuu', 'kymenlaakso', 'kanta-hame', 'pohde']);
  });
});
