import { isCounted, RETURN_REASONS, STATUSES } from './status';

describe('statuses', () => {
  it("are the six of the lifecycle, received first, and the reporter's withdrawn", () => {
    expect(STATUSES).toEqual([
      'received',
      'in_review',
      'forwarded',
      'action_proposed',
      'closed',
      'returned',
      'withdrawn',
    ]);
  });

  it('come with the reasons for returning a report', () => {
    expect(RETURN_REASONS).toEqual(['spro_haipro', 'own_unit', 'not_structural', 'other']);
  });
});

describe('isCounted', () => {
  it('counts every status but withdrawn', () => {
    expect(STATUSES.filter((status) => !isCounted({ status }))).toEqual(['withdrawn']);
  });
});
