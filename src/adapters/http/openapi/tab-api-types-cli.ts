/**
 * `npm run api:types`: regenerates tab/src/api/generated/openapi.ts from the OpenAPI document.
 * With `--stdout` it prints the file instead of writing it (the unit test compares the two).
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateTabApiTypes, TAB_API_TYPES_FILE } from './tab-api-types';

const toStdout = process.argv.includes('--stdout');

generateTabApiTypes().then(
  (source) => {
    if (toStdout) {
      process.stdout.write(source);
      return;
    }
    writeFileSync(TAB_API_TYPES_FILE, source);
    console.log(`Wrote ${relative(process.cwd(), TAB_API_TYPES_FILE)}`);
  },
  (error: unknown) => {
    console.error('Could not generate the tab API types:', error);
    process.exitCode = 1;
  },
);
