import { join } from 'node:path';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../domain/report/report';
import { MANIFEST_FILE, readIfExists, writeFileAtomically } from './intranet-files';

/** One line of the subpage's index. */
export type IntranetEntry = {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  /** When it was last published (a republication moves it to the top). */
  readonly publishedAt: string;
  readonly language: ReportLanguage;
};

const isEntry = (value: unknown): value is IntranetEntry => {
  const entry = value as Partial<IntranetEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.slug === 'string' &&
    typeof entry.title === 'string' &&
    typeof entry.summary === 'string' &&
    typeof entry.publishedAt === 'string' &&
    REPORT_LANGUAGES.includes(entry.language as ReportLanguage)
  );
};

/**
 * The publications the index is regenerated from, newest first. The manifest, not the
 * folder's listing, is the record: a page file without an entry is never linked.
 */
export async function readManifest(dir: string): Promise<readonly IntranetEntry[]> {
  const text = await readIfExists(join(dir, MANIFEST_FILE));
  if (text === null) return [];
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every(isEntry))
    throw new Error(`${MANIFEST_FILE} in ${dir} is not a list of publications`);
  return parsed;
}

export async function writeManifest(dir: string, entries: readonly IntranetEntry[]) {
  await writeFileAtomically(join(dir, MANIFEST_FILE), `${JSON.stringify(entries, null, 2)}\n`);
}

const newestFirst = (a: IntranetEntry, b: IntranetEntry): number =>
  b.publishedAt.localeCompare(a.publishedAt) || b.slug.localeCompare(a.slug);

/** The entries with `entry` in place of any under its slug (or under `replaces`). */
export function withEntry(
  entries: readonly IntranetEntry[],
  entry: IntranetEntry,
  replaces: string | null = null,
): IntranetEntry[] {
  return [...entries.filter((e) => e.slug !== entry.slug && e.slug !== replaces), entry].sort(
    newestFirst,
  );
}

export function withoutEntry(entries: readonly IntranetEntry[], slug: string): IntranetEntry[] {
  return entries.filter((e) => e.slug !== slug);
}
