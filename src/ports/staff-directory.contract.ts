/// <reference types="jest" />
import type { StaffDirectory, StaffMember } from './staff-directory';

export type DirectoryUnderTest = {
  readonly staff: StaffDirectory;
  dispose(): Promise<void>;
};

const member = (id: string, overrides: Partial<StaffMember> = {}): StaffMember => ({
  id,
  name: `Henkilö ${id}`,
  email: `${id}@example.invalid`,
  title: 'Sosiaalityöntekijä',
  roles: ['reporter'],
  serviceAreas: [],
  ...overrides,
});

/**
 * The contract every StaffDirectory passes. Decisions beyond the types: `list` is ordered
 * by name in Finnish alphabetical order (å, ä, ö after z); `upsert` replaces a member whole.
 */
export function describeStaffDirectoryContract(
  name: string,
  makeDirectory: () => Promise<DirectoryUnderTest>,
): void {
  describe(`StaffDirectory contract: ${name}`, () => {
    let current: DirectoryUnderTest | null = null;
    const staff = (): StaffDirectory => {
      if (current === null) throw new Error('directory used outside a test');
      return current.staff;
    };

    beforeEach(async () => {
      current = await makeDirectory();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    it('starts empty', async () => {
      expect(await staff().list()).toEqual([]);
      expect(await staff().get('user-a')).toBeNull();
    });

    it('stores members with every field and lists them by name in Finnish order', async () => {
      const ulla = member('user-u', { name: 'Ulla Zetterberg', email: null, title: null });
      const aaro = member('user-a', {
        name: 'Aaro Öhman',
        roles: ['reporter', 'supervisor'],
        serviceAreas: ['adults', 'families'],
      });
      const ake = member('user-o', { name: 'Ärje Ahola' });
      await staff().upsert([ake, ulla, aaro]);

      expect(await staff().list()).toEqual([aaro, ulla, ake]);
      expect(await staff().get('user-a')).toEqual(aaro);
    });

    it('replaces a member with the same id', async () => {
      await staff().upsert([member('user-a', { roles: ['reporter', 'supervisor'] })]);
      const renamed = member('user-a', { name: 'Uusi Nimi', roles: ['rake_member'] });
      await staff().upsert([renamed]);
      expect(await staff().list()).toEqual([renamed]);
    });

    it('finds the supervisors of a service area', async () => {
      const adults = member('user-s1', {
        name: 'Aino Esimies',
        roles: ['reporter', 'supervisor'],
        serviceAreas: ['adults'],
      });
      const both = member('user-s2', {
        name: 'Eero Esimies',
        roles: ['supervisor'],
        serviceAreas: ['families', 'adults'],
      });
      const families = member('user-s3', { roles: ['supervisor'], serviceAreas: ['families'] });
      const notSupervisor = member('user-r', { roles: ['reporter'], serviceAreas: ['adults'] });
      await staff().upsert([both, families, notSupervisor, adults]);

      expect(await staff().supervisorsOf('adults')).toEqual([adults, both]);
      expect(await staff().supervisorsOf('nowhere')).toEqual([]);
    });

    it('counts the areas a supervisor has through an Entra group, kept apart from assigned ones', async () => {
      const grouped = member('user-g', {
        name: 'Gunilla Ryhmä',
        roles: ['reporter', 'supervisor'],
        serviceAreas: ['adults'],
        groupServiceAreas: ['families'],
      });
      const reporterInGroup = member('user-h', { groupServiceAreas: ['families'] });
      await staff().upsert([grouped, reporterInGroup]);

      expect(await staff().get('user-g')).toEqual(grouped);
      expect(await staff().supervisorsOf('families')).toEqual([grouped]);
      expect(await staff().supervisorsOf('adults')).toEqual([grouped]);

      // Out of the group: the assigned area stays, the group's goes.
      const { groupServiceAreas: _left, ...outOfGroup } = grouped;
      await staff().upsert([outOfGroup]);
      expect(await staff().get('user-g')).toEqual(outOfGroup);
      expect(await staff().supervisorsOf('families')).toEqual([]);
      expect(await staff().supervisorsOf('adults')).toEqual([outOfGroup]);
    });
  });
}
