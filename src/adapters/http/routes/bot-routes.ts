import type { FastifyInstance } from 'fastify';
import type { BotEndpoint } from '../http-deps';

/**
 * POST /api/messages: where Teams (or the Agents Playground) delivers activities. The bot
 * authenticates the Bot Framework token itself; this edge only hands over the parsed body
 * and headers, so no bot framework type reaches the HTTP adapter. Without a bot (no
 * credentials outside dev mode) the route does not exist.
 */
export function registerBotRoutes(server: FastifyInstance, bot: BotEndpoint | undefined): void {
  if (bot === undefined) return;
  server.post('/api/messages', async (request, reply) => {
    const answer = await bot.handle({
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    reply.status(answer.status);
    return answer.body === undefined ? reply.send() : reply.send(answer.body);
  });
}
