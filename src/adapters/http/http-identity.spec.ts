import { draftBody, STAFF } from '../../app/testing';
import { as, createTestServer, type TestServer } from './testing';

describe('HTTP: identity', () => {
  describe('with dev identities', () => {
    let t: TestServer;
    beforeEach(async () => {
      t = await createTestServer({ auth: 'dev' });
    });
    afterEach(async () => {
      await t.close();
    });

    it('answers 401 without identity, in the caller’s language', async () => {
      const res = await t.inject({ url: '/api/me', headers: { 'accept-language': 'sv' } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({
        code: 'unauthenticated',
        message: 'Du är inte inloggad. Logga in och försök igen.',
      });
    });

    it('decodes percent-encoded UTF-8 names and adds the implicit reporter role', async () => {
      const res = await t.inject({
        url: '/api/me',
        headers: {
          'x-dev-user-id': 'u-new',
          'x-dev-user-name': encodeURIComponent('Äijälä Öhman-Åström'),
          'x-dev-user-email': 'aijala@example.invalid',
          'x-dev-roles': 'supervisor, rake_member',
          'x-dev-service-areas': 'child_welfare,family_services',
        },
      });
      expect(res.json()).toEqual({
        id: 'u-new',
        name: 'Äijälä Öhman-Åström',
        email: 'aijala@example.invalid',
        roles: ['reporter', 'supervisor', 'rake_member'],
        serviceAreas: ['child_welfare', 'family_services'],
      });
    });

    it('fills what the headers leave out from the staff directory', async () => {
      const res = await t.inject({
        url: '/api/me',
        headers: { 'x-dev-user-id': STAFF.supervisor.id },
      });
      expect(res.json()).toMatchObject({
        name: STAFF.supervisor.name,
        roles: ['reporter', 'supervisor'],
        serviceAreas: ['adult_social_work'],
      });
    });

    it.each([
      ['x-dev-roles', 'reporter,overlord', 'X-Dev-Roles'],
      ['x-dev-service-areas', 'moon_base', 'X-Dev-Service-Areas'],
      ['x-dev-user-name', '%E0%A4%A', 'X-Dev-User-Name'],
    ])('refuses an invalid %s header with 401 naming it', async (header, value, name) => {
      const res = await t.inject({
        url: '/api/me',
        headers: { ...as('reporter'), [header]: value, 'accept-language': 'en' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe(`The development identity header ${name} is invalid.`);
    });

    it('lists the demo staff for the "acting as" picker without sign-in', async () => {
      const res = await t.inject({ url: '/api/dev/identities' });
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toHaveLength(Object.keys(STAFF).length);
      expect(res.json().items).toContainEqual(STAFF.coordinator);
    });

    it('needs a signed-in caller for every observation route', async () => {
      const calls = [
        { method: 'POST', url: '/api/observations', payload: draftBody() },
        { url: '/api/observations' },
        { url: '/api/observations/mine' },
        { url: '/api/observations/x' },
        { url: '/api/observations/x/history' },
        { method: 'PATCH', url: '/api/observations/x/triage', payload: {} },
        { method: 'POST', url: '/api/observations/x/transitions', payload: {} },
        { url: '/api/staff' },
      ];
      for (const call of calls) expect((await t.inject(call)).statusCode).toBe(401);
      expect(await t.store.observations.isEmpty()).toBe(true);
    });

    it('serves health, config and the OpenAPI document without sign-in', async () => {
      expect((await t.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
      expect((await t.inject({ url: '/api/config' })).json().county.id).toBe('kainuu');
      expect((await t.inject({ url: '/api/openapi.json' })).json().openapi).toBe('3.1.0');
    });
  });

  describe('without dev identities', () => {
    let t: TestServer;
    beforeEach(async () => {
      t = await createTestServer({ auth: 'none' });
    });
    afterEach(async () => {
      await t.close();
    });

    it('ignores the dev headers: 401 even with a full identity', async () => {
      const me = await t.inject({ url: '/api/me', headers: as('admin') });
      const post = await t.inject({
        method: 'POST',
        url: '/api/observations',
        headers: as('reporter'),
        payload: draftBody(),
      });
      expect([me.statusCode, post.statusCode]).toEqual([401, 401]);
      expect(me.json().error.code).toBe('unauthenticated');
      expect(await t.store.observations.isEmpty()).toBe(true);
    });

    it('has no dev identity list (404)', async () => {
      const res = await t.inject({ url: '/api/dev/identities' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    });
  });
});
