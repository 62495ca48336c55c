import { NAMING_COUNTY, STAFF, draftBody } from '../../app/testing';
import { as, createTestServer, type TestServer } from './testing';

/** Who was told of new observations, per filing: the outbox's recipients. */
async function toldOf(server: TestServer, observationId: string): Promise<string[]> {
  return (await server.store.outbox.list('pending', 100))
    .filter(
      (e) =>
        e.notification.kind === 'new_observation' &&
        e.notification.key.startsWith(`new_observation:${observationId}:`),
    )
    .map((e) => (e.notification.recipient.kind === 'user' ? e.notification.recipient.userId : '?'))
    .sort();
}

describe('HTTP: administration in the app', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ notifications: 'store', liveCounty: {} });
  });
  afterEach(async () => {
    await server.close();
  });

  const get = (url: string, who: Parameters<typeof as>[0] = 'admin') =>
    server.inject({ url, headers: as(who) });
  const put = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    server.inject({ method: 'PUT', url, headers: { ...as('admin'), ...headers }, payload });
  const file = (overrides: Record<string, unknown> = {}) =>
    server.inject({
      method: 'POST',
      url: '/api/observations',
      headers: as('reporter'),
      payload: draftBody(overrides),
    });

  describe('county settings', () => {
    it('are the admin’s: others get 403', async () => {
      expect((await get('/api/admin/county', 'coordinator')).statusCode).toBe(403);
      expect((await get('/api/admin/service-areas', 'supervisor')).statusCode).toBe(403);
      const res = await put('/api/admin/county', {}, { ...as('editor'), 'if-match': '"0"' });
      expect(res.statusCode).toBe(403);
    });

    it('start from the preset at version 0, with the environment’s days', async () => {
      const res = await get('/api/admin/county');
      expect(res.statusCode).toBe(200);
      expect(res.headers['etag']).toBe('"0"');
      const { version, settings } = res.json();
      expect(version).toBe(0);
      expect(settings.serviceAreas.map((a: { id: string }) => a.id)).toEqual(
        server.app.county.serviceAreas.map((a) => a.id),
      );
      expect(settings).toMatchObject({
        periodScheme: 'quarters',
        meetings: { months: [2, 5, 9, 11], day: { weekday: 2, nth: 2 } },
        timing: { digestDaysBefore: 3, reminderDays: 7, escalationDays: 14 },
        publicForm: false,
        retention: { years: 5, mode: 'anonymise' },
      });
    });

    it('need If-Match: 428 without, 412 when stale, then the save is in force at once', async () => {
      const { settings } = (await get('/api/admin/county')).json();
      const changed = {
        ...settings,
        municipalities: [
          ...settings.municipalities.map((m: { id: string }) =>
            m.id === 'kajaani' ? { ...m, retired: true } : m,
          ),
          { id: 'uusikunta', label: { fi: 'Uusikunta', sv: 'Nykommun', en: 'New Town' } },
        ],
        meetings: { months: [11, 3], day: { weekday: 4, nth: 1 } },
        publicForm: true,
      };
      expect((await put('/api/admin/county', changed)).statusCode).toBe(428);
      expect((await put('/api/admin/county', changed, { 'if-match': '"7"' })).statusCode).toBe(412);

      const saved = await put('/api/admin/county', changed, { 'if-match': '"0"' });
      expect(saved.statusCode).toBe(200);
      expect(saved.headers['etag']).toBe('"1"');
      expect(saved.json().settings.meetings.months).toEqual([3, 11]);

      // The form's lists: the retired one still labelled, the new one offered.
      const county = (await get('/api/config', 'reporter')).json();
      expect(county.municipalities).toContainEqual(
        expect.objectContaining({ id: 'kajaani', retired: true }),
      );
      expect(county.municipalities).toContainEqual(expect.objectContaining({ id: 'uusikunta' }));
      expect(county.meetings.months).toEqual([3, 11]);
      expect(server.app.county.publicForm).toBe(true);

      // A new filing may not use the retired one, and may use the new one.
      const refused = await file({ municipality: 'kajaani' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.fields).toEqual([
        expect.objectContaining({ field: 'municipality', code: 'retired' }),
      ]);
      expect((await file({ municipality: 'uusikunta' })).statusCode).toBe(201);

      // The same version again is stale now.
      const again = await put('/api/admin/county', changed, { 'if-match': '"0"' });
      expect(again.statusCode).toBe(412);
    });

    it('refuse deleting an entry (retire it instead) and name every problem', async () => {
      const { settings } = (await get('/api/admin/county')).json();
      const res = await put(
        '/api/admin/county',
        {
          ...settings,
          topics: settings.topics.slice(1),
        },
        { 'if-match': '"0"', 'accept-language': 'en' },
      );
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual([
        expect.objectContaining({
          field: `topics.${settings.topics[0].id}`,
          code: 'retire_instead',
        }),
      ]);

      const bad = await put(
        '/api/admin/county',
        {
          ...settings,
          timing: { digestDaysBefore: -1, reminderDays: 7, escalationDays: 14 },
          targetGroups: settings.targetGroups.map((g: object) => ({ ...g, retired: true })),
        },
        { 'if-match': '"0"' },
      );
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error.fields).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'timing.digestDaysBefore', code: 'out_of_range' }),
          expect.objectContaining({ field: 'targetGroups', code: 'required' }),
        ]),
      );
    });
  });

  describe('supervisors per service area', () => {
    it('lists every area with its supervisors, and who has no conversation with the bot', async () => {
      const res = await get('/api/admin/service-areas');
      expect(res.statusCode).toBe(200);
      const items: { id: string; supervisors: { id: string; botInstalled: boolean }[] }[] =
        res.json().items;
      expect(items.find((a) => a.id === 'adult_social_work')?.supervisors).toEqual([
        expect.objectContaining({ id: STAFF.supervisor.id, botInstalled: false, viaGroup: false }),
      ]);
      expect(items.find((a) => a.id === 'family_services')?.supervisors).toEqual([]);
    });

    it('moves a supervisor: the next filing reaches the new one, the old one no longer', async () => {
      const before = (await file()).json();
      expect(await toldOf(server, before.id)).toEqual([STAFF.supervisor.id]);

      const to = await put(`/api/admin/service-areas/adult_social_work/supervisors`, {
        staffIds: [STAFF.otherSupervisor.id],
      });
      expect(to.statusCode).toBe(200);
      expect(to.json()).toMatchObject({
        id: 'adult_social_work',
        assigned: true,
        supervisors: [{ id: STAFF.otherSupervisor.id, name: STAFF.otherSupervisor.name }],
      });
      const after = (await file()).json();
      expect(await toldOf(server, after.id)).toEqual([STAFF.otherSupervisor.id]);

      // Left empty, the area's filings go to the coordinators, and the board marks them.
      await put(`/api/admin/service-areas/adult_social_work/supervisors`, { staffIds: [] });
      const unrouted = (await file()).json();
      expect(await toldOf(server, unrouted.id)).toEqual([STAFF.coordinator.id]);
      const board = (
        await server.inject({ url: '/api/observations', headers: as('coordinator') })
      ).json();
      // Nobody answers for the area's earlier filings either now.
      expect([...board.unroutedIds].sort()).toEqual([before.id, after.id, unrouted.id].sort());
    });

    it('makes a reporter a supervisor, and refuses unknown people, areas and group ids', async () => {
      const made = await put(`/api/admin/service-areas/family_services/supervisors`, {
        staffIds: [STAFF.colleague.id],
        groupIds: ['6F1C2A3B-1111-4222-8333-944455556666'],
      });
      expect(made.statusCode).toBe(200);
      expect(made.json().groups).toEqual(['6f1c2a3b-1111-4222-8333-944455556666']);
      expect(await server.store.staff.get(STAFF.colleague.id)).toMatchObject({
        roles: ['reporter', 'supervisor'],
        serviceAreas: ['family_services'],
      });

      const unknown = await put(`/api/admin/service-areas/family_services/supervisors`, {
        staffIds: [STAFF.colleague.id, 'u-nobody'],
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().error.fields).toEqual([
        expect.objectContaining({ field: 'staffIds.1', code: 'unknown_choice' }),
      ]);
      const group = await put(`/api/admin/service-areas/family_services/supervisors`, {
        staffIds: [],
        groupIds: ['not-a-group'],
      });
      expect(group.statusCode).toBe(422);
      const area = await put(`/api/admin/service-areas/nowhere/supervisors`, { staffIds: [] });
      expect(area.statusCode).toBe(404);
      const other = await server.inject({
        method: 'PUT',
        url: '/api/admin/service-areas/family_services/supervisors',
        headers: as('coordinator'),
        payload: { staffIds: [] },
      });
      expect(other.statusCode).toBe(403);
    });

    it('adds a person before their first sign-in, who can then be made a supervisor', async () => {
      const id = '0A1B2C3D-4E5F-4A6B-8C7D-8E9FA0B1C2D3';
      const added = await server.inject({
        method: 'POST',
        url: '/api/admin/staff',
        headers: as('admin'),
        payload: { id, name: 'Uusi Esihenkilö', email: 'uusi.esihenkilo@example.invalid' },
      });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({ id: id.toLowerCase(), roles: ['reporter'] });
      const again = await server.inject({
        method: 'POST',
        url: '/api/admin/staff',
        headers: as('admin'),
        payload: { id, name: 'Toinen Nimi' },
      });
      expect(again.statusCode).toBe(200);
      expect(again.json().name).toBe('Uusi Esihenkilö');
      const bad = await server.inject({
        method: 'POST',
        url: '/api/admin/staff',
        headers: as('admin'),
        payload: { id: 'has spaces', name: '' },
      });
      expect(bad.statusCode).toBe(422);

      await put(`/api/admin/service-areas/child_welfare/supervisors`, {
        staffIds: [id.toLowerCase()],
      });
      const filed = (await file({ serviceArea: 'child_welfare' })).json();
      expect(await toldOf(server, filed.id)).toEqual([id.toLowerCase()]);
    });
  });

  describe('a named supervisor who is gone (Kymenlaakso’s way)', () => {
    it('sends what named them to the area’s supervisors, else to the coordinators, as the board says', async () => {
      await server.close();
      server = await createTestServer({
        notifications: 'store',
        liveCounty: {},
        county: NAMING_COUNTY,
      });
      const named = (
        await file({ serviceArea: 'child_welfare', supervisorId: STAFF.otherSupervisor.id })
      ).json();
      expect(named.supervisorId).toBe(STAFF.otherSupervisor.id);
      expect(await toldOf(server, named.id)).toEqual([STAFF.otherSupervisor.id]);

      // The admin moves them out of child_welfare and the area is left without anyone; then
      // they stop being a supervisor altogether.
      await put('/api/admin/service-areas/child_welfare/supervisors', { staffIds: [] });
      await server.store.staff.upsert([{ ...STAFF.otherSupervisor, roles: ['reporter'] }]);
      const board = (
        await server.inject({ url: '/api/observations', headers: as('coordinator') })
      ).json();
      expect(board.unroutedIds).toContain(named.id);

      // Named again in a new filing: it goes to the coordinators.
      const again = (
        await file({ serviceArea: 'child_welfare', supervisorId: STAFF.otherSupervisor.id })
      ).json();
      expect(again.supervisorId).toBeNull();
      expect(await toldOf(server, again.id)).toEqual([STAFF.coordinator.id]);
    });
  });
});
