import type { FastifyInstance } from 'fastify';
import { listStaff } from '../../../app';
import { ApiError, unwrap } from '../api-problem';
import { parseStaffQuery } from './query-params';
import type { RouteContext } from './route-context';

export function registerIdentityRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/me', async (request) => {
    const { id, name, email, roles, serviceAreas } = await ctx.signIn(request);
    return { id, name, email, roles, serviceAreas };
  });

  server.get('/api/staff', async (request) => {
    await ctx.signIn(request);
    const filter = parseStaffQuery(request.query);
    if (!filter.ok) throw new ApiError({ code: 'validation', problems: filter.error });
    return { items: unwrap(await listStaff(ctx.app, filter.value)) };
  });

  // Only the dev authenticator trusts what callers claim, so only it lists whom to claim.
  server.get('/api/dev/identities', async () => {
    if (ctx.authenticator.mode !== 'dev') throw new ApiError({ code: 'not_found' });
    return { items: await ctx.app.staff.list() };
  });
}
