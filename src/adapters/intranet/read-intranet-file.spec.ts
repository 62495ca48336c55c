import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIntranetFile } from './read-intranet-file';

let root = '';
let dir = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rake-intranet-read-'));
  dir = join(root, 'intranet');
  await mkdir(dir);
  await writeFile(join(dir, 'vuosi-2026.html'), '<h1>Vuosi</h1>');
  await writeFile(join(root, 'salainen.html'), 'not for the intranet');
  await writeFile(join(dir, '.kesken.tmp'), 'half a page');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readIntranetFile', () => {
  it('reads a published page by its slug', async () => {
    await expect(readIntranetFile(dir, 'vuosi-2026')).resolves.toBe('<h1>Vuosi</h1>');
    await expect(readIntranetFile(dir, 'ei-ole')).resolves.toBeNull();
  });

  it('answers the empty subpage before anything is published', async () => {
    await expect(readIntranetFile(join(root, 'not-yet'), null)).resolves.toContain(
      'Julkaisuja ei ole vielä.',
    );
  });

  it.each([
    '../salainen',
    '..',
    '.kesken',
    'Vuosi-2026',
    'vuosi-2026.html',
    'vuosi/2026',
    'vuosi%2F2026',
    '',
    'a'.repeat(81),
  ])('refuses %j', async (slug) => {
    await expect(readIntranetFile(dir, slug)).resolves.toBeNull();
  });
});
