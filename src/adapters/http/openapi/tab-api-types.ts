import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { DEFAULTS } from '../../../config';
import { resolveCountyConfig } from '../../../domain/county/county-presets';
import type { CountyConfig } from '../../../domain/county/county-config';
import { createOpenApiDocument } from './openapi-document';

/** Where the tab's API types live; `npm run api:types` writes it, a unit test checks it. */
export const TAB_API_TYPES_FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'tab',
  'src',
  'api',
  'generated',
  'openapi.ts',
);

export const TAB_API_TYPES_COMMAND = 'npm run api:types';

/**
 * One tab build serves every county, so its types come from the document as a county with
 * empty lists would serve it: the request bodies then say `string` for county ids instead of
 * one county's ids. Everything else is exactly what `GET /api/openapi.json` serves.
 */
const countyNeutral = (): CountyConfig => ({
  ...resolveCountyConfig(DEFAULTS.county),
  serviceAreas: [],
  municipalities: [],
  topics: [],
  targetGroups: [],
});

const HEADER = `/**
 * GENERATED FILE – do not edit. Run \`${TAB_API_TYPES_COMMAND}\` to regenerate.
 *
 * TypeScript types of the API's OpenAPI document (GET /api/openapi.json), made by
 * openapi-typescript from createOpenApiDocument (src/adapters/http/openapi). The tab takes its
 * API shapes from here (tab/src/api/types.ts); a unit test fails when this file is stale.
 */
`;

/** The contents of tab/src/api/generated/openapi.ts, formatted as the repo's prettier does. */
export async function generateTabApiTypes(): Promise<string> {
  const document = createOpenApiDocument(countyNeutral()) as unknown as OpenAPI3;
  const ast = await openapiTS(document, { immutable: true, silent: true });
  const source = HEADER + '\n' + astToString(ast);
  const options = await prettier.resolveConfig(TAB_API_TYPES_FILE);
  return prettier.format(source, { ...options, filepath: TAB_API_TYPES_FILE });
}
