import type { Observation } from '../observation/observation';
import { EMPTY_TRIAGE } from '../triage/triage-record';
import { ROLES, type Actor, type Role } from './actor';
import { boardScopeOf, canTriage, canView, isOwnObservation } from './policy';

const ME = 'user-1';

function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    id: 'obs-1',
    kind: 'positive',
    description: 'Perhetyön ryhmät ovat vähentäneet yksinäisyyttä.',
    solutionProposal: '',
    topic: 'good_practices',
    serviceArea: 'family_services',
    municipality: 'kotka',
    targetGroup: 'children_families',
    supervisorId: null,
    coReporterIds: [],
    reporterId: 'someone-else',
    reporterName: 'Olli Omaraportoija',
    createdAt: '2026-02-02T09:00:00.000Z',
    period: '2026-H1',
    status: 'received',
    firstAnsweredAt: null,
    updatedAt: '2026-02-02T09:00:00.000Z',
    version: 1,
    triage: EMPTY_TRIAGE,
    ...overrides,
  };
}

const actor = (roles: Role[], serviceAreas: string[] = []): Actor => ({
  id: ME,
  name: 'Testi Henkilö',
  email: 'testi@example.invalid',
  roles,
  serviceAreas,
});

/** Relations an actor can have to an observation, each as its own fixture. */
const RELATIONS = {
  own: observation({ reporterId: ME }),
  coReported: observation({ coReporterIds: ['x', ME] }),
  inServiceArea: observation({ serviceArea: 'child_welfare' }),
  namesMe: observation({ supervisorId: ME, serviceArea: 'older_people' }),
  unrelated: observation({ serviceArea: 'older_people' }),
} as const;
type Relation = keyof typeof RELATIONS;
const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/** Expected answers, one row per role; the supervisor answers for child_welfare. */
const VIEW: Record<Role, readonly Relation[]> = {
  reporter: ['own', 'coReported'],
  editor: ['own', 'coReported'],
  supervisor: ['own', 'coReported', 'inServiceArea', 'namesMe'],
  rake_member: RELATION_NAMES,
  rake_coordinator: RELATION_NAMES,
  admin: RELATION_NAMES,
};
const TRIAGE: Record<Role, readonly Relation[]> = {
  reporter: [],
  editor: [],
  supervisor: ['inServiceArea', 'namesMe'],
  rake_member: RELATION_NAMES,
  rake_coordinator: RELATION_NAMES,
  admin: RELATION_NAMES,
};

const matrix = ROLES.flatMap((role) => RELATION_NAMES.map((relation) => [role, relation] as const));

describe('canView matrix (role × relation)', () => {
  it.each(matrix)('%s / %s', (role, relation) => {
    const who = actor([role], ['child_welfare']);
    expect(canView(who, RELATIONS[relation])).toBe(VIEW[role].includes(relation));
  });
});

describe('canTriage matrix (role × relation)', () => {
  it.each(matrix)('%s / %s', (role, relation) => {
    const who = actor([role], ['child_welfare']);
    expect(canTriage(who, RELATIONS[relation])).toBe(TRIAGE[role].includes(relation));
  });

  it('does not let a reporter triage their own observation', () => {
    expect(canTriage(actor(['reporter']), RELATIONS.own)).toBe(false);
  });

  it('combines roles: a supervisor who is also a RAKE member triages anything', () => {
    expect(canTriage(actor(['supervisor', 'rake_member']), RELATIONS.unrelated)).toBe(true);
  });
});

describe('boardScopeOf', () => {
  it.each([
    ['reporter', null],
    ['editor', null],
    ['supervisor', { kind: 'supervisor', supervisorId: ME, serviceAreas: ['child_welfare'] }],
    ['rake_member', { kind: 'all' }],
    ['rake_coordinator', { kind: 'all' }],
    ['admin', { kind: 'all' }],
  ] as const)('%s → %p', (role, expected) => {
    expect(boardScopeOf(actor([role], ['child_welfare']))).toEqual(expected);
  });

  it('gives the county-wide scope when a supervisor also holds a RAKE role', () => {
    expect(boardScopeOf(actor(['supervisor', 'rake_coordinator'], ['x']))).toEqual({ kind: 'all' });
  });

  it('gives a reporter-and-editor no board', () => {
    expect(boardScopeOf(actor(['reporter', 'editor']))).toBeNull();
  });
});

describe('isOwnObservation', () => {
  it('is true for the reporter and co-reporters only', () => {
    expect(isOwnObservation(actor([]), RELATIONS.own)).toBe(true);
    expect(isOwnObservation(actor([]), RELATIONS.coReported)).toBe(true);
    expect(isOwnObservation(actor([]), RELATIONS.namesMe)).toBe(false);
  });
});
