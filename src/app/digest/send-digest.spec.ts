import { createSqliteStore } from '../../adapters/sqlite';
import { actor, fileAs, type StaffKey } from '../testing';
import { listMeetings, updateMeeting } from '../meetings';
import { sendDigestNow, sendDueDigest } from './send-digest';
import { outboxEntries, useDigestDeps } from './testing';

// Kainuu meets on 10 February and 12 May 2026 (the second Tuesdays); the clock starts 10 March.
describe('digest use cases (Kainuu)', () => {
  const { deps, store } = useDigestDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  // The outbox also holds the filings' own notifications to supervisors: only digests count.
  const digests = async () =>
    (await outboxEntries(store().outbox))
      .map((e) => e.notification)
      .filter((n) => n.kind === 'digest');

  describe('sendDigestNow', () => {
    it('posts the next meeting’s digest to the RAKE channel, counting since the last meeting', async () => {
      deps().clock.set(new Date('2026-02-09T10:00:00Z'));
      await fileAs(deps(), 'reporter', { topic: 'weak_signals' });
      deps().clock.set(new Date('2026-03-10T08:00:00Z'));
      await fileAs(deps(), 'reporter');
      await fileAs(deps(), 'colleague', { serviceArea: 'child_welfare' });

      const outcome = await sendDigestNow(deps(), actor('coordinator'));

      expect(outcome).toEqual({
        ok: true,
        value: {
          key: 'digest:2026-05-12:manual:2026-03-10',
          meetingDate: '2026-05-12',
          since: '2026-02-10',
          total: 2,
          listed: 2,
          channel: null,
        },
      });
      const [sent] = await digests();
      expect(sent).toMatchObject({ recipient: { kind: 'rake_channel' }, kind: 'digest' });
      expect(sent?.kind === 'digest' && sent.data.byServiceArea).toEqual([
        { id: 'adult_social_work', count: 1 },
        { id: 'child_welfare', count: 1 },
      ]);
    });

    it('an admin may too; a second press the same day posts nothing more', async () => {
      expect((await sendDigestNow(deps(), actor('admin'))).ok).toBe(true);
      expect((await sendDigestNow(deps(), actor('coordinator'))).ok).toBe(true);
      expect(await digests()).toHaveLength(1);
    });

    it.each<StaffKey>(['reporter', 'supervisor', 'rakeMember', 'editor'])(
      'is forbidden to %s and posts nothing',
      async (who) => {
        expect(await sendDigestNow(deps(), actor(who))).toEqual({
          ok: false,
          error: { code: 'forbidden' },
        });
        expect(await digests()).toEqual([]);
      },
    );
  });

  describe('sendDueDigest (3 days before)', () => {
    it('posts on the day, once per meeting however often it runs', async () => {
      await fileAs(deps(), 'reporter');
      deps().clock.set(new Date('2026-05-09T05:00:00Z')); // 08:00 in Helsinki

      const first = await sendDueDigest(deps(), 3);
      const again = await sendDueDigest(deps(), 3);

      expect(first).toMatchObject({ key: 'digest:2026-05-12', total: 1, since: '2026-02-10' });
      expect(again?.key).toBe('digest:2026-05-12');
      expect((await digests()).map((n) => n.key)).toEqual(['digest:2026-05-12']);
    });

    it('follows a meeting the coordinator moved, and links its agenda', async () => {
      const meetings = await listMeetings(deps(), actor('coordinator'));
      const may = meetings.ok ? meetings.value.find((m) => m.date === '2026-05-12') : undefined;
      if (may === undefined) throw new Error('no May meeting');
      const moved = await updateMeeting(
        deps(),
        actor('coordinator'),
        may.id,
        { date: '2026-05-19' },
        may.version,
      );
      expect(moved.ok).toBe(true);

      deps().clock.set(new Date('2026-05-09T05:00:00Z'));
      expect(await sendDueDigest(deps(), 3)).toBeNull();
      deps().clock.set(new Date('2026-05-16T05:00:00Z'));
      expect(await sendDueDigest(deps(), 3)).toMatchObject({
        key: 'digest:2026-05-19',
        meetingDate: '2026-05-19',
        since: '2026-02-10',
      });
      const [sent] = await digests();
      expect(sent?.kind === 'digest' && sent.data.meetingId).toBe(may.id);
    });

    it('does nothing on other days', async () => {
      deps().clock.set(new Date('2026-05-08T05:00:00Z'));
      expect(await sendDueDigest(deps(), 3)).toBeNull();
      expect(await digests()).toEqual([]);
    });
  });
});
