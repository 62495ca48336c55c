import { TARGET_GROUPS } from './target-groups';

describe('TARGET_GROUPS', () => {
  it('has unique snake_case ids and a label in every language', () => {
    for (const { id, label } of TARGET_GROUPS) {
      expect(id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      for (const text of [label.fi, label.sv, label.en]) expect(text.trim()).not.toBe('');
    }
    expect(new Set(TARGET_GROUPS.map((t) => t.id)).size).toBe(TARGET_GROUPS.length);
  });

  it('covers the main groups, with a way out for the rest', () => {
    expect(TARGET_GROUPS.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'children_families',
        'young_people',
        'working_age',
        'older_people',
        'people_with_disabilities',
        'immigrants',
        'other',
      ]),
    );
  });
});
