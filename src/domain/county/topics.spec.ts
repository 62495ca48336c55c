import { TOPICS } from './topics';

describe('TOPICS', () => {
  it('are Kymenlaakso’s six, in the plan’s order', () => {
    expect(TOPICS.map((t) => t.id)).toEqual([
      'client_needs',
      'social_wellbeing',
      'service_system',
      'weak_signals',
      'good_practices',
      'action_proposals',
    ]);
  });

  it('have a label in every language', () => {
    for (const { label } of TOPICS) {
      for (const text of [label.fi, label.sv, label.en]) expect(text.trim()).not.toBe('');
    }
  });

  it('use the plan’s words in Finnish', () => {
    expect(TOPICS.find((t) => t.id === 'weak_signals')?.label.fi).toContain('heikot signaalit');
  });
});
