import { formatLocalDate, localDateOf } from '../domain/county/local-date';
import type { CountyConfig } from '../domain/county/county-config';
import { moveProposal } from '../domain/proposal/proposal-transitions';
import type { Proposal } from '../domain/proposal/proposal';
import type { Clock, IdGenerator } from '../ports/clock';
import type { PhenomenonStore } from '../ports/phenomenon-store';
import type { ProposalStore } from '../ports/proposal-store';
import type { CompilationStore } from '../ports/compilation-store';
import type { EnrichmentStore } from '../ports/enrichment-store';
import type { MeetingStore } from '../ports/meeting-store';
import type { ReportStore } from '../ports/report-store';
import { createReport, updateReport } from '../app/reports';
import type { ObservationStore } from '../ports/observation-store';
import { ensureMeetings } from '../app/meetings';
import { agendaObservations, agendaSince } from '../domain/meeting/agenda';
import { compile, inScope } from '../domain/compilation/compile';
import { previousPeriod, recentPeriods } from '../domain/county/periods';
import type { StaffMember } from '../ports/staff-directory';
import { DEMO_PHENOMENA, DEMO_PROPOSALS } from './demo-workspace';

export type DemoWorkspaceOptions = {
  readonly phenomena: PhenomenonStore;
  readonly proposals: ProposalStore;
  readonly meetings: MeetingStore;
  readonly compilations: CompilationStore;
  readonly enrichments: EnrichmentStore;
  readonly reports: ReportStore;
  readonly observations: ObservationStore;
  readonly county: CountyConfig;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Who writes: the RAKE coordinator of the demo staff. */
  readonly coordinator: StaffMember;
  /** Who answers the enrichment request: a supervisor of its service area. */
  readonly supervisorOf: (serviceArea: string) => StaffMember;
  /** The demo observations' ids, in the order of DEMO_OBSERVATIONS. */
  readonly observationIds: readonly string[];
};

const DAY = 24 * 60 * 60 * 1000;

/**
 * The RAKE group's work in the demo county: phenomena linked to the demo observations, and
 * proposals in every state, decided on days in the past; the rhythm's meetings with the
 * minutes of the last one held, a compilation of the last whole period, and an answered
 * enrichment request, and the draft of this year's social report, its introduction written by
 * the coordinator. Nobody is told of it in Teams.
 */
