import { createSqliteStore, type SqliteStore } from '../../adapters/sqlite';
import { resolveCountyConfig } from '../../domain/county/county-presets';
import { settingsOf } from '../../domain/county/county-settings';
import type { SettingsStore } from '../../ports';
import { createLiveCounty } from './live-county';

const BASE = resolveCountyConfig('kainuu');
const TIMING = { digestDaysBefore: 3, reminderDays: 7, escalationDays: 14 };

describe('the live county', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = createSqliteStore({ file: ':memory:' });
  });
  afterEach(() => store.close());

  it('is the base until something is saved, and the same object while nothing changes', async () => {
    const live = createLiveCounty(store.settings, BASE, TIMING);
    await live.refresh();
    const first = live.county();
    expect(first).toMatchObject({ id: 'kainuu', serviceAreas: BASE.serviceAreas, timing: TIMING });
    await live.refresh();
    expect(live.county()).toBe(first);
    expect(live.countySettings()).toEqual({ value: settingsOf(BASE, TIMING), version: 0 });
  });

  it('follows its own save at once, and another instance’s at its next refresh', async () => {
    const one = createLiveCounty(store.settings, BASE, TIMING);
    const two = createLiveCounty(store.settings, BASE, TIMING);
    await Promise.all([one.refresh(), two.refresh()]);
    const next = { ...one.countySettings().value, periodScheme: 'half-years-dec' as const };

    expect(await one.saveCountySettings(next, 0)).toEqual({ ok: true, version: 1 });
    expect(one.county().periodScheme).toBe('half-years-dec');
    expect(two.county().periodScheme).toBe('quarters');

    await two.refresh();
    expect(two.county().periodScheme).toBe('half-years-dec');
    expect(two.countySettings().version).toBe(1);
    // The second save on the same version loses and writes nothing.
    expect(await two.saveCountySettings({ ...next, publicForm: true }, 0)).toEqual({
      ok: false,
      currentVersion: 1,
    });
    expect(two.county().publicForm).toBe(false);
  });

  it('refreshes on its own every interval once started', async () => {
    jest.useFakeTimers();
    const one = createLiveCounty(store.settings, BASE, TIMING);
    const two = createLiveCounty(store.settings, BASE, TIMING, { refreshIntervalMs: 5_000 });
    try {
      two.start();
      await one.saveCountySettings({ ...one.countySettings().value, publicForm: true }, 0);
      expect(two.county().publicForm).toBe(false);
      await jest.advanceTimersByTimeAsync(5_000);
      expect(two.county().publicForm).toBe(true);
    } finally {
      two.stop();
      jest.useRealTimers();
    }
  });

  it('keeps the last good settings when the stored ones cannot be used', async () => {
    const errors: unknown[] = [];
    const live = createLiveCounty(store.settings, BASE, TIMING, {
      onError: (e) => errors.push(e),
    });
    await store.settings.put('county', { serviceAreas: 'broken' }, 0);
    await live.refresh();
    expect(live.county().serviceAreas).toEqual(BASE.serviceAreas);
    expect(errors).toHaveLength(1);
  });

  it('updates the supervision document again when another instance wrote it meanwhile', async () => {
    let raced = false;
    const racing: SettingsStore = {
      get: (key) => store.settings.get(key),
      put: async (key, value, expected) => {
        if (!raced) {
          raced = true;
          await store.settings.put(key, { areas: { other: { groupIds: [] } } }, expected);
        }
        return store.settings.put(key, value, expected);
      },
    };
    const live = createLiveCounty(racing, BASE, TIMING);
    const saved = await live.updateSupervision((current) => ({
      areas: { ...current.areas, mine: { groupIds: [] } },
    }));
    expect(Object.keys(saved.areas).sort()).toEqual(['mine', 'other']);
    expect(live.supervision().version).toBe(2);
  });

  it('does not step back to its own save when a refresh meanwhile read a newer one', async () => {
    let live: ReturnType<typeof createLiveCounty> | null = null;
    const slow: SettingsStore = {
      get: (key) => store.settings.get(key),
      put: async (key, value, expected) => {
        const outcome = await store.settings.put(key, value, expected);
        // Before this save's answer arrives, another instance saves and a refresh reads it.
        if (outcome.ok) await store.settings.put(key, { areas: { newer: { groupIds: [] } } }, 1);
        await live?.refresh();
        return outcome;
      },
    };
    live = createLiveCounty(slow, BASE, TIMING);
    await live.updateSupervision(() => ({ areas: { mine: { groupIds: [] } } }));
    expect(live.supervision()).toEqual({
      value: { areas: { newer: { groupIds: [] } } },
      version: 2,
    });
  });
});
