import { newIdempotencyKey } from '../../../tab/src/form/idempotency';
import { draftBody, VALID_HETU } from '../../app/testing';
import { IDEMPOTENCY_KEY_PATTERN } from './routes/observation-routes';
import { as, useTestServer } from './testing';

/** Issue 9: the Idempotency-Key is stored, so only an opaque token is accepted. */
describe('HTTP: the Idempotency-Key header', () => {
  const server = useTestServer();

  const submit = (key: string, lang = 'fi') =>
    server().inject({
      method: 'POST',
      url: '/api/observations',
      headers: { ...as('reporter'), 'idempotency-key': key, 'accept-language': lang },
      payload: draftBody(),
    });

  it.each([
    ['fi', 'Kentän ”Idempotency-Key-otsake” arvossa on merkkejä, joita ei sallita.'],
    ['sv', 'Värdet i fältet ”Idempotency-Key” innehåller tecken som inte är tillåtna.'],
    ['en', 'The value of “Idempotency-Key header” contains characters that are not allowed.'],
  ])(
    'free text with an identity code is refused, not kept: 422 invalid_format (%s)',
    async (lang, message) => {
      const res = await submit(`hetu ${VALID_HETU}`, lang);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toEqual({
        error: {
          code: 'validation',
          message,
          field: 'idempotencyKey',
          fields: [{ field: 'idempotencyKey', code: 'invalid_format', message }],
        },
      });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(await server().store.observations.isEmpty()).toBe(true);
    },
  );

  it.each([
    ['a space', 'form 123'],
    ['a slash', 'form/123'],
    ['a comma (the header sent twice)', 'a,b'],
    [
      'a non-ASCII letter (sent as UTF-8 bytes)',
      Buffer.from('lomake-ä', 'utf8').toString('latin1'),
    ],
    ['a quote', 'form"123'],
  ])('a key with %s → 422 invalid_format', async (_what, key) => {
    const res = await submit(key);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ field: 'idempotencyKey', code: 'invalid_format' }),
    ]);
  });

  it.each([
    ['a UUID', '3f1c2a9e-7b4d-4c1e-9a2f-0d6b8e5c4a21'],
    ['letters, digits and . _ : -', 'bench-4711_2.form:3'],
    ['200 characters', 'k'.repeat(200)],
  ])('accepts an opaque token: %s', async (_what, key) => {
    const res = await submit(key);
    expect(res.statusCode).toBe(201);
  });

  it('accepts every key the tab makes', async () => {
    for (let i = 0; i < 200; i++) expect(newIdempotencyKey()).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect((await submit(newIdempotencyKey())).statusCode).toBe(201);
  });
});
