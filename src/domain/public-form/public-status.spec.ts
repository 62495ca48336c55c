import { publicStatusOf } from './public-status';

describe('publicStatusOf', () => {
  it('is received while waiting and not taken forward once discarded', () => {
    expect(publicStatusOf({ state: 'pending' }, null)).toBe('received');
    expect(publicStatusOf({ state: 'discarded' }, null)).toBe('not_taken_forward');
  });

  it('follows the observation an accepted submission became', () => {
    expect(publicStatusOf({ state: 'accepted' }, null)).toBe('received');
    expect(publicStatusOf({ state: 'accepted' }, 'received')).toBe('in_handling');
    expect(publicStatusOf({ state: 'accepted' }, 'in_review')).toBe('in_handling');
    expect(publicStatusOf({ state: 'accepted' }, 'returned')).toBe('in_handling');
    expect(publicStatusOf({ state: 'accepted' }, 'action_proposed')).toBe('action_proposed');
    expect(publicStatusOf({ state: 'accepted' }, 'closed')).toBe('closed');
    expect(publicStatusOf({ state: 'accepted' }, 'withdrawn')).toBe('not_taken_forward');
  });
});
