import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';
import { COUNTY, STAFF } from '../../app/testing';

const schemas = createApiSchemas(COUNTY);

describe('HTTP: PUT /api/me/locale', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await createTestServer({ notifications: 'store' });
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const put = (body: unknown, headers = as('reporter')) =>
    t.inject({ method: 'PUT', url: '/api/me/locale', headers, payload: body });

  it("remembers the tab's language, so cards reach the user in it", async () => {
    const id = STAFF.reporter.id;
    await t.store.conversations.saveUser(id, {
      reference: { conversation: { id: 'a:1' } },
      locale: 'fi',
      updatedAt: '2026-03-10T08:00:00.000Z',
    });

    const res = await put({ locale: 'sv' });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ locale: 'sv' });
    expect((await t.store.conversations.user(id))?.locale).toBe('sv');
  });

  it('refuses an unknown language or extra fields with 422, and needs an identity', async () => {
    const unknown = await put({ locale: 'de' });
    const extra = await put({ locale: 'fi', theme: 'dark' });
    const anonymous = await put({ locale: 'fi' }, {});

    expect(unknown.statusCode).toBe(422);
    expect(schemas.ErrorBody.parse(unknown.json()).error.fields?.[0]?.field).toBe('locale');
    expect(extra.statusCode).toBe(422);
    expect(anonymous.statusCode).toBe(401);
  });
});
