/// <reference types="jest" />
import type { SettingsStore } from './settings-store';

export type SettingsUnderTest = {
  readonly settings: SettingsStore;
  /** A second handle on the same storage (another instance of the app), when there can be one. */
  readonly other?: SettingsStore;
  dispose(): Promise<void>;
};

/**
 * The contract every SettingsStore passes. Decisions beyond the types: versions start at 1
 * and grow by one per put; a put with a stale version (or 0 over a stored value) writes
 * nothing and names the stored version; keys are independent.
 */
export function describeSettingsStoreContract(
  name: string,
  makeStore: () => Promise<SettingsUnderTest>,
): void {
  describe(`SettingsStore contract: ${name}`, () => {
    let current: SettingsUnderTest | null = null;
    const under = (): SettingsUnderTest => {
      if (current === null) throw new Error('store used outside a test');
      return current;
    };

    beforeEach(async () => {
      current = await makeStore();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    it('holds nothing at first', async () => {
      expect(await under().settings.get('county')).toBeNull();
      expect(await under().settings.get('supervision')).toBeNull();
    });

    it('creates with version 0, then replaces under the version it holds', async () => {
      const { settings } = under();
      const value = { publicForm: true, list: [{ id: 'a', label: { fi: 'Ä', sv: 'Å', en: 'A' } }] };
      expect(await settings.put('county', value, 0)).toEqual({ ok: true, version: 1 });
      expect(await settings.get('county')).toEqual({ value, version: 1 });

      expect(await settings.put('county', { publicForm: false }, 1)).toEqual({
        ok: true,
        version: 2,
      });
      expect(await settings.get('county')).toEqual({ value: { publicForm: false }, version: 2 });
      expect(await settings.get('supervision')).toBeNull();
    });

    it('refuses a stale version and a second create, naming the stored version', async () => {
      const { settings } = under();
      await settings.put('supervision', { areas: {} }, 0);
      await settings.put('supervision', { areas: { x: { groupIds: [] } } }, 1);

      expect(await settings.put('supervision', { stale: true }, 1)).toEqual({
        ok: false,
        currentVersion: 2,
      });
      expect(await settings.put('supervision', { again: true }, 0)).toEqual({
        ok: false,
        currentVersion: 2,
      });
      expect(await settings.put('county', { never: true }, 3)).toEqual({
        ok: false,
        currentVersion: 0,
      });
      expect(await settings.get('supervision')).toEqual({
        value: { areas: { x: { groupIds: [] } } },
        version: 2,
      });
      expect(await settings.get('county')).toBeNull();
    });

    it('lets one of two writers racing on the same version win', async () => {
      const { settings, other } = under();
      const second = other ?? settings;
      await settings.put('county', { n: 0 }, 0);
      const outcomes = await Promise.all([
        settings.put('county', { n: 1 }, 1),
        second.put('county', { n: 2 }, 1),
      ]);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      const stored = await second.get('county');
      expect(stored?.version).toBe(2);
      const winner = outcomes[0]?.ok === true ? { n: 1 } : { n: 2 };
      expect(stored?.value).toEqual(winner);
    });
  });
}
