import { COUNTY, draftBody } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, useTestServer } from './testing';

const schemas = createApiSchemas(COUNTY);
type Who = Parameters<typeof as>[0];

describe('HTTP: phenomenon suggestions and near-duplicates', () => {
  const t = useTestServer();

  const file = async (description: string, overrides: Record<string, unknown> = {}) => {
    const res = await t().inject({
      method: 'POST',
      url: '/api/observations',
      headers: as('reporter'),
      payload: draftBody({ description, ...overrides }),
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const phenomenon = async (title: string, description: string) => {
    const res = await t().inject({
      method: 'POST',
      url: '/api/phenomena',
      headers: as('coordinator'),
      payload: { title, description },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const get = (url: string, who: Who = 'rakeMember') =>
    t().inject({ method: 'GET', url, headers: as(who) });

  it('suggests phenomena with scores and the words that matched', async () => {
    const evictions = await phenomenon(
      'Häätöjen lisääntyminen',
      'Perheitä häädetään vuokra-asunnoista.',
    );
    await phenomenon('Ikäihmisten yksinäisyys', 'Kotona asuvat ikäihmiset ovat yksinäisiä.');
    const id = await file('Lapsiperheet ovat saaneet häätöuhan, ja häätöpäätösten määrä kasvaa.');

    const res = await get(`/api/observations/${id}/phenomenon-suggestions`);

    expect(res.statusCode).toBe(200);
    const body = schemas.PhenomenonSuggestions.parse(res.json());
    expect(body.items[0]).toMatchObject({
      phenomenonId: evictions,
      title: 'Häätöjen lisääntyminen',
      matchedTerms: expect.arrayContaining(['häätöuhan']),
    });
  });

  it('lists near-duplicates the caller may see', async () => {
    const text = 'Nuoret odottavat pääsyä mielenterveyspalveluihin puoli vuotta.';
    const id = await file(text);
    const twin = await file(`${text} Tilanne pahenee.`);

    const res = await get(`/api/observations/${id}/similar`, 'supervisor');

    expect(res.statusCode).toBe(200);
    const body = schemas.SimilarObservations.parse(res.json());
    expect(body.items.map((item) => item.observationId)).toEqual([twin]);
  });

  it('answers 403 to reporters and 404 for what the caller may not see', async () => {
    const id = await file('Koulukuljetukset eivät sovi vuorotyöhön.', {
      serviceArea: 'child_welfare',
    });
    for (const path of ['phenomenon-suggestions', 'similar']) {
      expect((await get(`/api/observations/${id}/${path}`, 'reporter')).statusCode).toBe(403);
      expect((await get(`/api/observations/${id}/${path}`, 'supervisor')).statusCode).toBe(404);
      expect((await get(`/api/observations/nope/${path}`)).statusCode).toBe(404);
    }
  });
});
