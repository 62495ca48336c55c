import { checkWithdraw } from '../domain/lifecycle/reporter-moves';
import type { CountyConfig } from '../domain/county/county-config';
import { periodOf } from '../domain/county/periods';
import { STATUSES } from '../domain/lifecycle/status';
import { TRANSITIONS } from '../domain/lifecycle/transitions';
import { checkPersonalData } from '../domain/personal-data/personal-data-guard';
import type { HistoryEntry, Observation } from '../domain/observation/observation';
import { createSqliteStore, type SqliteStore } from '../adapters/sqlite';
import { DEMO_OBSERVATIONS, demoStaff, seedDemoData } from './index';

const label = (fi: string) => ({ fi, sv: fi, en: fi });
const choices = (...ids: string[]) => ids.map((id) => ({ id, label: label(id) }));

/** A small invented county; some preset ids are missing so that stand-ins get used. */
const COUNTY: CountyConfig = {
  id: 'kainuu',
  name: label('Testialue'),
  serviceAreas: choices('adult_social_work', 'family_services', 'older_people_services', 'misc'),
  municipalities: choices('kuusilahti', 'järvelä', 'koivumäki', 'harjula', 'lampila', 'ranta'),
  topics: choices(
    'client_needs',
    'social_wellbeing',
    'service_system',
    'weak_signals',
    'good_practices',
    'action_proposals',
  ),
  targetGroups: choices('children_families', 'young_people', 'older_people', 'other'),
  periodScheme: 'quarters',
  meetings: { months: [2, 5, 9, 11], description: label('Neljästi vuodessa') },
  supervisorNamedByReporter: false,
  timeZone: 'Europe/Helsinki',
};

const NOW = new Date('2026-05-14T10:00:00.000Z');

function counter() {
  let n = 0;
  return { next: () => `id-${(n += 1)}` };
}

async function seeded(county: CountyConfig = COUNTY, now: Date = NOW) {
  const sqlite = createSqliteStore({ file: ':memory:' });
  const result = await seedDemoData({
    observations: sqlite.observations,
    staff: sqlite.staff,
    county,
    clock: { now: () => now },
    ids: counter(),
  });
  const all = (await sqlite.observations.listBoard({ scope: { kind: 'all' }, limit: 1000 })).items;
  return { sqlite, result, all };
}

async function historiesOf(sqlite: SqliteStore, all: readonly Observation[]) {
  return Promise.all(
    all.map(async (obs) => ({ obs, history: await sqlite.observations.history(obs.id) })),
  );
}

