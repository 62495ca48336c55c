import { createSqliteStore, type SqliteStore } from '../../sqlite';
import { COUNTY, STAFF } from '../../../app/testing';
import { createDevAuthenticator } from './dev-authenticator';
import type { Authenticator } from './authenticator';

describe('createDevAuthenticator', () => {
  let store: SqliteStore;
  let auth: Authenticator;

  beforeEach(async () => {
    store = createSqliteStore({ file: ':memory:' });
    await store.staff.upsert([STAFF.supervisor]);
    auth = createDevAuthenticator(store.staff, COUNTY);
  });
  afterEach(() => store.close());

  it('is anonymous without a user id', async () => {
    expect(await auth.authenticate({ 'x-dev-user-name': 'Joku' })).toEqual({ kind: 'anonymous' });
    expect(await auth.authenticate({ 'x-dev-user-id': '  ' })).toEqual({ kind: 'anonymous' });
  });

  it('reads raw UTF-8 bytes that Node handed over as Latin-1', async () => {
    const raw = Buffer.from('Äijälä', 'utf8').toString('latin1');
    const outcome = await auth.authenticate({ 'x-dev-user-id': 'u-1', 'x-dev-user-name': raw });
    expect(outcome).toMatchObject({ kind: 'signed_in', actor: { name: 'Äijälä' } });
  });

  it('keeps a genuine Latin-1 name as it is', async () => {
    const outcome = await auth.authenticate({ 'x-dev-user-id': 'u-1', 'x-dev-user-name': 'Mäki' });
    expect(outcome).toMatchObject({ kind: 'signed_in', actor: { name: 'Mäki' } });
  });

  it('gives an unknown user with no headers just the reporter role, named by id', async () => {
    expect(await auth.authenticate({ 'x-dev-user-id': 'u-9' })).toEqual({
      kind: 'signed_in',
      actor: { id: 'u-9', name: 'u-9', email: null, roles: ['reporter'], serviceAreas: [] },
    });
  });

  it('lets explicit headers override the directory, an empty role list included', async () => {
    const outcome = await auth.authenticate({
      'x-dev-user-id': STAFF.supervisor.id,
      'x-dev-roles': '',
      'x-dev-service-areas': '',
    });
    expect(outcome).toMatchObject({
      kind: 'signed_in',
      actor: { name: STAFF.supervisor.name, roles: ['reporter'], serviceAreas: [] },
    });
  });

  it('refuses an over-long id', async () => {
    expect(await auth.authenticate({ 'x-dev-user-id': 'x'.repeat(201) })).toEqual({
      kind: 'rejected',
      header: 'X-Dev-User-Id',
    });
  });
});
