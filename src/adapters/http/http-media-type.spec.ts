import { draftBody } from '../../app/testing';
import { as, useTestServer } from './testing';

/** Issue 9: bodies are JSON in UTF-8; another charset or media type is refused, not misread. */
describe('HTTP: media type and charset of request bodies', () => {
  const server = useTestServer();

  const post = (payload: string | Uint8Array, contentType: string, lang = 'fi') =>
    server().inject({
      method: 'POST',
      url: '/api/observations',
      headers: { ...as('reporter'), 'content-type': contentType, 'accept-language': lang },
      payload,
    });
  const utf16 = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));

  it.each([
    [
      'fi',
      'Pyynnön sisällön on oltava JSON-muotoista ja UTF-8-merkistössä (Content-Type: application/json; charset=utf-8).',
    ],
    [
      'sv',
      'Begärans innehåll måste vara JSON i teckenkodningen UTF-8 (Content-Type: application/json; charset=utf-8).',
    ],
    [
      'en',
      'The request body must be JSON in UTF-8 (Content-Type: application/json; charset=utf-8).',
    ],
  ])(
    'JSON declared as UTF-16 → 415 unsupported_media_type (%s), nothing stored',
    async (lang, message) => {
      const body = JSON.stringify(draftBody());
      const res = await post(utf16(body), 'application/json; charset=utf-16', lang);
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual({ error: { code: 'unsupported_media_type', message } });
      expect(res.headers['content-security-policy']).toContain('frame-ancestors');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(await server().store.observations.isEmpty()).toBe(true);
    },
  );

  it.each([
    'application/json; charset=UTF-16LE',
    'Application/JSON; Charset="utf-16"',
    'application/json;charset=iso-8859-1',
    'application/json; charset=utf-8; charset=latin1',
  ])('any charset but UTF-8 → 415 (%s)', async (type) => {
    const res = await post(JSON.stringify(draftBody()), type);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=UTF-8',
    'application/json;charset="utf-8"',
    'application/json; charset=utf8',
  ])('UTF-8, declared or not, is read (%s)', async (type) => {
    const res = await post(JSON.stringify(draftBody()), type);
    expect(res.statusCode).toBe(201);
  });

  it.each([
    ['text/plain', JSON.stringify(draftBody())],
    ['application/x-www-form-urlencoded', 'kind=negative'],
    ['application/xml', '<kind>negative</kind>'],
  ])('another media type (%s) → 415', async (type, payload) => {
    const res = await post(payload, type, 'en');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
    expect(await server().store.observations.isEmpty()).toBe(true);
  });

  it('a JSON Merge Patch in UTF-16 → 415 as well', async () => {
    const res = await server().inject({
      method: 'PATCH',
      url: '/api/observations/any/triage',
      headers: {
        ...as('supervisor'),
        'if-match': '"1"',
        'content-type': 'application/merge-patch+json; charset=utf-16',
      },
      payload: utf16('{"goal":"x"}'),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });
});
