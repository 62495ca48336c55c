import { COUNTY, draftBody, VALID_HETU } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';

const schemas = createApiSchemas(COUNTY);
type Who = Parameters<typeof as>[0];

describe('HTTP: meetings, compilations and enrichment', () => {
  let t: TestServer;

  beforeEach(async () => {
    t = await createTestServer({ notifications: 'store' });
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    who: Who,
    payload?: unknown,
    headers = {},
  ) =>
    t.inject({
      method,
      url,
      headers: { ...as(who), ...headers },
      ...(payload === undefined ? {} : { payload }),
    });
  const file = async (who: Who = 'reporter', overrides = {}) => {
    const res = await call('POST', '/api/observations', who, draftBody(overrides));
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const pending = async (kind: string) =>
    (await t.store.outbox.list('pending', 100))
      .filter((entry) => entry.notification.kind === kind)
      .map((entry) =>
        entry.notification.recipient.kind === 'user'
          ? entry.notification.recipient.userId
          : 'channel',
      )
      .sort();

  describe('meetings', () => {
    it("lists the rhythm's meetings (last, this and next year) for the RAKE group only", async () => {
      const res = await call('GET', '/api/meetings', 'rakeMember');
      expect(res.statusCode).toBe(200);
      const meetings = schemas.MeetingList.parse(res.json()).items;
      expect(meetings).toHaveLength(COUNTY.meetings.months.length * 3);
      expect(meetings.map((m) => m.date)).toEqual([...meetings.map((m) => m.date)].sort());
      // Looking again makes nothing new.
      expect(
        schemas.MeetingList.parse((await call('GET', '/api/meetings', 'admin')).json()).items,
      ).toHaveLength(meetings.length);
      for (const who of ['reporter', 'supervisor', 'editor'] as const) {
        expect((await call('GET', '/api/meetings', who)).statusCode).toBe(403);
      }
    });

    it('builds the agenda from what came in since the previous meeting, and records the minutes', async () => {
      const meetings = schemas.MeetingList.parse(
        (await call('GET', '/api/meetings', 'coordinator')).json(),
      ).items;
      const next = meetings.find((m) => m.date >= '2026-03-10');
      const previous = meetings.filter((m) => m.date < '2026-03-10').at(-1);
      if (next === undefined || previous === undefined) throw new Error('no meetings around T0');
      const observation = await file();

      const proposal = (
        await call('POST', '/api/proposals', 'coordinator', {
          title: 'Ehdotus',
          decisionBody: 'Johtoryhmä',
        })
      ).json();
      await call('POST', `/api/proposals/${proposal.id}/transitions`, 'coordinator', {
        to: 'proposed',
      });

      const agenda = schemas.Agenda.parse(
        (await call('GET', `/api/meetings/${next.id}/agenda`, 'rakeMember')).json(),
      );
      expect(agenda.since).toBe(previous.date);
      expect(agenda.observations.map((o) => o.id)).toEqual([observation]);
      expect(agenda.proposalsDue.map((p) => p.id)).toEqual([proposal.id]);

      const phenomenon = (
        await call('POST', '/api/phenomena', 'coordinator', { title: 'Häätöuhat' })
      ).json();
      const minutes = {
        summary: 'Kevään kokous.',
        items: [
          {
            subject: 'observation',
            subjectId: observation,
            decision: 'link_to_phenomenon',
            phenomenonId: phenomenon.id,
          },
          {
            subject: 'proposal',
            subjectId: proposal.id,
            decision: 'noted',
            note: 'Odottaa johtoryhmää.',
          },
        ],
      };
      expect(
        (await call('PUT', `/api/meetings/${next.id}/minutes`, 'rakeMember', minutes)).statusCode,
      ).toBe(403);
      const missing = await call('PUT', `/api/meetings/${next.id}/minutes`, 'coordinator', {
        items: [
          { subject: 'observation', subjectId: observation, decision: 'hand_to_service_area' },
        ],
      });
      expect(missing.json().error).toMatchObject({
        code: 'validation',
        field: 'items.0.serviceArea',
      });
      const recorded = await call(
        'PUT',
        `/api/meetings/${next.id}/minutes`,
        'coordinator',
        minutes,
      );
      expect(recorded.statusCode).toBe(200);
      expect(schemas.Meeting.parse(recorded.json()).minutes?.items).toHaveLength(2);
      // The minutes' "link to a phenomenon" linked it.
      expect((await t.store.phenomena.linksOf(phenomenon.id)).map((l) => l.observationId)).toEqual([
        observation,
      ]);
    });

    it('lets the coordinator move a meeting (If-Match) and add one; refuses an identity code in the title', async () => {
      const [first] = schemas.MeetingList.parse(
        (await call('GET', '/api/meetings', 'coordinator')).json(),
      ).items;
      if (first === undefined) throw new Error('no meetings');
      const moved = await call(
        'PATCH',
        `/api/meetings/${first.id}`,
        'coordinator',
        { date: '2025-02-20' },
        {
          'if-match': `"${first.version}"`,
        },
      );
      expect(moved.statusCode).toBe(200);
      expect(schemas.Meeting.parse(moved.json())).toMatchObject({
        id: first.id,
        date: '2025-02-20',
      });
      const added = await call('POST', '/api/meetings', 'coordinator', {
        date: '2026-04-01',
        title: 'Työpaja',
      });
      expect(added.statusCode).toBe(201);
      const code = await call('POST', '/api/meetings', 'coordinator', {
        date: '2026-04-02',
        title: VALID_HETU,
      });
      expect(code.json().error.code).toBe('personal_data');
      expect(
        (await call('POST', '/api/meetings', 'rakeMember', { date: '2026-04-03' })).statusCode,
      ).toBe(403);
    });
  });

  describe('compilations', () => {
    it('compiles a period as a frozen snapshot', async () => {
      const first = await file('reporter', { municipality: 'kajaani' });
      await file('colleague', { municipality: 'sotkamo', serviceArea: 'adult_social_work' });
      await call('POST', `/api/observations/${first}/transitions`, 'supervisor', {
        to: 'forwarded',
        feedback: 'Välitetty RAKE-työryhmälle.',
      });
      const phenomenon = (
        await call('POST', '/api/phenomena', 'coordinator', { title: 'Häätöuhat' })
      ).json();
      await call('PUT', `/api/phenomena/${phenomenon.id}/observations/${first}`, 'coordinator');

      const res = await call('POST', '/api/compilations', 'rakeMember', { period: '2026-Q1' });
      expect(res.statusCode).toBe(201);
      const compilation = schemas.Compilation.parse(res.json());
      expect(compilation).toMatchObject({
        period: '2026-Q1',
        from: '2026-01-01',
        to: '2026-03-31',
        previousFrom: '2025-10-01',
        total: 2,
        answered: 1,
        medianDaysToFirstFeedback: 0,
        byStatus: [
          { id: 'forwarded', count: 1 },
          { id: 'received', count: 1 },
        ],
      });
      expect(compilation.phenomena).toEqual([
        {
          id: phenomenon.id,
          title: 'Häätöuhat',
          count: 1,
          previousCount: 0,
          observationIds: [first],
        },
      ]);

      // Frozen: a later filing is not in it.
      await file();
      const again = schemas.Compilation.parse(
        (await call('GET', `/api/compilations/${compilation.id}`, 'coordinator')).json(),
      );
      expect(again.total).toBe(2);
      const csv = await call(
        'GET',
        `/api/compilations/${compilation.id}/export.csv`,
        'coordinator',
        undefined,
        {
          'accept-language': 'en',
        },
      );
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-disposition']).toBe(
        'attachment; filename="rake-kooste-2026-Q1.csv"',
      );
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toContain('Beginning of the description;Phenomena');
      expect(lines).toHaveLength(3);
      expect(lines.some((line) => line.endsWith(';Häätöuhat'))).toBe(true);
      expect(
        (await call('GET', `/api/compilations/${compilation.id}/export.xlsx`, 'otherSupervisor'))
          .statusCode,
      ).toBe(404);
      const list = schemas.CompilationList.parse(
        (await call('GET', '/api/compilations', 'coordinator')).json(),
      );
      expect(list.items.map((c) => c.id)).toEqual([compilation.id]);
    });

    it('lets a supervisor compile only an area of their own; refuses reporters and bad ranges', async () => {
      await file();
      expect(
        (await call('POST', '/api/compilations', 'supervisor', { period: '2026-Q1' })).statusCode,
      ).toBe(403);
      const own = await call('POST', '/api/compilations', 'supervisor', {
        from: '2026-03-01',
        to: '2026-03-31',
        serviceArea: 'adult_social_work',
      });
      expect(own.statusCode).toBe(201);
      expect(schemas.Compilation.parse(own.json())).toMatchObject({
        total: 1,
        previousFrom: '2026-01-29',
        previousTo: '2026-02-28',
      });
      expect(
        (
          await call('POST', '/api/compilations', 'otherSupervisor', {
            period: '2026-Q1',
            serviceArea: 'adult_social_work',
          })
        ).statusCode,
      ).toBe(403);
      expect((await call('GET', '/api/compilations', 'otherSupervisor')).json().items).toEqual([]);
      expect((await call('GET', '/api/compilations', 'reporter')).statusCode).toBe(403);
      const backwards = await call('POST', '/api/compilations', 'coordinator', {
        from: '2026-03-31',
        to: '2026-03-01',
      });
      expect(backwards.json().error).toMatchObject({ code: 'validation', field: 'to' });
      const unknown = await call('POST', '/api/compilations', 'coordinator', { period: '2026-H1' });
      expect(unknown.json().error).toMatchObject({ code: 'validation', field: 'period' });
    });
  });

  describe('enrichment', () => {
    it("hands a compilation's observations of an area to its supervisors, who answer; the answers show", async () => {
      const observation = await file();
      const compilation = (
        await call('POST', '/api/compilations', 'coordinator', { period: '2026-Q1' })
      ).json();
      const requested = await call(
        'POST',
        `/api/compilations/${compilation.id}/enrichments`,
        'coordinator',
        {
          serviceArea: 'adult_social_work',
          question: 'Miten häätöuhat näkyvät alueellanne?',
          dueDate: '2026-03-12',
        },
      );
      expect(requested.statusCode).toBe(201);
      const enrichment = schemas.Enrichment.parse(requested.json());
      expect(enrichment.observationIds).toEqual([observation]);
      expect(await pending('enrichment_requested')).toEqual(['u-supervisor']);

      expect(
        (await call('GET', `/api/enrichments/${enrichment.id}`, 'otherSupervisor')).statusCode,
      ).toBe(404);
      expect(
        (
          await call('POST', `/api/enrichments/${enrichment.id}/answers`, 'colleague', {
            text: 'x',
          })
        ).statusCode,
      ).toBe(404);
      const named = await call('PUT', `/api/enrichments/${enrichment.id}/assignees`, 'supervisor', {
        assigneeIds: ['u-colleague'],
      });
      expect(named.statusCode).toBe(200);
      expect(await pending('enrichment_requested')).toEqual(['u-colleague', 'u-supervisor']);
      const answered = await call(
        'POST',
        `/api/enrichments/${enrichment.id}/answers`,
        'colleague',
        {
          text: 'Nuorilla aikuisilla eniten.',
          proposal: 'Asumisneuvoja aikuissosiaalityöhön.',
        },
      );
      expect(answered.statusCode).toBe(201);
      expect(schemas.Enrichment.parse(answered.json()).answers).toEqual([
        expect.objectContaining({
          text: 'Nuorilla aikuisilla eniten.',
          authorName: 'Kalle Kollega',
        }),
      ]);

      const onObservation = schemas.ObservationWithOutcome.parse(
        (await call('GET', `/api/observations/${observation}`, 'supervisor')).json(),
      );
      expect(onObservation.enrichments[0]?.answers).toHaveLength(1);
      const forReporter = schemas.ObservationWithOutcome.parse(
        (await call('GET', `/api/observations/${observation}`, 'reporter')).json(),
      );
      expect(forReporter.enrichments).toEqual([]);
      const inCompilation = schemas.Compilation.parse(
        (await call('GET', `/api/compilations/${compilation.id}`, 'coordinator')).json(),
      );
      expect(inCompilation.enrichments?.[0]?.answers).toHaveLength(1);

      const agendaMeetings = schemas.MeetingList.parse(
        (await call('GET', '/api/meetings', 'coordinator')).json(),
      ).items;
      const next = agendaMeetings.find((m) => m.date >= '2026-03-10');
      const agenda = schemas.Agenda.parse(
        (await call('GET', `/api/meetings/${next?.id}/agenda`, 'coordinator')).json(),
      );
      expect(agenda.enrichments).toEqual([
        expect.objectContaining({ id: enrichment.id, answerCount: 1 }),
      ]);

      expect(
        (await call('POST', `/api/enrichments/${enrichment.id}/close`, 'coordinator')).statusCode,
      ).toBe(200);
      const late = await call('POST', `/api/enrichments/${enrichment.id}/answers`, 'supervisor', {
        text: 'Myöhässä',
      });
      expect(late.json().error).toMatchObject({ code: 'validation' });
    });

    it('refuses reporters, unknown areas and identity codes', async () => {
      expect(
        (
          await call('POST', '/api/enrichments', 'supervisor', {
            serviceArea: 'adult_social_work',
            question: 'x',
            dueDate: '2026-04-01',
          })
        ).statusCode,
      ).toBe(403);
      const unknown = await call('POST', '/api/enrichments', 'coordinator', {
        serviceArea: 'nowhere',
        question: 'x',
        dueDate: '2026-04-01',
      });
      expect(unknown.json().error).toMatchObject({ field: 'serviceArea' });
      const code = await call('POST', '/api/enrichments', 'coordinator', {
        serviceArea: 'adult_social_work',
        question: `Koskee ${VALID_HETU}`,
        dueDate: '2026-04-01',
      });
      expect(code.json().error.code).toBe('personal_data');
      // Anyone may be named to answer; a reporter who was not sees an empty list.
      expect((await call('GET', '/api/enrichments', 'reporter')).json()).toEqual({ items: [] });
    });
  });
});
