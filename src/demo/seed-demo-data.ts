import type { Choice } from '../domain/shared/localized-text';
import type { CountyConfig, Period } from '../domain/county/county-config';
import { periodOf, recentPeriods } from '../domain/county/periods';
import type { HistoryEntry, Observation } from '../domain/observation/observation';
import type { Status } from '../domain/lifecycle/status';
import { EMPTY_TRIAGE } from '../domain/triage/triage-record';
import { triageEditOf } from '../domain/triage/triage-edit';
import type { Clock, IdGenerator } from '../ports/clock';
import type { NewObservation, ObservationStore } from '../ports/observation-store';
import type { StaffDirectory, StaffMember } from '../ports/staff-directory';
import { DEMO_OBSERVATIONS, type DemoObservation, type DemoStep } from './demo-observations';
import { DEMO_REPORTERS, demoStaff } from './demo-staff';
import { seedDemoWorkspace } from './seed-demo-workspace';
import type { PhenomenonStore } from '../ports/phenomenon-store';
import type { ProposalStore } from '../ports/proposal-store';
import type { CompilationStore } from '../ports/compilation-store';
import type { EnrichmentStore } from '../ports/enrichment-store';
import type { MeetingStore } from '../ports/meeting-store';
import type { ReportStore } from '../ports/report-store';

export type DemoSeedOptions = {
  readonly observations: ObservationStore;
  /** With these: the RAKE group's work on the demo observations too. */
  readonly workspace?: {
    readonly phenomena: PhenomenonStore;
    readonly proposals: ProposalStore;
    readonly meetings: MeetingStore;
    readonly compilations: CompilationStore;
    readonly enrichments: EnrichmentStore;
    readonly reports: ReportStore;
  };
  readonly staff: StaffDirectory;
  readonly county: CountyConfig;
  readonly clock: Clock;
  readonly ids: IdGenerator;
};

