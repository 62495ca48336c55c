import { createSqliteStore, type SqliteStore } from '../adapters/sqlite';
import type { Actor } from '../domain/policy/actor';
import { StorageUnavailableError, type StaffDirectory, type StaffMember } from '../ports';
import { createStaffRegistration, registerStaffMember } from './register-staff-member';
import { STAFF, testClock, type TestClock } from './testing';

const NEW_OID = '3c3c3c3c-1111-4222-8333-444444444444';

const newcomer = (overrides: Partial<Actor> = {}): Actor => ({
  id: NEW_OID,
  name: 'Sanna Esihenkilö',
  email: 'sanna@example.invalid',
  roles: ['reporter', 'supervisor'],
  serviceAreas: ['child_welfare'],
  ...overrides,
});

describe('registerStaffMember and createStaffRegistration', () => {
  let store: SqliteStore;
  let clock: TestClock;
  /** The SQLite directory, counting the writes that reach it. */
  let staff: StaffDirectory;
  let writes: StaffMember[][];

  beforeEach(async () => {
    clock = testClock();
    store = createSqliteStore({ file: ':memory:', clock });
    await store.staff.upsert(Object.values(STAFF));
    writes = [];
    staff = {
      ...store.staff,
      upsert: (members) => {
        writes.push([...members]);
        return store.staff.upsert(members);
      },
    };
  });
  afterEach(() => store.close());

  it('adds a new member as the sign-in describes them, with no title', async () => {
    expect(await registerStaffMember(staff, newcomer())).toBe('added');
    expect(await store.staff.get(NEW_OID)).toEqual({
      id: NEW_OID,
      name: 'Sanna Esihenkilö',
      email: 'sanna@example.invalid',
      title: null,
      roles: ['reporter', 'supervisor'],
      serviceAreas: ['child_welfare'],
    });
    expect((await store.staff.supervisorsOf('child_welfare')).map((m) => m.id)).toContain(NEW_OID);
  });

  it('writes nothing when the directory already holds them as they are', async () => {
    await registerStaffMember(staff, newcomer());
    expect(await registerStaffMember(staff, newcomer())).toBe('unchanged');
    // Order of roles and areas, and a stored member without `reporter`, are no change.
    await store.staff.upsert([{ ...STAFF.supervisor, serviceAreas: ['elderly', 'child_welfare'] }]);
    const supervisor: Actor = {
      id: STAFF.supervisor.id,
      name: STAFF.supervisor.name,
      email: STAFF.supervisor.email,
      roles: ['reporter', 'supervisor'],
      serviceAreas: ['child_welfare', 'elderly'],
    };
    expect(await registerStaffMember(staff, supervisor)).toBe('unchanged');
    expect(writes).toHaveLength(1);
  });

  it('updates changed roles, service areas, name or email, and keeps the title', async () => {
    const reporter = STAFF.reporter;
    const promoted: Actor = {
      id: reporter.id,
      name: 'Raili Raportoija-Uusi',
      email: 'raili@example.invalid',
      roles: ['reporter', 'supervisor', 'rake_member'],
      serviceAreas: ['adult_social_work'],
    };
    expect(await registerStaffMember(staff, promoted)).toBe('updated');
    expect(await store.staff.get(reporter.id)).toEqual({
      ...promoted,
      title: 'Sosiaalityöntekijä',
    });

    expect(
      await registerStaffMember(staff, { ...promoted, roles: ['reporter'], serviceAreas: [] }),
    ).toBe('updated');
    expect(await store.staff.get(reporter.id)).toMatchObject({
      roles: ['reporter'],
      serviceAreas: [],
      title: 'Sosiaalityöntekijä',
    });
    expect(await store.staff.supervisorsOf('adult_social_work')).not.toContainEqual(
      expect.objectContaining({ id: reporter.id }),
    );
    expect(writes).toHaveLength(2);
  });

  it('keeps the areas of a group apart from the assigned ones, and drops them when the group is left', async () => {
    const inGroup = newcomer({
      serviceAreas: ['child_welfare', 'family_services'],
      supervision: { assigned: ['child_welfare'], fromGroups: ['family_services'] },
    });
    expect(await registerStaffMember(staff, inGroup)).toBe('added');
    expect(await store.staff.get(NEW_OID)).toMatchObject({
      serviceAreas: ['child_welfare'],
      groupServiceAreas: ['family_services'],
    });
    expect((await store.staff.supervisorsOf('family_services')).map((m) => m.id)).toEqual([
      NEW_OID,
    ]);
    expect(await registerStaffMember(staff, inGroup)).toBe('unchanged');

    const left = newcomer({ supervision: { assigned: ['child_welfare'], fromGroups: [] } });
    expect(await registerStaffMember(staff, left)).toBe('updated');
    const stored = await store.staff.get(NEW_OID);
    expect(stored?.serviceAreas).toEqual(['child_welfare']);
    expect(stored).not.toHaveProperty('groupServiceAreas');
    expect(await store.staff.supervisorsOf('family_services')).toEqual([]);
  });

  it('records every signed-in member as a reporter', async () => {
    await registerStaffMember(staff, newcomer({ roles: ['rake_member'], serviceAreas: [] }));
    expect((await store.staff.get(NEW_OID))?.roles).toEqual(['reporter', 'rake_member']);
  });

  describe('per process', () => {
    it('does not even read again within ten minutes for the same sign-in', async () => {
      let reads = 0;
      const counted: StaffDirectory = {
        ...staff,
        get: (id) => {
          reads += 1;
          return staff.get(id);
        },
      };
      const registration = createStaffRegistration({ staff: counted, clock });
      expect(await registration.register(newcomer())).toEqual({ kind: 'added' });
      expect(await registration.register(newcomer())).toEqual({ kind: 'recently_checked' });
      clock.advanceHours(9 / 60);
      expect(await registration.register(newcomer())).toEqual({ kind: 'recently_checked' });
      expect(reads).toBe(1);

      clock.advanceHours(2 / 60);
      expect(await registration.register(newcomer())).toEqual({ kind: 'unchanged' });
      expect(reads).toBe(2);
      expect(writes).toHaveLength(1);
    });

    it('checks a changed sign-in at once', async () => {
      const registration = createStaffRegistration({ staff, clock });
      await registration.register(newcomer());
      expect(await registration.register(newcomer({ roles: ['reporter'] }))).toEqual({
        kind: 'updated',
      });
      expect((await store.staff.get(NEW_OID))?.roles).toEqual(['reporter']);
    });

    it("checks one person's parallel requests once", async () => {
      const registration = createStaffRegistration({ staff, clock });
      const outcomes = await Promise.all([1, 2, 3].map(() => registration.register(newcomer())));
      expect(outcomes.map((o) => o.kind).sort()).toEqual([
        'added',
        'recently_checked',
        'recently_checked',
      ]);
      expect(writes).toHaveLength(1);
    });

    it('does not throw when the directory fails, and tries again on the next request', async () => {
      let failing = true;
      const flaky: StaffDirectory = {
        ...staff,
        get: (id) =>
          failing ? Promise.reject(new StorageUnavailableError('throttled', 5)) : staff.get(id),
      };
      const registration = createStaffRegistration({ staff: flaky, clock });
      const outcome = await registration.register(newcomer());
      expect(outcome).toEqual({ kind: 'failed', error: expect.any(StorageUnavailableError) });

      failing = false;
      expect(await registration.register(newcomer())).toEqual({ kind: 'added' });
    });

    it('turns a failed write into an outcome too', async () => {
      const broken: StaffDirectory = {
        ...staff,
        upsert: () => Promise.reject(new Error('disk full')),
      };
      const registration = createStaffRegistration({ staff: broken, clock });
      await expect(registration.register(newcomer())).resolves.toEqual({
        kind: 'failed',
        error: new Error('disk full'),
      });
    });

    it('settles when every registration under way has finished', async () => {
      const registration = createStaffRegistration({ staff, clock });
      void registration.register(newcomer());
      void registration.register(newcomer({ id: STAFF.stranger.id, name: STAFF.stranger.name }));
      await registration.settled();
      expect(writes).toHaveLength(2);
      await registration.settled();
    });
  });
});
