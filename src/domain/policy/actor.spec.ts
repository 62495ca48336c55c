import { ROLES } from './actor';

describe('ROLES', () => {
  it('are the roles of the API’s X-Dev-Roles header, in that order', () => {
    expect(ROLES).toEqual([
      'reporter',
      'supervisor',
      'rake_member',
      'rake_coordinator',
      'editor',
      'admin',
    ]);
  });
});
