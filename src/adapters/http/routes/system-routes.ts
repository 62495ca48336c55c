import type { FastifyInstance } from 'fastify';
import { describeCounty } from '../../../app';
import { createOpenApiDocument } from '../openapi';
import type { RouteContext } from './route-context';

/** Health, county configuration and the OpenAPI document: no identity needed. */
export function registerSystemRoutes(server: FastifyInstance, ctx: RouteContext): void {
  // The document depends only on the county, so it is built once.
  const openapi = createOpenApiDocument(ctx.app.county);

  server.get('/api/health', async () => ({ status: 'ok' }));
  // Public on purpose: the tab draws its "acting as" picker and form before anyone signs in.
  server.get('/api/config', async () => describeCounty(ctx.app));
  server.get('/api/openapi.json', async () => openapi);
}
