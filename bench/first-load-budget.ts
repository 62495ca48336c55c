import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Issue 10's goal: a reporter's first load of the form fetches at most this much JS + CSS. */
export const FIRST_LOAD_GOAL_BYTES = 150_000;

type ManifestChunk = {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
};

export type FirstLoadFile = {
  readonly file: string;
  readonly bytes: number;
  readonly brotli: number;
};

/**
 * The JavaScript and CSS that index.html loads before anything is fetched on demand: the
 * entry chunk and what it imports statically, read from the build's manifest
 * (dist/tab/.vite/manifest.json), with the size of each file and of its brotli copy.
 */
export function firstLoadFiles(tabDir: string): FirstLoadFile[] {
  const manifestPath = join(tabDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} missing: run npm run build:tab`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true);
  if (entry === undefined) throw new Error('the manifest names no entry');
  const files = new Set<string>();
  const visit = (key: string, seen: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach((next) => visit(next, seen));
  };
  visit(entry, new Set());
  return [...files].map((file) => {
    const brotliPath = join(tabDir, `${file}.br`);
    return {
      file,
      bytes: statSync(join(tabDir, file)).size,
      brotli: existsSync(brotliPath) ? statSync(brotliPath).size : Number.POSITIVE_INFINITY,
    };
  });
}
