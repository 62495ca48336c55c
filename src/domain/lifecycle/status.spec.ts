import { RETURN_REASONS, STATUSES } from './status';

describe('statuses', () => {
  it('are the six of the lifecycle, received first', () => {
    expect(STATUSES).toEqual([
      'received',
      'in_review',
      'forwarded',
      'action_proposed',
      'closed',
      'returned',
    ]);
  });

  it('come with the reasons for returning a report', () => {
    expect(RETURN_REASONS).toEqual(['spro_haipro', 'own_unit', 'not_structural', 'other']);
  });
});
