import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_LOAD_GOAL_BYTES, firstLoadFiles } from '../../bench/first-load-budget';

/**
 * The production build of the tab (npm test builds it first): what a reporter's first load
 * of the form downloads stays within issue 10's budget, and the build ships no source maps.
 * `npm run bench:first-load` measures the same in Chromium.
 */
const TAB_DIR = join(__dirname, '..', '..', 'dist', 'tab');

describe('the built tab', () => {
  it(`loads at most ${FIRST_LOAD_GOAL_BYTES / 1000} KB of JS + CSS (brotli) before the form is shown`, () => {
    const files = firstLoadFiles(TAB_DIR);
    const brotli = files.reduce((sum, f) => sum + f.brotli, 0);
    if (brotli > FIRST_LOAD_GOAL_BYTES) {
      throw new Error(
        `first load ${brotli} B brotli > ${FIRST_LOAD_GOAL_BYTES} B:\n` +
          files.map((f) => `  ${f.file} ${f.brotli} B`).join('\n'),
      );
    }
    expect(brotli).toBeLessThanOrEqual(FIRST_LOAD_GOAL_BYTES);
  });

  it('fetches the other views, the co-reporter picker and Swedish and English on demand', () => {
    const first = firstLoadFiles(TAB_DIR).map((f) => f.file);
    const later = readdirSync(join(TAB_DIR, 'assets')).filter((f) => f.endsWith('.js'));
    for (const lazy of ['Board', 'MyReports', 'Deliveries', 'dropdown-impl', 'sv', 'en']) {
      const chunk = later.find((f) => f.startsWith(`${lazy}-`));
      expect({ lazy, chunk: chunk !== undefined }).toEqual({ lazy, chunk: true });
      expect(first).not.toContain(`assets/${chunk}`);
    }
  });

  it('has a brotli and a gzip copy of every script and no source maps', () => {
    const assets = readdirSync(join(TAB_DIR, 'assets'));
    expect(assets.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of assets.filter((f) => /\.(js|css)$/.test(f))) {
      expect([file, existsSync(join(TAB_DIR, 'assets', `${file}.br`))]).toEqual([file, true]);
      expect([file, existsSync(join(TAB_DIR, 'assets', `${file}.gz`))]).toEqual([file, true]);
    }
  });
});
