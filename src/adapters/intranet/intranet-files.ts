import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the app serves the subpage: `/intranet/` and `/intranet/<slug>`. */
export const INTRANET_PATH = '/intranet';

/** Slugs name files: nothing that could climb out of the folder or hide a dot file. */
const SLUG = /^[a-z0-9-]{1,80}$/;

export function isIntranetSlug(slug: string): boolean {
  return SLUG.test(slug);
}

export const INDEX_FILE = 'index.html';
export const MANIFEST_FILE = 'publications.json';

export const pageFile = (dir: string, slug: string): string => {
  if (!isIntranetSlug(slug)) throw new Error(`not an intranet slug: ${JSON.stringify(slug)}`);
  return join(dir, `${slug}.html`);
};

/**
 * Writes beside the target and renames over it: a rename within a folder is atomic, so a
 * reader sees the old file or the new one, never half of either. The temporary name starts
 * with a dot, which no slug does, so it is never served.
 */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const dir = join(file, '..');
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

const isMissing = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/** The file's text, or null when it does not exist. */
export async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}