export type DemoSeedResult = {
  /** False when the store already held observations: then nothing was added. */
  readonly seeded: boolean;
  readonly staff: number;
  readonly observations: number;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long each move usually takes after the previous one, in days. */
const USUAL_WAIT: Readonly<Record<Status, number>> = {
  received: 0,
  in_review: 1.5,
  returned: 2,
  forwarded: 8,
  action_proposed: 25,
  closed: 14,
  withdrawn: 1,
};

/**
 * Fills an empty store with the invented demo county: its staff and about 40 observations
 * over the last four periods, each moved through the lifecycle with the feedback a reporter
 * would read. A store that already holds observations is left as it is.
 */
export async function seedDemoData(options: DemoSeedOptions): Promise<DemoSeedResult> {
  const { observations, county, clock, ids } = options;
  if (!(await observations.isEmpty())) return { seeded: false, staff: 0, observations: 0 };

  const people = demoStaff(county);
  await options.staff.upsert(people);

  const now = clock.now();
  const periods = recentPeriods(county.periodScheme, now, county.timeZone, 4);
  const cast = castOf(people);
  const filedIds: string[] = [];
  for (const [index, template] of DEMO_OBSERVATIONS.entries()) {
    const period = periods[template.periodsAgo];
    if (period === undefined) throw new Error('recentPeriods gave fewer than four periods');
    const createdAt = filingTime(period, positionInPeriod(index), index, now);
    filedIds.push(await file(template, index, createdAt));
  }
  if (options.workspace !== undefined) {
    await seedDemoWorkspace({
      ...options.workspace,
      observations,
      supervisorOf: (area) => cast.supervisorOf(area, 0),
      county,
      clock,
      ids,
      coordinator: cast.coordinator,
      observationIds: filedIds,
    });
  }
  return { seeded: true, staff: people.length, observations: DEMO_OBSERVATIONS.length };

  async function file(template: DemoObservation, index: number, createdAt: Date): Promise<string> {
    const serviceArea = pick(county.serviceAreas, template.serviceArea, index);
    const supervisor = cast.supervisorOf(serviceArea, index);
    const reporter = cast.reporters[index % cast.reporters.length] as StaffMember;
    const coReporter = cast.reporters[(index + 1) % cast.reporters.length] as StaffMember;
    const obs: NewObservation = {
      id: ids.next(),
      kind: template.kind,
      description: template.description,
      solutionProposal: template.solutionProposal,
      topic: pick(county.topics, template.topic, index),
      serviceArea,
      municipality: spread(county.municipalities, index),
      targetGroup: pick(county.targetGroups, template.targetGroup, index),
      supervisorId: county.supervisorNamedByReporter ? supervisor.id : null,
      coReporterIds: index % 9 === 4 ? [coReporter.id] : [],
      reporterId: reporter.id,
      reporterName: reporter.name,
      createdAt: createdAt.toISOString(),
      period: periodOf(county.periodScheme, createdAt, county.timeZone).id,
      status: 'received',
      firstAnsweredAt: null,
      triage: EMPTY_TRIAGE,
    };
    const filed = entry(obs.id, createdAt, reporter, null, { to: 'received', feedback: null });
    // Demo history is made up: nobody is told of it in Teams.
    let current = (await observations.create(obs, filed, null, [])).observation;

    const times = stepTimes(template.steps, createdAt, now);
    for (const [i, step] of template.steps.entries()) {
      // Only the reporter withdraws, and that is their own act, not an answer to them.
      const actor =
        step.to === 'withdrawn' ? reporter : cast.actorFor(current.status, supervisor, index);
      const move = entry(current.id, times[i] as Date, actor, current.status, step);
      current = expectOk(
        step.to === 'withdrawn'
          ? await observations.amend(current.id, {}, move, current.version, [])
          : await observations.transition(current.id, move, current.version, []),
      );
      if (step.to === 'in_review' && template.triage !== undefined) {
        // The supervisor who took it into review fills the card in, and it shows in its history.
        const stamp = { id: ids.next(), at: move.at, actorId: actor.id, actorName: actor.name };
        const edit = triageEditOf(stamp, current, template.triage);
        const patched = await observations.updateTriage(
          current.id,
          template.triage,
          current.version,
          edit,
        );
        current = expectOk(patched);
      }
    }
    return current.id;
  }

  function entry(
    observationId: string,
    at: Date,
    actor: StaffMember,
    from: Status | null,
    step: DemoStep,
  ): HistoryEntry {
    return {
      id: ids.next(),
      observationId,
      at: at.toISOString(),
      actorId: actor.id,
      actorName: actor.name,
      from,
      to: step.to,
      feedback: step.feedback,
      returnReason: step.returnReason ?? null,
    };
  }
}

/** Who does what in the demo: supervisors by service area, the RAKE group after them. */
function castOf(people: readonly StaffMember[]) {
  const withRole = (role: StaffMember['roles'][number]) =>
    people.filter((p) => p.roles.includes(role));
  const reporters = people.filter((p) => DEMO_REPORTERS.some((r) => r.id === p.id));
  const supervisors = withRole('supervisor');
  const members = withRole('rake_member').filter((p) => !p.roles.includes('rake_coordinator'));
  const coordinator = withRole('rake_coordinator')[0];
  if (supervisors.length === 0 || members.length === 0 || coordinator === undefined) {
    throw new Error('the demo staff lacks supervisors or the RAKE group');
  }
  return {
    reporters,
    coordinator,
    supervisorOf(serviceArea: string, index: number): StaffMember {
      return (
        supervisors.find((p) => p.serviceAreas.includes(serviceArea)) ??
        (supervisors[index % supervisors.length] as StaffMember)
      );
    },
    /** The lifecycle's owner of a move out of `from`. */
    actorFor(from: Status, supervisor: StaffMember, index: number): StaffMember {
      if (from === 'forwarded') return members[index % members.length] as StaffMember;
      if (from === 'action_proposed') return coordinator;
      return supervisor;
    },
  };
}

function expectOk(outcome: Awaited<ReturnType<ObservationStore['transition']>>): Observation {
  if (outcome.kind !== 'ok') throw new Error(`demo seeding hit ${outcome.kind}`);
  return outcome.observation;
}

/** The preset id when the county has it; otherwise a stand-in from the county's own list. */
function pick(choices: readonly Choice[], preferred: string, index: number): string {
  const found = choices.find((choice) => choice.id === preferred) ?? spreadChoice(choices, index);
  return found.id;
}

/** Walks the list with a stride coprime to its length, so that 40 picks reach every entry. */
function spread(choices: readonly Choice[], index: number): string {
  return spreadChoice(choices, index).id;
}

function spreadChoice(choices: readonly Choice[], index: number): Choice {
  const n = choices.length;
  if (n === 0) throw new Error('the county configuration has an empty list');
  const stride = [7, 11, 13, 1].find((s) => gcd(s, n) === 1) ?? 1;
  return choices[(index * stride) % n] as Choice;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Where in its period a template falls: evenly spread among those of the same period. */
function positionInPeriod(index: number): number {
  const template = DEMO_OBSERVATIONS[index] as DemoObservation;
  const peers = DEMO_OBSERVATIONS.filter((t) => t.periodsAgo === template.periodsAgo);
  return (peers.indexOf(template) + 0.5) / peers.length;
}

/**
 * A working-hours moment at `fraction` of the period (so far), never later than an hour ago,
 * so that the moves after it fit before now.
 */
function filingTime(period: Period, fraction: number, index: number, now: Date): Date {
  const start = Date.parse(`${period.start}T05:00:00.000Z`);
  const end = Math.min(Date.parse(`${period.end}T16:00:00.000Z`), now.getTime() - HOUR);
  if (end - start < 2 * DAY) {
    return new Date(Math.min(end, Math.round(start + fraction * Math.max(0, end - start))));
  }
  const day = start - (start % DAY) + Math.floor(fraction * ((end - start) / DAY)) * DAY;
  const hour = 6 + ((index * 5) % 9);
  const minute = (index * 13) % 60;
  return new Date(Math.min(end, day + hour * HOUR + minute * MINUTE));
}

/** When each move happened: the usual waits, shrunk to fit between filing and now. */
function stepTimes(steps: readonly DemoStep[], filed: Date, now: Date): Date[] {
  const waits = steps.map((step) => USUAL_WAIT[step.to] * DAY);
  const total = waits.reduce((sum, wait) => sum + wait, 0);
  const room = now.getTime() - filed.getTime() - MINUTE;
  const scale = total > 0 ? Math.min(1, Math.max(0, room) / total) : 0;
  let at = filed.getTime();
  return waits.map((wait) => {
    at += Math.max(MINUTE, Math.floor((wait * scale) / MINUTE) * MINUTE);
    return new Date(at);
  });
}
