import type { Observation } from '../observation/observation';
import type { Actor, Role } from '../policy/actor';
import { EMPTY_TRIAGE } from '../triage/triage-record';
import { checkResubmit, checkWithdraw } from './reporter-moves';
import { STATUSES, type Status } from './status';

function observation(status: Status): Observation {
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
    coReporterIds: ['co-1'],
    reporterId: 'reporter-1',
    reporterName: 'Reija Raportoija',
    createdAt: '2026-01-10T08:00:00.000Z',
    period: '2026-Q1',
    status,
    firstAnsweredAt: null,
    updatedAt: '2026-01-10T08:00:00.000Z',
    version: 1,
    triage: EMPTY_TRIAGE,
  };
}

const person = (id: string, roles: Role[] = ['reporter']): Actor => ({
  id,
  name: 'Testi',
  email: null,
  roles,
  serviceAreas: ['adult_social_work'],
});

describe('checkWithdraw', () => {
  it.each(STATUSES)('lets the reporter withdraw only a received one (%s)', (status) => {
    const result = checkWithdraw(person('reporter-1'), observation(status));
    expect(result.ok ? 'ok' : result.error.code).toBe(
      status === 'received' ? 'ok' : 'already_handled',
    );
  });

  it('refuses a co-reporter as forbidden: they read it, the reporter decides', () => {
    expect(checkWithdraw(person('co-1'), observation('received'))).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('hides the observation from everyone else, even its supervisor and an admin', () => {
    for (const actor of [person('sup-1', ['supervisor']), person('admin-1', ['admin'])]) {
      expect(checkWithdraw(actor, observation('received'))).toEqual({
        ok: false,
        error: { code: 'not_found' },
      });
    }
  });
});

describe('checkResubmit', () => {
  it.each(STATUSES)('lets the reporter resubmit only a returned one (%s)', (status) => {
    const result = checkResubmit(person('reporter-1'), observation(status));
    expect(result.ok ? 'ok' : result.error.code).toBe(
      status === 'returned' ? 'ok' : 'not_returned',
    );
  });

  it('refuses a co-reporter and hides it from others', () => {
    expect(checkResubmit(person('co-1'), observation('returned'))).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(checkResubmit(person('sup-1', ['supervisor']), observation('returned'))).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
