/// <reference types="jest" />
import type { Observation } from '../../domain/observation/observation';
import type { BoardScope } from '../../domain/policy/board-scope';
import { InvalidCursorError, type BoardQuery } from '../observation-store';
import { idsOf, newestFirst, type ContractContext } from './contract-context';

const ALL: BoardScope = { kind: 'all' };
const supervisor = (supervisorId: string, serviceAreas: string[]): BoardScope => ({
  kind: 'supervisor',
  supervisorId,
  serviceAreas,
});

/** listBoard: every filter, the supervisor's scope, and cursor paging. */
export function boardContract(ctx: () => ContractContext): void {
  describe('listBoard filters and scope', () => {
    /** Six observations, filed in this order (so listed in the reverse). */
    let o: Record<'rent' | 'queue' | 'lonely' | 'meeting' | 'percent' | 'night', Observation>;

    beforeEach(async () => {
      const { file } = ctx();
      o = {
        rent: await file({
          serviceArea: 'adults',
          municipality: 'kuusilahti',
          topic: 'client-needs',
          period: '2025-Q4',
          status: 'received',
          description: 'Vuokrat nousevat ja HÄÄTÖJEN määrä kasvaa.',
          solutionProposal: 'Talousneuvontaa ennen vuokrarästejä.',
        }),
        queue: await file({
          serviceArea: 'adults',
          municipality: 'järvelä',
          topic: 'service-system',
          status: 'in_review',
          description: 'Mielenterveyspalveluihin jonotetaan kuukausia.',
          solutionProposal: 'Vastaanotto ilman lähetettä.',
        }),
        lonely: await file({
          serviceArea: 'older-people',
          municipality: 'kuusilahti',
          topic: 'wellbeing',
          status: 'forwarded',
          description: 'Ikääntyneiden yksinäisyys lisääntyy syrjäkylillä.',
          solutionProposal: 'Kyläavustajat ja KOHTAAMISPAIKAT.',
        }),
        meeting: await file({
          kind: 'positive',
          serviceArea: 'families',
          municipality: 'järvelä',
          topic: 'good-practices',
          status: 'closed',
          supervisorId: 'user-supervisor-b',
          description: 'Matalan kynnyksen kohtaamispaikka tavoittaa nuoria perheitä.',
          solutionProposal: 'Mallin levittäminen muihin kuntiin.',
        }),
        percent: await file({
          serviceArea: 'families',
          municipality: 'kuusilahti',
          topic: 'client-needs',
          period: '2025-Q4',
          status: 'returned',
          description: 'Toimeentulotuen hakemuksista 50 % palautuu täydennettäviksi.',
          solutionProposal: 'Selkeämpi_ohje hakijoille.',
        }),
        night: await file({
          serviceArea: 'older-people',
          municipality: 'järvelä',
          topic: 'weak-signals',
          status: 'action_proposed',
          supervisorId: 'user-supervisor-a',
          description: 'Öisin yksin asuvien ikäihmisten hätäkäynnit ovat lisääntyneet.',
          solutionProposal: 'Yöpartio kotihoitoon.',
        }),
      };
    });

    const board = async (query: Partial<BoardQuery>) =>
      idsOf((await ctx().store.listBoard({ scope: ALL, limit: 50, ...query })).items);

    it('lists everything newest first without filters', async () => {
      const page = await ctx().store.listBoard({ scope: ALL, limit: 50 });
      const { rent, queue, lonely, meeting, percent, night } = o;
      expect(page).toEqual({
        items: [night, percent, meeting, lonely, queue, rent],
        nextCursor: null,
      });
    });

    it('filters by any of the given statuses; an empty list filters nothing', async () => {
      expect(await board({ status: ['received'] })).toEqual([o.rent.id]);
      expect(await board({ status: ['forwarded', 'closed'] })).toEqual([o.meeting.id, o.lonely.id]);
      expect(await board({ status: [] })).toHaveLength(6);
    });

    it('filters by service area, municipality, topic and period', async () => {
      expect(await board({ serviceArea: 'older-people' })).toEqual([o.night.id, o.lonely.id]);
      expect(await board({ municipality: 'järvelä' })).toEqual([
        o.night.id,
        o.meeting.id,
        o.queue.id,
      ]);
      expect(await board({ topic: 'client-needs' })).toEqual([o.percent.id, o.rent.id]);
      expect(await board({ period: '2025-Q4' })).toEqual([o.percent.id, o.rent.id]);
      expect(await board({ period: '2024-Q1' })).toEqual([]);
    });

    it('combines filters with AND', async () => {
      expect(await board({ serviceArea: 'families', municipality: 'kuusilahti' })).toEqual([
        o.percent.id,
      ]);
      expect(await board({ status: ['received', 'returned'], topic: 'client-needs' })).toEqual([
        o.percent.id,
        o.rent.id,
      ]);
      expect(await board({ municipality: 'järvelä', q: 'kohtaamispaik' })).toEqual([o.meeting.id]);
    });

    it('searches description and solution proposal, ignoring case, also in ä, ö and å', async () => {
      expect(await board({ q: 'häätöjen' })).toEqual([o.rent.id]);
      expect(await board({ q: 'ÄÄTÖ' })).toEqual([o.rent.id]);
      expect(await board({ q: 'kohtaamispaik' })).toEqual([o.meeting.id, o.lonely.id]);
      expect(await board({ q: 'öisin' })).toEqual([o.night.id]);
      expect(await board({ q: 'YÖPARTIO' })).toEqual([o.night.id]);
      expect(await board({ q: 'Ikääntyneiden yksinäisyys' })).toEqual([o.lonely.id]);
      expect(await board({ q: 'ei tällaista tekstiä' })).toEqual([]);
      expect(await board({ q: '' })).toHaveLength(6);
    });

    it('takes the search text literally, without wildcards', async () => {
      expect(await board({ q: '%' })).toEqual([o.percent.id]);
      expect(await board({ q: '_' })).toEqual([o.percent.id]);
      expect(await board({ q: 'vuokrat%kasvaa' })).toEqual([]);
    });

    it('answers any search text, control characters and search syntax included', async () => {
      const nasty = [
        '\u0000abc',
        'abc\u0000',
        '\u0000',
        '"',
        '""häätö""',
        "'; DROP TABLE observations; --",
        'NEAR(häätö vuokra)',
        'häätö*',
        '^vuokrat',
        'vuokrat OR häätö',
        '-häätö',
        'col:häätö',
        '\u0001\u0002\u0003\u001f\u007f',
        '\uD800ab',
        '\u200B\u200B\u200B',
        '\\',
        '%_%',
        '(((',
      ];
      for (const q of nasty) await expect(board({ q })).resolves.toEqual([]);
      // The control character is part of the text looked for, not a way around it.
      expect(await board({ q: 'nousevat\u0000' })).toEqual([]);
      expect(await board({ q: 'nousevat' })).toEqual([o.rent.id]);
    });

    it('limits a supervisor to their service areas and the observations naming them', async () => {
      expect(await board({ scope: supervisor('user-supervisor-a', ['adults']) })).toEqual([
        o.night.id,
        o.queue.id,
        o.rent.id,
      ]);
      expect(await board({ scope: supervisor('user-supervisor-b', []) })).toEqual([o.meeting.id]);
      expect(await board({ scope: supervisor('user-x', ['older-people', 'families']) })).toEqual([
        o.night.id,
        o.percent.id,
        o.meeting.id,
        o.lonely.id,
      ]);
      expect(await board({ scope: supervisor('user-x', []) })).toEqual([]);
    });

    it('applies the filters within the scope', async () => {
      const scopeA = supervisor('user-supervisor-a', ['adults']);
      expect(await board({ scope: scopeA, serviceArea: 'families' })).toEqual([]);
      expect(await board({ scope: scopeA, serviceArea: 'older-people' })).toEqual([o.night.id]);
      expect(await board({ scope: scopeA, status: ['in_review', 'closed'] })).toEqual([o.queue.id]);
      expect(await board({ scope: scopeA, q: 'kohtaamispaik' })).toEqual([]);
    });
  });

  describe('listBoard paging', () => {
    /** 23 observations, some filed at the same moment, in the board's order. */
    async function fileMany(): Promise<string[]> {
      const { file } = ctx();
      const filed: Observation[] = [];
      for (let i = 0; i < 23; i += 1) {
        const minute = String(Math.floor(i / 3)).padStart(2, '0');
        const createdAt = `2026-01-15T10:${minute}:00.000Z`;
        filed.push(await file({ createdAt, status: i % 2 === 0 ? 'received' : 'in_review' }));
      }
      return filed.sort(newestFirst).map((obs) => obs.id);
    }

    async function allPages(query: Partial<BoardQuery>, limit: number) {
      const pages: string[][] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await ctx().store.listBoard({ scope: ALL, limit, ...query, cursor });
        pages.push(idsOf(page.items));
        if (page.nextCursor === null) return pages;
        cursor = page.nextCursor;
        if (pages.length > 100) throw new Error('paging does not end');
      }
    }

    it('walks the whole board in order without duplicates or gaps', async () => {
      const expected = await fileMany();
      const pages = await allPages({}, 4);
      expect(pages.map((page) => page.length)).toEqual([4, 4, 4, 4, 4, 3]);
      expect(pages.flat()).toEqual(expected);
    });

    it('ends with a full page and no cursor when the count divides evenly', async () => {
      const { file, store } = ctx();
      for (let i = 0; i < 6; i += 1) await file();
      expect((await allPages({}, 3)).map((page) => page.length)).toEqual([3, 3]);
      expect((await store.listBoard({ scope: ALL, limit: 10 })).nextCursor).toBeNull();
    });

    it('pages within the filters', async () => {
      const expected = await fileMany();
      const { store } = ctx();
      const received = (await store.listBoard({ scope: ALL, limit: 100, status: ['received'] }))
        .items;
      expect(received).toHaveLength(12);
      expect((await allPages({ status: ['received'] }, 5)).flat()).toEqual(
        expected.filter((id) => received.some((obs) => obs.id === id)),
      );
    });

    it('neither repeats nor shows newer observations filed between pages', async () => {
      const expected = await fileMany();
      const { store, file } = ctx();
      const first = await store.listBoard({ scope: ALL, limit: 5 });
      const newer = await file({ createdAt: '2026-01-16T09:00:00.000Z' });

      const rest = await store.listBoard({
        scope: ALL,
        limit: 100,
        cursor: first.nextCursor ?? undefined,
      });

      expect([...idsOf(first.items), ...idsOf(rest.items)]).toEqual(expected);
      expect(idsOf(rest.items)).not.toContain(newer.id);
    });

    it('treats an empty cursor as the first page', async () => {
      const expected = await fileMany();
      const page = await ctx().store.listBoard({ scope: ALL, limit: 3, cursor: '' });
      expect(idsOf(page.items)).toEqual(expected.slice(0, 3));
    });

    it.each([
      ['free text', 'not-a-cursor'],
      ['punctuation', '!!!'],
      ['base64 of something else', Buffer.from('{"x":1}').toString('base64url')],
    ])('rejects a cursor it did not issue (%s) with InvalidCursorError', async (_label, cursor) => {
      await ctx().file();
      await expect(ctx().store.listBoard({ scope: ALL, limit: 10, cursor })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
    });
  });
}
