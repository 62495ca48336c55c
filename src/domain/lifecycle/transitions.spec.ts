import type { Observation } from '../observation/observation';
import { ROLES, type Actor, type Role } from '../policy/actor';
import { EMPTY_TRIAGE } from '../triage/triage-record';
import { STATUSES, type Status } from './status';
import {
  TRANSITIONS,
  allowedTransitions,
  checkTransition,
  requiresFeedback,
  type TransitionRequest,
} from './transitions';

function observation(status: Status, overrides: Partial<Observation> = {}): Observation {
  return {
    id: 'obs-1',
    kind: 'negative',
    description: 'Asumisen tuki ei riitä vuokriin.',
    solutionProposal: '',
    topic: 'client_needs',
    serviceArea: 'adult_social_work',
    municipality: 'kajaani',
    targetGroup: 'working_age',
    supervisorId: null,
    coReporterIds: [],
    reporterId: 'reporter-1',
    reporterName: 'Reija Raportoija',
    createdAt: '2026-01-10T08:00:00.000Z',
    period: '2026-Q1',
    status,
    firstAnsweredAt: null,
    updatedAt: '2026-01-10T08:00:00.000Z',
    version: 1,
    triage: EMPTY_TRIAGE,
    ...overrides,
  };
}

function actor(roles: Role[], serviceAreas: string[] = ['adult_social_work']): Actor {
  return { id: 'actor-1', name: 'Testi Toimija', email: null, roles, serviceAreas };
}

const request = (
  to: Status,
  feedback: string | null = 'Kiitos havainnosta.',
): TransitionRequest => ({
  to,
  feedback,
  returnReason: to === 'returned' ? 'own_unit' : null,
});

/** The lifecycle as the issue states it, written independently of the table under test. */
const EXPECTED: Readonly<Record<string, readonly Role[]>> = {
  'received>in_review': ['supervisor', 'rake_coordinator', 'admin'],
  'received>forwarded': ['supervisor', 'rake_coordinator', 'admin'],
  'received>returned': ['supervisor', 'rake_coordinator', 'admin'],
  'in_review>forwarded': ['supervisor', 'rake_coordinator', 'admin'],
  'in_review>returned': ['supervisor', 'rake_coordinator', 'admin'],
  'in_review>closed': ['supervisor', 'rake_coordinator', 'admin'],
  'forwarded>action_proposed': ['rake_member', 'rake_coordinator', 'admin'],
  'forwarded>closed': ['rake_member', 'rake_coordinator', 'admin'],
  'forwarded>in_review': ['rake_member', 'rake_coordinator', 'admin'],
  'action_proposed>closed': ['rake_coordinator', 'admin'],
  'closed>in_review': ['rake_coordinator', 'admin'],
  'returned>in_review': ['supervisor', 'rake_coordinator', 'admin'],
};
const ROLES_WITHOUT_MOVES: readonly Role[] = ['reporter', 'editor'];

describe('the lifecycle table', () => {
  it('holds exactly the moves of the issue, with their roles', () => {
    const table = Object.fromEntries(TRANSITIONS.map((r) => [`${r.from}>${r.to}`, [...r.roles]]));
    expect(table).toEqual(EXPECTED);
  });

  it.each(STATUSES)(
    'requires feedback when moving to %s only for forwarded, closed, returned',
    (to) => {
      expect(requiresFeedback(to)).toBe(['forwarded', 'closed', 'returned'].includes(to));
    },
  );
});

