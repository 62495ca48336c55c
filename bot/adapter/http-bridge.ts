import type { CloudAdapter, TurnContext } from 'botbuilder';
import { checkActivity } from './activity-guard';

/** A request as any HTTP server has it; the HTTP edge stays free of the bot framework. */
export type BotRequest = {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
};

export type BotReply = { readonly status: number; readonly body: unknown };

/**
 * Runs one POST /api/messages through the adapter: the guard first, then the SDK's own
 * authentication (401 for a missing or bad token), then the bot's logic. The SDK writes to
 * an Express-like response; this captures it as a plain status and body.
 */
export async function processRequest(
  adapter: CloudAdapter,
  allowedTenants: readonly string[] | null,
  request: BotRequest,
  logic: (context: TurnContext) => Promise<void>,
): Promise<BotReply> {
  const refusal = checkActivity(request.body, allowedTenants);
  if (refusal !== null) {
    return {
      status: refusal.status,
      body: { error: { code: refusal.code, message: refusal.message } },
    };
  }
  let status = 200;
  let body: unknown = undefined;
  const response = {
    socket: null,
    status: (code: number) => {
      status = code;
    },
    header: () => undefined,
    send: (payload: unknown) => {
      body = payload;
    },
    end: () => undefined,
  };
  await adapter.process(
    {
      method: request.method,
      headers: { ...request.headers },
      body: request.body as Record<string, unknown>,
    },
    response,
    logic,
  );
  if (status === 401) {
    return {
      status,
      body: {
        error: { code: 'unauthenticated', message: 'The bot token is missing or not valid.' },
      },
    };
  }
  return { status, body };
}
