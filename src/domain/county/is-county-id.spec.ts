import { isCountyId } from './is-county-id';

describe('isCountyId', () => {
  it.each(['kainuu', 'kymenlaakso', 'kanta-hame', 'pohde'])('knows %s', (id) => {
    expect(isCountyId(id)).toBe(true);
  });

  it.each(['Kainuu', 'kanta-häme', 'pohjois-pohjanmaa', '', undefined, null, 3])(
    'refuses %p',
    (value) => {
      expect(isCountyId(value)).toBe(false);
    },
  );
});
