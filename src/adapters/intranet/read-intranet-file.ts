import { join } from 'node:path';
import { INDEX_FILE, isIntranetSlug, pageFile, readIfExists } from './intranet-files';
import { renderIntranetIndex } from './intranet-index-page';

/**
 * What the HTTP layer serves: the subpage (`slug` null; an empty index before anything is
 * published) or one publication's page. Null for an unknown or malformed slug, so no request
 * can name a file outside `dir`.
 */
export async function readIntranetFile(dir: string, slug: string | null): Promise<string | null> {
  if (slug === null) return (await readIfExists(join(dir, INDEX_FILE))) ?? renderIntranetIndex([]);
  if (!isIntranetSlug(slug)) return null;
  return readIfExists(pageFile(dir, slug));
}
