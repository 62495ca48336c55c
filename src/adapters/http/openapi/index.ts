export { createApiSchemas, type ApiSchemas, type ApiSchemaName } from './api-schemas';
export { createOpenApiDocument } from './openapi-document';
