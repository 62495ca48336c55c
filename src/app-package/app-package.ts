import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { packageSettings, substitute, type PackageSettings } from './package-settings';
import { packageProblems, type Manifest } from './validate';

/** The package's sources: the manifest template, its localization files and icons. */
export const APP_PACKAGE_DIR = join(__dirname, '..', '..', 'appPackage');

export type AppPackage = {
  readonly settings: PackageSettings;
  readonly manifest: Manifest;
  /** What goes into the zip, by name at its root. */
  readonly files: ReadonlyMap<string, Buffer>;
};

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/**
 * Reads appPackage/, substitutes the `${{…}}` placeholders from `env` (fake defaults for
 * the missing ones) and checks the result; throws with every problem when it is not valid.
 */
export function assembleAppPackage(
  env: NodeJS.ProcessEnv,
  sourceDir = APP_PACKAGE_DIR,
): AppPackage {
  const settings = packageSettings(env);
  const read = (name: string) => readFileSync(join(sourceDir, name));
  const readJson = (name: string) => JSON.parse(read(name).toString('utf8')) as unknown;

  const manifest = substitute(readJson('manifest.json'), settings.values) as Manifest;
  const files = new Map<string, Buffer>([['manifest.json', json(manifest)]]);
  for (const icon of [manifest.icons?.color, manifest.icons?.outline]) {
    if (typeof icon === 'string') files.set(icon, read(icon));
  }
  const info = manifest.localizationInfo;
  const languageFiles = [
    ...(info?.defaultLanguageFile === undefined ? [] : [info.defaultLanguageFile]),
    ...(info?.additionalLanguages ?? []).map((l) => l.file),
  ];
  for (const file of languageFiles)
    files.set(file, json(substitute(readJson(file), settings.values)));

  const problems = packageProblems(files);
  if (problems.length > 0)
    throw new Error(`The app package is not valid:\n- ${problems.join('\n- ')}`);
  return { settings, manifest, files };
}

/** A fixed timestamp, so the same inputs make the same zip. */
const ZIP_DATE = new Date(Date.UTC(2025, 0, 1));

export async function zipAppPackage(pkg: AppPackage): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, bytes] of [...pkg.files].sort(([a], [b]) => a.localeCompare(b))) {
    zip.file(name, bytes, { date: ZIP_DATE });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
