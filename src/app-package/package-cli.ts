/**
 * `npm run package`: builds dist/appPackage/rake.zip, the Teams app package, from
 * appPackage/ with the placeholders taken from the environment (TEAMS_APP_ID, BOT_ID,
 * AAD_APP_CLIENT_ID, TAB_DOMAIN, TAB_ENDPOINT). Exits 1 when the package is not valid.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assembleAppPackage, zipAppPackage } from './app-package';

async function main(): Promise<void> {
  const pkg = assembleAppPackage(process.env);
  const outDir = join(__dirname, '..', '..', 'dist', 'appPackage');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'rake.zip');
  writeFileSync(out, await zipAppPackage(pkg));
  console.log(
    `Wrote ${relative(process.cwd(), out)} (manifest ${pkg.manifest.manifestVersion}, ` +
      `validated): ${[...pkg.files.keys()].join(', ')}`,
  );
  if (pkg.settings.defaulted.length > 0) {
    console.warn(
      `Fake defaults for ${pkg.settings.defaulted.join(', ')}: the package validates but ` +
        'installs in no tenant. Set them for a real deployment.',
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