export async function seedDemoWorkspace(options: DemoWorkspaceOptions): Promise<void> {
  const { county, clock, ids, coordinator } = options;
  const now = clock.now();
  const day = (offset: number) =>
    formatLocalDate(localDateOf(new Date(now.getTime() + offset * DAY), county.timeZone));
  const observationId = (index: number): string => {
    const id = options.observationIds[index];
    if (id === undefined) throw new Error(`no demo observation ${index}`);
    return id;
  };

  const phenomenonIds = new Map<string, string>();
  for (const [index, template] of DEMO_PHENOMENA.entries()) {
    const at = new Date(now.getTime() - (200 - index) * DAY).toISOString();
    const created = await options.phenomena.create({
      id: ids.next(),
      title: template.title,
      description: template.description,
      forms: template.forms,
      level: template.level,
      createdBy: coordinator.id,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    phenomenonIds.set(template.key, created.id);
    for (const linked of template.observations) {
      await options.phenomena.link({
        phenomenonId: created.id,
        observationId: observationId(linked),
        linkedBy: coordinator.id,
        linkedAt: at,
      });
    }
  }

  for (const [index, template] of DEMO_PROPOSALS.entries()) {
    // Written 150 days ago and moved every 20 days after: every step lies in the past.
    let at = now.getTime() - (150 - index) * DAY;
    const iso = () => new Date(at).toISOString();
    const created: Proposal = {
      id: ids.next(),
      title: template.title,
      rationale: template.rationale,
      phenomenonIds: template.phenomena.map((key) => phenomenonIds.get(key) ?? key),
      observationIds: template.observations.map(observationId),
      decisionBody: template.decisionBody,
      owner: template.owner,
      dueDate: template.dueInDays === null ? null : day(template.dueInDays),
      forms: template.forms,
      level: template.level,
      status: 'draft',
      decision: null,
      result: null,
      createdBy: coordinator.id,
      createdAt: iso(),
      updatedAt: iso(),
      version: 1,
    };
    const step = (
      from: Proposal['status'] | null,
      to: Proposal['status'],
      note: string | null,
    ) => ({
      id: ids.next(),
      proposalId: created.id,
      at: iso(),
      actorId: coordinator.id,
      actorName: coordinator.name,
      from,
      to,
      note,
    });
    let current = await options.proposals.create(created, step(null, 'draft', null));
    for (const move of template.moves) {
      at += 20 * DAY;
      const moved = moveProposal(
        current,
        { to: move.to, note: move.note, by: null, on: null },
        {
          actorName: coordinator.name,
          today: formatLocalDate(localDateOf(new Date(at), county.timeZone)),
          at: iso(),
        },
      );
      if (!moved.ok) throw new Error(`demo proposal move refused: ${moved.error.code}`);
      const saved = await options.proposals.save(
        moved.value,
        current.version,
        step(current.status, move.to, move.note),
        [],
      );
      if (saved.kind !== 'ok') throw new Error(`demo proposal save hit ${saved.kind}`);
      current = saved.record;
    }
  }

  const today = day(0);
  const meetings = await ensureMeetings({ meetings: options.meetings, county, clock });
  const held = meetings.filter((m) => m.date < today).at(-1);
  const links = await options.phenomena.allLinks();
  const all = (await options.observations.listBoard({ scope: { kind: 'all' }, limit: 1000 })).items;
  if (held !== undefined) {
    // The minutes speak of what was on that meeting's agenda: filed since the one before.
    const onAgenda = new Set(
      agendaObservations(all, agendaSince(meetings, held), held.date, county.timeZone).map(
        (o) => o.id,
      ),
    );
    const linked = links.filter((link) => onAgenda.has(link.observationId)).slice(0, 4);
    const noted = [...onAgenda].find((id) => !linked.some((l) => l.observationId === id));
    const saved = await options.meetings.save(
      {
        ...held,
        minutes: {
          summary:
            'Käytiin läpi edellisen kokouksen jälkeen tulleet ilmoitukset. Asumisen ja velkaantumisen ' +
            'ilmiöt kasvavat; velkaneuvonnan kokeilun tulokset esitellään seuraavassa kokouksessa.',
          items: [
            ...linked.map((link) => ({
              subject: 'observation' as const,
              subjectId: link.observationId,
              decision: 'link_to_phenomenon' as const,
              phenomenonId: link.phenomenonId,
              proposalId: null,
              serviceArea: null,
              note: null,
            })),
            ...(noted === undefined
              ? []
              : [
                  {
                    subject: 'observation' as const,
                    subjectId: noted,
                    decision: 'noted' as const,
                    phenomenonId: null,
                    proposalId: null,
                    serviceArea: null,
                    note: 'Merkitään tiedoksi; palataan asiaan, jos havaintoja tulee lisää.',
                  },
                ]),
          ],
          recordedBy: coordinator.id,
          recordedByName: coordinator.name,
          recordedAt: new Date(now.getTime() - DAY).toISOString(),
        },
      },
      held.version,
    );
    if (saved.kind !== 'ok') throw new Error(`demo minutes hit ${saved.kind}`);
  }

  // The last whole period, compiled as the group would have at its end.
  const [, lastPeriod] = recentPeriods(county.periodScheme, now, county.timeZone, 2);
  if (lastPeriod !== undefined) {
    const before = previousPeriod(county.periodScheme, lastPeriod);
    const range = { from: lastPeriod.start, to: lastPeriod.end, serviceArea: null };
    const compilation = compile({
      id: ids.next(),
      scope: {
        period: lastPeriod.id,
        from: lastPeriod.start,
        to: lastPeriod.end,
        previousFrom: before.start,
        previousTo: before.end,
        serviceArea: null,
      },
      observations: all.filter((o) => inScope(o, range, county.timeZone)),
      previous: all.filter((o) =>
        inScope(o, { from: before.start, to: before.end, serviceArea: null }, county.timeZone),
      ),
      phenomena: await options.phenomena.list(),
      links,
      createdBy: { id: coordinator.id, name: coordinator.name },
      createdAt: new Date(now.getTime() - 2 * DAY).toISOString(),
    });
    await options.compilations.create(compilation);

    const area = compilation.byServiceArea[0]?.id;
    if (area !== undefined) {
      const asked = compilation.observations.filter((o) => o.serviceArea === area).map((o) => o.id);
      const supervisor = options.supervisorOf(area);
      const at = new Date(now.getTime() - 2 * DAY).toISOString();
      const answeredAt = new Date(now.getTime() - DAY).toISOString();
      await options.enrichments.create(
        {
          id: ids.next(),
          compilationId: compilation.id,
          serviceArea: area,
          question:
            'Miten nämä ilmiöt näkyvät palvelualueellanne, ja mitä ehdottaisitte tilanteen ' +
            'korjaamiseksi? Kommentit seuraavaan kokoukseen mennessä.',
          dueDate: day(12),
          observationIds: asked,
          assigneeIds: [],
          requestedBy: coordinator.id,
          requestedByName: coordinator.name,
          createdAt: at,
          closedAt: null,
          answers: [
            {
              id: ids.next(),
              text:
                'Sama näkyy meillä: asiakkaat tulevat vasta, kun tilanne on jo kriisissä. ' +
                'Yhteistyö kuntien asumisneuvonnan kanssa auttaisi.',
              proposal: 'Asumisneuvojan vastaanotto sosiaalityön tiloihin kerran viikossa.',
              authorId: supervisor.id,
              authorName: supervisor.name,
              at: answeredAt,
            },
          ],
          updatedAt: answeredAt,
          version: 1,
        },
        [],
      );
    }
  }

  await draftAnnualReport(options, now);
}

/** This year's social report, drafted and introduced by the coordinator for an editor. */
async function draftAnnualReport(options: DemoWorkspaceOptions, now: Date): Promise<void> {
  const { coordinator, county } = options;
  const year = Number(formatLocalDate(localDateOf(now, county.timeZone)).slice(0, 4));
  const deps = { ...options, store: options.observations };
  const author = {
    id: coordinator.id,
    name: coordinator.name,
    email: coordinator.email,
    roles: coordinator.roles,
    serviceAreas: coordinator.serviceAreas,
  };
  const drafted = await createReport(deps, author, {
    kind: 'annual',
    title: `Sosiaalinen raportti ${year}`,
    year,
  });
  if (!drafted.ok) throw new Error(`demo: the annual report failed: ${drafted.error.code}`);
  const introduced = await updateReport(
    deps,
    author,
    drafted.value.id,
    {
      introduction:
        `Tämä sosiaalinen raportti vuodelta ${year} (${county.name.fi}) kokoaa ` +
        'sosiaalihuollon ammattilaisten havainnot asiakastyöstä, niistä tunnistetut ilmiöt ja ' +
        'RAKE-työryhmän toimenpide-ehdotukset päätöksineen.\n\n' +
        'Raportissa ei ole asiakkaiden eikä ilmoittajien tietoja. Kunnittain, palvelualueittain ' +
        'ja kohderyhmittäin alle viiden havainnon määrät näytetään muodossa ”alle 5”, jottei ' +
        'pienen kunnan luvuista voi päätellä, kenestä on kyse.',
    },
    drafted.value.version,
  );
  if (!introduced.ok) throw new Error(`demo: the introduction failed: ${introduced.error.code}`);
}
