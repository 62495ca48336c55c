/** Why an incoming request was refused before it reached the bot. */
export type Refusal = {
  readonly status: 400 | 403;
  readonly code: 'malformed_activity' | 'unknown_tenant';
  readonly message: string;
};

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * Checks what the bot relies on before the SDK sees the activity: a type, a conversation,
 * an http(s) serviceUrl to answer to, and a tenant on the allow-list. Refused activities
 * change nothing and get no answer sent to their serviceUrl.
 */
export function checkActivity(
  body: unknown,
  allowedTenants: readonly string[] | null,
): Refusal | null {
  if (!isObject(body)) return malformed('the body is not an activity object');
  if (text(body.type) === null) return malformed('type is missing');
  if (text(body.channelId) === null) return malformed('channelId is missing');
  const serviceUrl = text(body.serviceUrl);
  if (serviceUrl === null || !isHttpUrl(serviceUrl))
    return malformed('serviceUrl is not an http(s) URL');
  if (!isObject(body.conversation) || text(body.conversation.id) === null) {
    return malformed('conversation.id is missing');
  }
  if (!isObject(body.from) || text(body.from.id) === null) return malformed('from.id is missing');
  if (allowedTenants !== null) {
    const tenant = tenantOf(body);
    if (tenant === null || !allowedTenants.includes(tenant.toLowerCase())) {
      return {
        status: 403,
        code: 'unknown_tenant',
        message: 'The activity comes from a tenant this app does not serve.',
      };
    }
  }
  return null;
}

/** Teams puts the tenant in channelData.tenant.id, and also in conversation.tenantId. */
function tenantOf(body: Json): string | null {
  const channelData = isObject(body.channelData) ? body.channelData : {};
  const fromChannel = isObject(channelData.tenant) ? text(channelData.tenant.id) : null;
  const conversation = isObject(body.conversation) ? text(body.conversation.tenantId) : null;
  return fromChannel ?? conversation;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const malformed = (detail: string): Refusal => ({
  status: 400,
  code: 'malformed_activity',
  message: `Malformed activity: ${detail}.`,
});
