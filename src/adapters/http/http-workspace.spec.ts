import { COUNTY, draftBody, VALID_HETU } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

describe('HTTP: the RAKE working group workspace', () => {
  let t: TestServer;

  beforeEach(async () => {
    t = await createTestServer();
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const file = async (who: Parameters<typeof as>[0] = 'reporter', overrides = {}) => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/observations',
      headers: as(who),
      payload: draftBody(overrides),
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const post = (url: string, payload: unknown, who: Parameters<typeof as>[0] = 'coordinator') =>
    t.inject({ method: 'POST', url, headers: as(who), payload });
  const get = (url: string, who: Parameters<typeof as>[0] = 'coordinator') =>
    t.inject({ method: 'GET', url, headers: as(who) });
  const newPhenomenon = async (title = 'Nuorten aikuisten häätöuhat') => {
    const res = await post('/api/phenomena', {
      title,
      description: 'Vuokravelat kasautuvat.',
      forms: ['policy', 'knowledge'],
      level: 'meso',
    });
    expect(res.statusCode).toBe(201);
    return schemas.Phenomenon.parse(res.json());
  };
  const link = (
    phenomenonId: string,
    observationId: string,
    who: Parameters<typeof as>[0] = 'rakeMember',
  ) =>
    t.inject({
      method: 'PUT',
      url: `/api/phenomena/${phenomenonId}/observations/${observationId}`,
      headers: as(who),
    });

  describe('phenomena', () => {
    it('creates one (forms in canonical order), lists it with its count, reads it back', async () => {
      const created = await newPhenomenon();
      expect(created).toMatchObject({
        forms: ['knowledge', 'policy'],
        observationCount: 0,
        version: 1,
      });
      const id = await file();
      expect((await link(created.id, id)).statusCode).toBe(204);
      expect((await link(created.id, id)).statusCode).toBe(204);

      const list = schemas.PhenomenonList.parse((await get('/api/phenomena', 'supervisor')).json());
      expect(list.items).toEqual([
        expect.objectContaining({ id: created.id, observationCount: 1 }),
      ]);
      const details = await get(`/api/phenomena/${created.id}`, 'editor');
      expect(details.statusCode).toBe(200);
      expect(details.headers.etag).toBe('"1"');
      const body = schemas.PhenomenonDetails.parse(details.json());
      // The editor reads the phenomenon but not an observation outside their reach.
      expect(body.observations).toEqual([]);
      expect(body.hiddenObservationCount).toBe(1);
      const forRake = schemas.PhenomenonDetails.parse(
        (await get(`/api/phenomena/${created.id}`)).json(),
      );
      expect(forRake.observations.map((o) => o.id)).toEqual([id]);
    });

    it('refuses reporters (403) and writers without the role (supervisors, editors)', async () => {
      expect((await get('/api/phenomena', 'reporter')).statusCode).toBe(403);
      expect((await post('/api/phenomena', { title: 'x' }, 'supervisor')).statusCode).toBe(403);
      expect((await post('/api/phenomena', { title: 'x' }, 'editor')).statusCode).toBe(403);
      const created = await newPhenomenon();
      const id = await file();
      expect((await link(created.id, id, 'supervisor')).statusCode).toBe(403);
    });

    it('refuses an identity code in the text (422 personal_data) and an empty title', async () => {
      const res = await post('/api/phenomena', {
        title: 'Ilmiö',
        description: `Asiakas ${VALID_HETU}`,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'personal_data', field: 'description' });
      const blank = await post('/api/phenomena', { title: '  ' });
      expect(blank.json().error).toMatchObject({ code: 'validation', field: 'title' });
      expect(schemas.PhenomenonList.parse((await get('/api/phenomena')).json()).items).toEqual([]);
    });

    it('edits with If-Match only (428 without, 412 stale)', async () => {
      const created = await newPhenomenon();
      const edit = (headers: Record<string, string>) =>
        t.inject({
          method: 'PATCH',
          url: `/api/phenomena/${created.id}`,
          headers: { ...as('rakeMember'), ...headers },
          payload: { title: 'Häätöuhat', level: 'macro' },
        });
      expect((await edit({})).statusCode).toBe(428);
      const ok = await edit({ 'if-match': '"1"' });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(schemas.Phenomenon.parse(ok.json())).toMatchObject({
        title: 'Häätöuhat',
        level: 'macro',
      });
      expect((await edit({ 'if-match': '"1"' })).statusCode).toBe(412);
    });

    it('unlinks, and 404 for an unknown phenomenon or observation', async () => {
      const created = await newPhenomenon();
      const id = await file();
      await link(created.id, id);
      const unlink = await t.inject({
        method: 'DELETE',
        url: `/api/phenomena/${created.id}/observations/${id}`,
        headers: as('coordinator'),
      });
      expect(unlink.statusCode).toBe(204);
      expect((await t.store.phenomena.linksOf(created.id)).length).toBe(0);
      expect((await link('missing', id)).statusCode).toBe(404);
      expect((await link(created.id, 'missing')).statusCode).toBe(404);
    });
  });

  describe('proposals and the closed loop', () => {
    it('walks draft → proposed → accepted → in_progress → done; reporters see it and are told', async () => {
      const direct = await file('reporter');
      const throughPhenomenon = await file('colleague');
      const phenomenon = await newPhenomenon();
      await link(phenomenon.id, throughPhenomenon);

      const created = await post('/api/proposals', {
        title: 'Talousneuvonta sosiaalityön rinnalle',
        rationale: 'Kolme havaintoa häätöuhista.',
        phenomenonIds: [phenomenon.id],
        observationIds: [direct],
        decisionBody: 'Hyvinvointialueen johtoryhmä',
        dueDate: '2027-03-31',
      });
      expect(created.statusCode).toBe(201);
      const proposal = schemas.Proposal.parse(created.json());
      expect(proposal).toMatchObject({ status: 'draft', allowedTransitions: ['proposed'] });

      // A draft is the group's unfinished text: the reporter does not see it yet.
      const mineDraft = schemas.MyReportsPage.parse(
        (await get('/api/observations/mine', 'reporter')).json(),
      );
      expect(mineDraft.items[0]?.proposals).toEqual([]);

      const move = (payload: unknown, who: Parameters<typeof as>[0] = 'coordinator') =>
        post(`/api/proposals/${proposal.id}/transitions`, payload, who);
      expect((await move({ to: 'proposed' })).statusCode).toBe(200);
      const missingNote = await move({ to: 'accepted' });
      expect(missingNote.statusCode).toBe(422);
      expect(missingNote.json().error).toMatchObject({ code: 'validation', field: 'note' });
      const illegal = await move({ to: 'done', note: 'x' }, 'rakeMember');
      expect(illegal.statusCode).toBe(409);
      expect((await move({ to: 'accepted', note: 'x' }, 'supervisor')).statusCode).toBe(403);

      const accepted = await move({
        to: 'accepted',
        note: 'Hyväksytty kokeiluun 2027.',
        on: '2026-11-25',
      });
      expect(accepted.statusCode).toBe(200);
      expect(schemas.Proposal.parse(accepted.json()).decision).toEqual({
        text: 'Hyväksytty kokeiluun 2027.',
        by: 'Hyvinvointialueen johtoryhmä',
        on: '2026-11-25',
      });

      for (const who of ['reporter', 'colleague'] as const) {
        const mine = schemas.MyReportsPage.parse((await get('/api/observations/mine', who)).json());
        expect(mine.items[0]?.proposals).toEqual([
          expect.objectContaining({ id: proposal.id, status: 'accepted' }),
        ]);
      }
      const viaPhenomenon = schemas.ObservationWithOutcome.parse(
        (await get(`/api/observations/${throughPhenomenon}`, 'colleague')).json(),
      );
      expect(viaPhenomenon.phenomena).toEqual([{ id: phenomenon.id, title: phenomenon.title }]);

      await move({ to: 'in_progress' });
      const done = await move({ to: 'done', note: 'Neuvoja palkattu; häätöjä vähemmän.' });
      expect(schemas.Proposal.parse(done.json()).result?.text).toBe(
        'Neuvoja palkattu; häätöjä vähemmän.',
      );

      const told = (await t.store.outbox.list('pending', 100))
        .filter((entry) => entry.notification.kind === 'proposal_changed')
        .map((entry) => [
          entry.notification.recipient.kind === 'user' ? entry.notification.recipient.userId : '',
          entry.notification.kind === 'proposal_changed' ? entry.notification.data.to : '',
        ]);
      expect(told.sort()).toEqual(
        [
          ['u-colleague', 'accepted'],
          ['u-colleague', 'done'],
          ['u-reporter', 'accepted'],
          ['u-reporter', 'done'],
        ].sort(),
      );

      const details = schemas.ProposalDetails.parse(
        (await get(`/api/proposals/${proposal.id}`, 'editor')).json(),
      );
      expect(details.history.map((entry) => entry.to)).toEqual([
        'draft',
        'proposed',
        'accepted',
        'in_progress',
        'done',
      ]);
    });

    it('refuses unknown references, identity codes and reporters', async () => {
      const unknown = await post('/api/proposals', {
        title: 'x',
        decisionBody: 'Johtoryhmä',
        observationIds: ['missing'],
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().error).toMatchObject({ field: 'observationIds' });
      const code = await post('/api/proposals', {
        title: 'x',
        decisionBody: `Johtoryhmä ${VALID_HETU}`,
      });
      expect(code.json().error).toMatchObject({ code: 'personal_data', field: 'decisionBody' });
      expect(
        (await post('/api/proposals', { title: 'x', decisionBody: 'y' }, 'reporter')).statusCode,
      ).toBe(403);
      expect((await get('/api/proposals', 'reporter')).statusCode).toBe(403);
      expect(schemas.ProposalList.parse((await get('/api/proposals')).json()).items).toEqual([]);
    });

    it('edits a proposal with If-Match and says the move in the user language when illegal', async () => {
      const created = schemas.Proposal.parse(
        (await post('/api/proposals', { title: 'x', decisionBody: 'Aluehallitus' })).json(),
      );
      const edit = await t.inject({
        method: 'PATCH',
        url: `/api/proposals/${created.id}`,
        headers: { ...as('rakeMember'), 'if-match': '"1"' },
        payload: { owner: 'Perhepalvelujen johtaja', forms: ['justice'] },
      });
      expect(edit.statusCode).toBe(200);
      expect(schemas.Proposal.parse(edit.json())).toMatchObject({
        owner: 'Perhepalvelujen johtaja',
        version: 2,
      });
      const illegal = await t.inject({
        method: 'POST',
        url: `/api/proposals/${created.id}/transitions`,
        headers: { ...as('coordinator'), 'accept-language': 'en' },
        payload: { to: 'done', note: 'x' },
      });
      expect(illegal.json().error.message).toBe('The status cannot change from “Draft” to “Done”.');
    });
  });
});
