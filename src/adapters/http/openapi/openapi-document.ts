import { z } from 'zod';
import type { CountyConfig } from '../../../domain/county/county-config';
import { STATUSES } from '../../../domain/lifecycle/status';
import { BOARD_SORTS } from '../../../domain/observation/board-order';
import { BOARD_LIMIT, MINE_LIMIT } from '../../../app';
import { createApiSchemas } from './api-schemas';
import { adminPaths } from './admin-paths';
import { auditPaths } from './audit-paths';
import { exportPaths } from './export-paths';
import { followUpPaths } from './follow-up-paths';
import { apiPaths } from './openapi-paths';
import { publicFormPaths } from './public-form-paths';
import { suggestionPaths } from './suggestion-paths';
import { reportPaths } from './report-paths';
import { workspacePaths } from './workspace-paths';

type JsonObject = Record<string, unknown>;

/**
 * `GET /api/openapi.json`: OpenAPI 3.1, whose schema dialect is JSON Schema 2020-12,
 * exactly what `z.toJSONSchema` emits. Built once per server from the same zod schemas
 * the tests check answers against.
 */
export function createOpenApiDocument(county: CountyConfig): JsonObject {
  const schemas = createApiSchemas(county);
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  const components: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    // Components live inside the document; their own $schema/$id would only confuse tools.
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonObject;
    components[id] = rest;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'RAKE – sosiaalinen raportointi',
      version: '1.0.0',
      description:
        'Social reporting (sosiaalinen raportointi) for Finnish wellbeing services counties. ' +
        'Errors are `{ error: { code, message, field?, fields? } }` with messages in the ' +
        'language of Accept-Language (fi default, sv, en). Any request may also meet 400 ' +
        'bad_request, 408 request_timeout or 431 headers_too_large from the HTTP parser, and ' +
        'in development identity mode 421 host_not_allowed. See docs/api.md.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      ...apiPaths({
        statuses: STATUSES,
        sorts: BOARD_SORTS,
        limit: BOARD_LIMIT,
        mineLimit: MINE_LIMIT,
      }),
      ...workspacePaths(),
      ...suggestionPaths(),
      ...exportPaths({ statuses: STATUSES, sorts: BOARD_SORTS }),
      ...reportPaths(),
      ...auditPaths(),
      ...followUpPaths(),
      ...adminPaths(),
      ...publicFormPaths(),
    },
    components: {
      schemas: components,
      securitySchemes: {
        devIdentity: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Dev-User-Id',
          description:
            'Development only (RAKE_AUTH=dev): also X-Dev-User-Name, X-Dev-User-Email, ' +
            'X-Dev-Roles and X-Dev-Service-Areas (comma lists; names may be percent-encoded UTF-8).',
        },
      },
    },
    security: [{ devIdentity: [] }],
  };
}
