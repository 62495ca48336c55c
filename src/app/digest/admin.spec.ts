import { createSqliteStore } from '../../adapters/sqlite';
import type { Notification } from '../../domain/notification/notification';
import { actor } from '../testing';
import { listDeliveries, retryDelivery } from './deliveries';
import { chooseRakeChannel, getRakeChannel } from './rake-channel';
import { outboxEntry, settleDelivery, teamAddress, useDigestDeps } from './testing';

const reminder = (key: string): Notification => ({
  key,
  recipient: { kind: 'user', userId: 'u-supervisor' },
  createdAt: '2026-03-10T06:00:00.000Z',
  kind: 'reminder',
  data: { waitingDays: 7, items: [] },
});

describe('deliveries and the RAKE channel', () => {
  const { deps, store } = useDigestDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  beforeEach(async () => {
    await settleDelivery(store().outbox, reminder('r-dead'), { state: 'dead', error: 'HTTP 400' });
    await settleDelivery(store().outbox, reminder('r-absent'), { state: 'not_installed' });
    await settleDelivery(store().outbox, reminder('r-done'), { state: 'delivered' });
  });

  it('lists dead (default) and not-installed deliveries to admins, without card content', async () => {
    const dead = await listDeliveries(deps(), actor('admin'), undefined);
    const absent = await listDeliveries(deps(), actor('admin'), 'not_installed');
    expect(dead).toEqual({
      ok: true,
      value: [
        {
          key: 'r-dead',
          kind: 'reminder',
          recipient: { kind: 'user', userId: 'u-supervisor' },
          state: 'dead',
          attempts: 1,
          lastError: 'HTTP 400',
          createdAt: '2026-03-10T06:00:00.000Z',
        },
      ],
    });
    expect(absent.ok && absent.value.map((d) => d.key)).toEqual(['r-absent']);
  });

  it('refuses other roles and other states', async () => {
    expect((await listDeliveries(deps(), actor('coordinator'), 'dead')).ok).toBe(false);
    expect(await listDeliveries(deps(), actor('admin'), 'delivered')).toEqual({
      ok: false,
      error: { code: 'validation', problems: [{ field: 'state', code: 'unknown_choice' }] },
    });
    expect(await retryDelivery(deps(), actor('coordinator'), 'r-dead')).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('retries a dead delivery now; an unknown or delivered key is not found', async () => {
    expect(await retryDelivery(deps(), actor('admin'), 'r-dead')).toEqual({
      ok: true,
      value: { key: 'r-dead' },
    });
    expect(await outboxEntry(store().outbox, 'r-dead')).toMatchObject({
      state: 'pending',
      dueAt: deps().clock.now().toISOString(),
    });
    expect((await retryDelivery(deps(), actor('admin'), 'nope')).ok).toBe(false);
    expect((await retryDelivery(deps(), actor('admin'), 'r-done')).ok).toBe(false);
  });

  it('shows the first team’s channel as current and lets the coordinator pick another', async () => {
    await deps().conversations.saveTeam(
      'team-rake',
      teamAddress('19:rake@thread', 'RAKE-työryhmä'),
    );
    await deps().conversations.saveTeam('team-other', teamAddress('19:other@thread'));

    const before = await getRakeChannel(deps(), actor('coordinator'));
    expect(before.ok && before.value.current).toEqual({
      teamId: 'team-rake',
      name: 'RAKE-työryhmä',
      current: true,
    });

    const after = await chooseRakeChannel(deps(), actor('coordinator'), { teamId: 'team-other' });
    expect(after.ok && after.value).toEqual({
      current: { teamId: 'team-other', name: 'team-other', current: true },
      channels: [
        { teamId: 'team-rake', name: 'RAKE-työryhmä', current: false },
        { teamId: 'team-other', name: 'team-other', current: true },
      ],
    });
  });

  it('refuses an unknown team, a missing one, and roles other than coordinator and admin', async () => {
    expect(await chooseRakeChannel(deps(), actor('coordinator'), { teamId: 'x' })).toEqual({
      ok: false,
      error: { code: 'validation', problems: [{ field: 'teamId', code: 'unknown_choice' }] },
    });
    expect(await chooseRakeChannel(deps(), actor('admin'), {})).toEqual({
      ok: false,
      error: { code: 'validation', problems: [{ field: 'teamId', code: 'required' }] },
    });
    expect((await getRakeChannel(deps(), actor('rakeMember'))).ok).toBe(false);
    expect((await chooseRakeChannel(deps(), actor('supervisor'), { teamId: 'x' })).ok).toBe(false);
  });

  it('has no current channel before any install', async () => {
    expect(await getRakeChannel(deps(), actor('admin'))).toEqual({
      ok: true,
      value: { current: null, channels: [] },
    });
  });
});
