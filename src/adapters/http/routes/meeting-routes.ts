import type { FastifyInstance } from 'fastify';
import {
  createMeeting,
  listMeetings,
  meetingAgenda,
  recordMinutes,
  updateMeeting,
} from '../../../app';
import { unwrap } from '../api-problem';
import { etagOf } from '../etag';
import type { IdParams, RouteContext } from './route-context';
import { workspaceVersion } from './workspace-expected-version';

/** The RAKE group's meetings, each with its agenda and minutes. */
export function registerMeetingRoutes(server: FastifyInstance, ctx: RouteContext): void {
  const meetingVersion = (id: string) => async () =>
    (await ctx.app.meetings.get(id))?.version ?? null;

  server.get('/api/meetings', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await listMeetings(ctx.app, actor)) };
  });

  server.post('/api/meetings', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const meeting = unwrap(await createMeeting(ctx.app, actor, request.body));
    return reply
      .code(201)
      .header('location', `/api/meetings/${encodeURIComponent(meeting.id)}`)
      .header('etag', etagOf(meeting.version))
      .send(meeting);
  });

  server.patch<{ Params: IdParams }>('/api/meetings/:id', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    const version = await workspaceVersion(request, true, meetingVersion(id));
    const meeting = unwrap(await updateMeeting(ctx.app, actor, id, request.body, version ?? -1));
    return reply.header('etag', etagOf(meeting.version)).send(meeting);
  });

  server.get<{ Params: IdParams }>('/api/meetings/:id/agenda', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const agenda = unwrap(await meetingAgenda(ctx.app, actor, request.params.id));
    return reply.header('etag', etagOf(agenda.meeting.version)).send(agenda);
  });

  server.put<{ Params: IdParams }>('/api/meetings/:id/minutes', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    const version = await workspaceVersion(request, false, meetingVersion(id));
    const meeting = unwrap(await recordMinutes(ctx.app, actor, id, request.body, version));
    return reply.header('etag', etagOf(meeting.version)).send(meeting);
  });
}
