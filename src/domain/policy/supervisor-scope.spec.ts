import type { Actor, Role } from './actor';
import { isSupervisorInScope } from './supervisor-scope';

const actor = (roles: Role[], serviceAreas: string[]): Actor => ({
  id: 'sup-1',
  name: 'Sanna Esihenkilö',
  email: null,
  roles,
  serviceAreas,
});

describe('isSupervisorInScope', () => {
  it('covers the supervisor’s service areas', () => {
    const who = actor(['supervisor'], ['child_welfare', 'family_services']);
    expect(isSupervisorInScope(who, { serviceArea: 'family_services', supervisorId: null })).toBe(
      true,
    );
    expect(isSupervisorInScope(who, { serviceArea: 'older_people', supervisorId: null })).toBe(
      false,
    );
  });

  it('covers observations that name the supervisor, in any service area', () => {
    const who = actor(['supervisor'], []);
    expect(isSupervisorInScope(who, { serviceArea: 'older_people', supervisorId: 'sup-1' })).toBe(
      true,
    );
    expect(isSupervisorInScope(who, { serviceArea: 'older_people', supervisorId: 'sup-2' })).toBe(
      false,
    );
  });

  it('needs the supervisor role: service areas or being named are not enough alone', () => {
    const who = actor(['reporter', 'rake_member'], ['child_welfare']);
    expect(isSupervisorInScope(who, { serviceArea: 'child_welfare', supervisorId: 'sup-1' })).toBe(
      false,
    );
  });
});
