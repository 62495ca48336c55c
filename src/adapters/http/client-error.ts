import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { negotiateLocale } from '../../i18n';
import type { ApiProblem } from './api-problem';
import { renderProblem } from './error-body';
import { securityHeadersFor } from './security-headers';

/** Request line and headers together; larger → 431. Node's default too, but set here as ours. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** What Node hands the 'clientError' event: `rawPacket` is the bytes it was parsing. */
type ClientError = Error & { readonly code?: string; readonly rawPacket?: unknown };

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a negative Content-Length,
 * both Content-Length and Transfer-Encoding, headers over MAX_HEADER_BYTES, a request that
 * never finishes arriving) get the API's error body and security headers, written to the
 * socket by hand because there is no request or reply yet, and the connection is closed.
 *
 * The language comes from an Accept-Language line in the bytes Node had read, when there is
 * one; otherwise Finnish, the default. Whether the request came over HTTPS is unknown here,
 * so Strict-Transport-Security is not sent.
 */
export function answerClientError(error: ClientError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // As Node's own handler: never write into a response that has already begun.
  const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && inFlight?.headersSent !== true) {
    const locale = negotiateLocale(acceptLanguageIn(error.rawPacket));
    const { status, body } = renderProblem(problemOf(error), locale);
    const text = JSON.stringify(body);
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...securityHeadersFor('/api'),
      connection: 'close',
    };
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('')}\r\n${text}`,
    );
  }
  socket.destroy(error);
}

function problemOf(error: ClientError): ApiProblem {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return { code: 'headers_too_large', limitBytes: MAX_HEADER_BYTES };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { code: 'request_timeout' };
  return { code: 'bad_request' };
}

/** The Accept-Language value among the raw bytes, if Node had read that far. */
function acceptLanguageIn(raw: unknown): string | undefined {
  if (!Buffer.isBuffer(raw)) return undefined;
  const text = raw.subarray(0, 64 * 1024).toString('latin1');
  return /\r\naccept-language:[ \t]*([^\r\n]{0,500})/i.exec(text)?.[1];
}