describe('checkTransition: every role × every from × every to (supervisor in scope)', () => {
  const cases = ROLES.flatMap((role) =>
    STATUSES.flatMap((from) => STATUSES.map((to) => [role, from, to] as const)),
  );

  it.each(cases)('%s: %s → %s', (role, from, to) => {
    const result = checkTransition(actor([role]), observation(from), request(to));
    const allowedRoles = EXPECTED[`${from}>${to}`];
    if (ROLES_WITHOUT_MOVES.includes(role)) {
      expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    } else if (allowedRoles === undefined) {
      expect(result).toEqual({ ok: false, error: { code: 'illegal_transition', from, to } });
    } else if (allowedRoles.includes(role)) {
      expect(result.ok).toBe(true);
    } else {
      expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('allowedTransitions: every role × every status', () => {
  const cases = ROLES.flatMap((role) => STATUSES.map((from) => [role, from] as const));

  it.each(cases)('%s on %s', (role, from) => {
    const expected = STATUSES.filter((to) => EXPECTED[`${from}>${to}`]?.includes(role) ?? false);
    expect([...allowedTransitions(actor([role]), observation(from))].sort()).toEqual(
      [...expected].sort(),
    );
  });
});

describe('the supervisor scope', () => {
  const supervisor = (areas: string[]) => actor(['supervisor'], areas);

  it('is in scope through the service area', () => {
    expect(allowedTransitions(supervisor(['adult_social_work']), observation('received'))).toEqual([
      'in_review',
      'forwarded',
      'returned',
    ]);
  });

  it('is in scope when the reporter named them, whatever the service area', () => {
    const named = observation('in_review', {
      serviceArea: 'child_welfare',
      supervisorId: 'actor-1',
    });
    expect(allowedTransitions(supervisor([]), named)).toEqual(['forwarded', 'returned', 'closed']);
  });

  it('is refused as forbidden out of scope, even for a move that does not exist', () => {
    const elsewhere = observation('received', { serviceArea: 'child_welfare' });
    expect(allowedTransitions(supervisor(['adult_social_work']), elsewhere)).toEqual([]);
    expect(
      checkTransition(supervisor(['adult_social_work']), elsewhere, request('in_review')),
    ).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(
      checkTransition(supervisor(['adult_social_work']), elsewhere, request('closed')),
    ).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('lets a supervisor out of scope act through another role they hold', () => {
    const elsewhere = observation('forwarded', { serviceArea: 'child_welfare' });
    expect(allowedTransitions(actor(['supervisor', 'rake_member'], []), elsewhere)).toEqual([
      'action_proposed',
      'closed',
      'in_review',
    ]);
  });

  it('reopens a returned observation of their own area', () => {
    const result = checkTransition(supervisor(['adult_social_work']), observation('returned'), {
      to: 'in_review',
      feedback: null,
      returnReason: null,
    });
    expect(result).toEqual({
      ok: true,
      value: { to: 'in_review', feedback: null, returnReason: null },
    });
  });
});

describe('feedback and return reason', () => {
  const coordinator = actor(['rake_coordinator']);

  it.each([
    ['forwarded', 'in_review'],
    ['closed', 'in_review'],
    ['returned', 'received'],
  ] as const)('requires feedback for → %s (null, empty or blank)', (to, from) => {
    for (const feedback of [null, '', '   \n\t ', '\u200B'.repeat(50), '\u00AD \uFEFF']) {
      expect(
        checkTransition(coordinator, observation(from), { to, feedback, returnReason: 'other' }),
      ).toEqual({ ok: false, error: { code: 'feedback_required' } });
    }
  });

  it('does not require feedback for in_review or action_proposed', () => {
    expect(
      checkTransition(coordinator, observation('received'), request('in_review', null)).ok,
    ).toBe(true);
    expect(
      checkTransition(coordinator, observation('forwarded'), request('action_proposed', null)).ok,
    ).toBe(true);
  });

  it('checks feedback before the return reason', () => {
    const result = checkTransition(coordinator, observation('received'), {
      to: 'returned',
      feedback: ' ',
      returnReason: null,
    });
    expect(result).toEqual({ ok: false, error: { code: 'feedback_required' } });
  });

  it('requires a return reason for returned', () => {
    const result = checkTransition(coordinator, observation('received'), {
      to: 'returned',
      feedback: 'Tämä kuuluu SPro-järjestelmään.',
      returnReason: null,
    });
    expect(result).toEqual({ ok: false, error: { code: 'return_reason_required' } });
  });

  it('keeps feedback as typed, blanks it to null, and drops a reason a move does not use', () => {
    const typed = '  Välitetty RAKE-työryhmälle.\n';
    expect(
      checkTransition(coordinator, observation('in_review'), {
        to: 'forwarded',
        feedback: typed,
        returnReason: 'other',
      }),
    ).toEqual({ ok: true, value: { to: 'forwarded', feedback: typed, returnReason: null } });
    expect(
      checkTransition(coordinator, observation('received'), {
        to: 'in_review',
        feedback: '   ',
        returnReason: null,
      }),
    ).toEqual({ ok: true, value: { to: 'in_review', feedback: null, returnReason: null } });
  });

  it('refuses an illegal move before looking at feedback', () => {
    expect(checkTransition(coordinator, observation('received'), request('closed', null))).toEqual({
      ok: false,
      error: { code: 'illegal_transition', from: 'received', to: 'closed' },
    });
  });

  it('treats a move to the same status as illegal', () => {
    expect(
      checkTransition(actor(['admin']), observation('in_review'), request('in_review')),
    ).toEqual({
      ok: false,
      error: { code: 'illegal_transition', from: 'in_review', to: 'in_review' },
    });
  });
});
