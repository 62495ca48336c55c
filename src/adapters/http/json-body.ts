import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-problem';

/** JSON, and JSON Merge Patch (what a PATCH of a few triage fields is); nothing else is read. */
const JSON_TYPES = ['application/json', 'application/merge-patch+json'];

/**
 * Bodies are read as JSON in UTF-8 only (RFC 8259 allows no other charset). A body that
 * declares another charset would be misread as UTF-8, so it is refused (415) instead, as is
 * any other media type: Fastify's text/plain parser is removed, so text is never taken for
 * a JSON string.
 */
export function addJsonParsers(server: FastifyInstance): void {
  const parseJson = server.getDefaultJsonParser('error', 'error');
  server.removeContentTypeParser(['application/json', 'text/plain']);
  for (const type of JSON_TYPES) {
    server.addContentTypeParser(type, { parseAs: 'string' }, (request, body, done) => {
      if (!declaresUtf8OrNothing(request.headers['content-type'])) {
        done(new ApiError({ code: 'unsupported_media_type' }), undefined);
        return;
      }
      parseJson(request, body.toString(), done);
    });
  }
}

/** True when every `charset` parameter names UTF-8, or there is none (JSON's default). */
export function declaresUtf8OrNothing(contentType: string | undefined): boolean {
  const params = (contentType ?? '').split(';').slice(1);
  return params.every((param) => {
    const [name = '', ...rest] = param.split('=');
    if (name.trim().toLowerCase() !== 'charset') return true;
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    return value === 'utf-8' || value === 'utf8';
  });
}