describe('seedDemoData', () => {
  it('fills an empty store with the staff and about 40 observations across every list', async () => {
    const { sqlite, result, all } = await seeded();

    expect(result).toEqual({ seeded: true, staff: 13, observations: DEMO_OBSERVATIONS.length });
    expect(all.length).toBeGreaterThanOrEqual(35);
    expect(all.length).toBeLessThanOrEqual(45);
    const distinct = (pick: (obs: Observation) => string) => new Set(all.map(pick));
    expect(distinct((o) => o.status)).toEqual(new Set(STATUSES));
    expect(distinct((o) => o.serviceArea)).toEqual(new Set(COUNTY.serviceAreas.map((c) => c.id)));
    expect(distinct((o) => o.municipality)).toEqual(
      new Set(COUNTY.municipalities.map((c) => c.id)),
    );
    expect(distinct((o) => o.topic)).toEqual(new Set(COUNTY.topics.map((c) => c.id)));
    expect(distinct((o) => o.targetGroup)).toEqual(new Set(COUNTY.targetGroups.map((c) => c.id)));
    expect(distinct((o) => o.period)).toEqual(
      new Set(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']),
    );
    expect(distinct((o) => o.kind)).toEqual(new Set(['negative', 'positive', 'other']));
    expect(all.filter((o) => o.coReporterIds.length > 0).length).toBeGreaterThan(0);
    expect(all.filter((o) => o.triage.coreContent !== null).length).toBeGreaterThanOrEqual(5);
    expect(await sqlite.staff.list()).toHaveLength(13);
    sqlite.close();
  });

  it('adds nothing to a store that already has observations', async () => {
    const { sqlite } = await seeded();
    const again = await seedDemoData({
      observations: sqlite.observations,
      staff: sqlite.staff,
      county: COUNTY,
      clock: { now: () => NOW },
      ids: counter(),
    });
    expect(again).toEqual({ seeded: false, staff: 0, observations: 0 });
    const board = await sqlite.observations.listBoard({ scope: { kind: 'all' }, limit: 1000 });
    expect(board.items).toHaveLength(DEMO_OBSERVATIONS.length);
    sqlite.close();
  });

  it('moves each observation only along the lifecycle, by a role that may, with feedback', async () => {
    const { sqlite, all } = await seeded();
    const staff = new Map((await sqlite.staff.list()).map((member) => [member.id, member]));

    for (const { obs, history } of await historiesOf(sqlite, all)) {
      const [filed, ...moves] = history as [HistoryEntry, ...HistoryEntry[]];
      expect(filed).toMatchObject({
        from: null,
        to: 'received',
        actorId: obs.reporterId,
        at: obs.createdAt,
      });
      let status = filed.to;
      let at = filed.at;
      for (const move of moves) {
        expect(move.from).toBe(status);
        if (move.to === 'withdrawn') {
          // The reporter's own move (reporter-moves.ts), from received only.
          const reporter = {
            id: move.actorId,
            name: move.actorName,
            email: null,
            roles: ['reporter' as const],
            serviceAreas: [],
          };
          expect(checkWithdraw(reporter, { ...obs, status }).ok).toBe(true);
          status = move.to;
          at = move.at;
          continue;
        }
        const rule = TRANSITIONS.find((r) => r.from === move.from && r.to === move.to);
        expect(rule).toBeDefined();
        const actor = staff.get(move.actorId);
        expect(actor?.roles.some((role) => rule?.roles.includes(role))).toBe(true);
        if (actor?.roles.includes('supervisor') && !actor.roles.includes('rake_coordinator')) {
          expect(
            actor.serviceAreas.includes(obs.serviceArea) || obs.supervisorId === actor.id,
          ).toBe(true);
        }
        if (['forwarded', 'closed', 'returned'].includes(move.to))
          expect(move.feedback).toBeTruthy();
        expect(move.returnReason !== null).toBe(move.to === 'returned');
        expect(move.at > at).toBe(true);
        status = move.to;
        at = move.at;
      }
      expect(obs.status).toBe(status);
      // Withdrawing is no answer to the reporter.
      expect(obs.firstAnsweredAt).toBe(moves.find((m) => m.to !== 'withdrawn')?.at ?? null);
      expect(Date.parse(at)).toBeLessThanOrEqual(NOW.getTime());
      expect(obs.period).toBe(periodOf('quarters', new Date(obs.createdAt), COUNTY.timeZone).id);
    }
    sqlite.close();
  });

  it('contains nothing that looks like a personal identity code or other personal data', async () => {
    const { sqlite, all } = await seeded();
    const strings = (values: readonly unknown[]) =>
      values.filter((value): value is string => typeof value === 'string');
    const written = strings([
      ...all.flatMap((o) => [o.description, o.solutionProposal, ...Object.values(o.triage)]),
      ...(await historiesOf(sqlite, all)).flatMap(({ history }) => history.map((e) => e.feedback)),
    ]);
    const staff = strings((await sqlite.staff.list()).flatMap((m) => [m.name, m.title, m.email]));
    expect(written.length).toBeGreaterThan(100);

    const identityCode = /\d{6}[-+a-fu-y]\d{3}[0-9a-y]/i;
    for (const text of [...written, ...staff]) expect(text).not.toMatch(identityCode);
    const fields = Object.fromEntries(written.map((text, i) => [`text${i}`, text]));
    expect(checkPersonalData(fields)).toEqual({ refusals: [], warnings: [] });
    sqlite.close();
  });

  it('names the supervisor on every observation where the reporter names one', async () => {
    const { sqlite, all } = await seeded({ ...COUNTY, supervisorNamedByReporter: true });
    const supervisors = demoStaff(COUNTY).filter((m) => m.roles.includes('supervisor'));
    for (const obs of all) {
      const named = supervisors.find((s) => s.id === obs.supervisorId);
      expect(named?.serviceAreas).toContain(obs.serviceArea);
    }
    sqlite.close();
  });

  it("uses Kymenlaakso's half-years and stays in the past on a period's first morning", async () => {
    const firstMorning = new Date('2025-11-30T22:30:00.000Z'); // 1.12. 00:30 in Helsinki
    const { sqlite, all } = await seeded(
      { ...COUNTY, periodScheme: 'half-years-dec' },
      firstMorning,
    );
    expect(new Set(all.map((o) => o.period))).toEqual(new Set(['2024-H2', '2025-H1', '2025-H2']));
    for (const { history } of await historiesOf(sqlite, all)) {
      for (const entry of history)
        expect(Date.parse(entry.at)).toBeLessThan(firstMorning.getTime());
    }
    sqlite.close();
  });
});

describe("seedDemoData: the RAKE group's workspace", () => {
  it('links phenomena to demo observations and takes proposals through every state', async () => {
    const sqlite = createSqliteStore({ file: ':memory:' });
    await seedDemoData({
      observations: sqlite.observations,
      staff: sqlite.staff,
      workspace: sqlite,
      county: COUNTY,
      clock: { now: () => NOW },
      ids: counter(),
    });
    const phenomena = await sqlite.phenomena.list();
    expect(phenomena.length).toBeGreaterThanOrEqual(5);
    const links = await sqlite.phenomena.allLinks();
    expect(links.length).toBeGreaterThanOrEqual(20);
    for (const link of links) {
      expect(await sqlite.observations.get(link.observationId)).not.toBeNull();
    }
    const proposals = await sqlite.proposals.list();
    expect(new Set(proposals.map((p) => p.status))).toEqual(
      new Set(['draft', 'proposed', 'accepted', 'rejected', 'in_progress', 'done']),
    );
    for (const proposal of proposals) {
      if (proposal.decision !== null) expect(proposal.decision.on <= '2026-05-14').toBe(true);
      const history = await sqlite.proposals.history(proposal.id);
      expect(history.at(-1)?.to).toBe(proposal.status);
      for (const entry of history) expect(Date.parse(entry.at)).toBeLessThan(NOW.getTime());
    }
    const meetings = await sqlite.meetings.list();
    const withMinutes = meetings.filter((m) => m.minutes !== null);
    expect(withMinutes).toHaveLength(1);
    const [held] = withMinutes;
    expect(held!.date < '2026-05-14').toBe(true);
    expect(held!.minutes!.items.length).toBeGreaterThanOrEqual(2);
    // Every line of the minutes is about an observation filed since the meeting before.
    const before = meetings.filter((m) => m.date < held!.date).at(-1)!;
    for (const item of held!.minutes!.items) {
      const observation = await sqlite.observations.get(item.subjectId);
      const day = observation!.createdAt.slice(0, 10);
      expect(day >= before.date && day <= held!.date).toBe(true);
    }
    const [compilation] = await sqlite.compilations.list();
    expect(compilation).toMatchObject({ period: '2026-Q1' });
    expect(compilation?.total).toBeGreaterThan(0);
    const [enrichment] = await sqlite.enrichments.list();
    expect(enrichment?.compilationId).toBe(compilation?.id);
    expect(enrichment?.answers).toHaveLength(1);
    const texts = [
      ...phenomena.flatMap((p) => [p.title, p.description]),
      ...proposals.flatMap((p) => [p.title, p.rationale, p.decision?.text, p.result?.text]),
    ];
    for (const text of texts) {
      expect(checkPersonalData({ text: text ?? '' }).refusals).toEqual([]);
    }
    sqlite.close();
  });
});

describe('demoStaff', () => {
  it('has stable demo ids, reporters, supervisors covering every service area and the RAKE roles', () => {
    const staff = demoStaff(COUNTY);
    expect(new Set(staff.map((m) => m.id)).size).toBe(staff.length);
    for (const member of staff) expect(member.id).toMatch(/^demo-[a-z-]+$/);
    const withRole = (role: string) => staff.filter((m) => (m.roles as string[]).includes(role));
    expect(withRole('reporter')).toHaveLength(staff.length);
    expect(withRole('supervisor').length).toBeGreaterThanOrEqual(3);
    expect(withRole('rake_member').length).toBeGreaterThanOrEqual(2);
    expect(withRole('rake_coordinator')).toHaveLength(1);
    expect(withRole('editor')).toHaveLength(1);
    expect(withRole('admin')).toHaveLength(1);
    expect(new Set(withRole('supervisor').flatMap((m) => m.serviceAreas))).toEqual(
      new Set(COUNTY.serviceAreas.map((c) => c.id)),
    );
  });
});
