import { OBSERVATION_KINDS } from './observation';

describe('OBSERVATION_KINDS', () => {
  it('are Kainuu’s three kinds of phenomenon', () => {
    expect(OBSERVATION_KINDS).toEqual(['negative', 'positive', 'other']);
  });
});
