import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const GENERATED = 'tab/src/api/generated/openapi.ts';

describe(`the tab's API types (${GENERATED})`, () => {
  it('match the current OpenAPI document', () => {
    // openapi-typescript and prettier load as ES modules, which jest's CommonJS runtime
    // cannot; the generator runs in its own process and prints the file instead of writing it.
    const tsx = resolve(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const cli = resolve(__dirname, 'tab-api-types-cli.ts');
    const run = spawnSync(process.execPath, [tsx, cli, '--stdout'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`npm run api:types failed:\n${run.stderr}`);
    const current = readFileSync(resolve(ROOT, GENERATED), 'utf8');
    if (current !== run.stdout) {
      throw new Error(
        `${GENERATED} is out of date with the OpenAPI document (src/adapters/http/openapi): ` +
          'run `npm run api:types` and commit the result.',
      );
    }
  }, 30_000);
});
