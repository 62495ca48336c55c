import { draftBody } from '../../app/testing';
import { as, useTestServer } from './testing';

/*
 * Free text reaches the store only as whole, visible, identity-code-free text, in every field
 * that takes it: the form, the triage notes and the feedback. The code below is invented
 * (individual number 900+, a temporary code) and written as pasting from a PDF writes it.
 */
const PASTED_CODE = '０１０１２８\u200BA\u00AD９０８ У'; // 010128A908Y: full-width, hidden, Cyrillic У

describe('HTTP: free text is whole, visible and free of identity codes', () => {
  const server = useTestServer();

  const file = (body: string | object, key?: string) =>
    server().inject({
      method: 'POST',
      url: '/api/observations',
      headers: {
        ...as('reporter'),
        'content-type': 'application/json',
        'accept-language': 'en',
        ...(key === undefined ? {} : { 'idempotency-key': key }),
      },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it.each(['description', 'solutionProposal'])(
    'refuses a disguised identity code in %s, naming the field',
    async (field) => {
      const res = await file(draftBody({ [field]: `Tunnus on ${PASTED_CODE} ja asia toistuu.` }));
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'personal_data', field });
      expect(await server().store.observations.isEmpty()).toBe(true);
    },
  );

  it('refuses half a character: a retry of the same request is refused the same way', async () => {
    // JSON can carry a lone surrogate; a store would keep U+FFFD instead, so the retry would
    // no longer match what was filed.
    const body = JSON.stringify(draftBody()).replace('"description":"', '"description":"\\ud800');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const res = await file(body, 'retry-key-1');
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual([
        {
          field: 'description',
          code: 'invalid_characters',
          message: 'Description contains broken characters. Please type or paste the text again.',
        },
      ]);
    }
    expect(await server().store.observations.isEmpty()).toBe(true);
  });

  it('refuses a description of only zero-width spaces as missing', async () => {
    const res = await file(draftBody({ description: '\u200B'.repeat(50) }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ field: 'description', code: 'required' }),
    ]);
    expect(await server().store.observations.isEmpty()).toBe(true);
  });

  it.each(['%00abc', 'abc%00', '%22', '%22%22%22', 'NEAR(a%20b)', '%01%02%03', '%E2%80%8B'])(
    'answers a board search for %s without failing',
    async (q) => {
      await file(draftBody());
      const res = await server().inject({
        method: 'GET',
        url: `/api/observations?q=${q}`,
        headers: as('supervisor'),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([]);
    },
  );

  it('refuses a named supervisor where the county routes by service area (Kainuu)', async () => {
    const res = await file(draftBody({ supervisorId: 'u-supervisor-2' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      {
        field: 'supervisorId',
        code: 'not_allowed',
        message: expect.stringContaining('not used in this wellbeing services county'),
      },
    ]);
    expect(await server().store.observations.isEmpty()).toBe(true);
  });

  describe('on a filed observation', () => {
    let id: string;
    beforeEach(async () => {
      id = (await file(draftBody())).json().id;
    });

    it('refuses a disguised identity code in a triage note, naming the field', async () => {
      const res = await server().inject({
        method: 'PATCH',
        url: `/api/observations/${id}/triage`,
        headers: { ...as('supervisor'), 'if-match': '"1"' },
        payload: { keyMessage: `Ks. ${PASTED_CODE}` },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'personal_data', field: 'keyMessage' });
      expect((await server().store.observations.get(id))?.version).toBe(1);
    });

    it('refuses a disguised identity code in feedback, naming the field', async () => {
      const res = await server().inject({
        method: 'POST',
        url: `/api/observations/${id}/transitions`,
        headers: as('supervisor'),
        payload: { to: 'forwarded', feedback: `Tunnus ${PASTED_CODE} poistettava.` },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'personal_data', field: 'feedback' });
      expect((await server().store.observations.get(id))?.status).toBe('received');
    });

    it('takes feedback of invisible characters only as no feedback', async () => {
      const res = await server().inject({
        method: 'POST',
        url: `/api/observations/${id}/transitions`,
        headers: as('supervisor'),
        payload: { to: 'forwarded', feedback: '\u200B'.repeat(20) },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual([
        expect.objectContaining({ field: 'feedback', code: 'required' }),
      ]);
    });
  });
});
