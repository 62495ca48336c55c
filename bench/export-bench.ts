import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS, csvFile, xlsxFile } from '../src/adapters/export';
import { createSqliteStore } from '../src/adapters/sqlite';
import {
  EXPORT_PAGE_SIZE,
  exportBoard,
  type ExportDeps,
  type ExportTable,
} from '../src/app/export';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { Observation } from '../src/domain/observation/observation';
import type { Actor } from '../src/domain/policy/actor';
import { TRIAGE_FIELDS } from '../src/domain/triage/triage-record';
import type { BoardQuery, ObservationStore } from '../src/ports/observation-store';
import { buildBoard } from './board-http-bench';
import { median } from './stats';

export const EXPORT_SIDES = {
  csv: 'export CSV',
  stringify: 'store + csv-stringify',
  memory: 'csv-stringify, rows in memory',
  xlsx: 'export Excel',
} as const;
type SideName = (typeof EXPORT_SIDES)[keyof typeof EXPORT_SIDES];

/** One side's run: wall time and how far the process's memory rose above where it started. */
type Round = {
  readonly seconds: number;
  readonly bytes: number;
  readonly rssGrowthMb: number;
  readonly liveGrowthMb: number;
};

export type ExportBenchResult = {
  readonly rows: number;
  readonly buildSeconds: number;
  readonly rounds: number;
  readonly sides: readonly {
    readonly name: SideName;
    readonly medianSeconds: number;
    readonly medianBytes: number;
    /** The timed rounds' worst growth of the resident set, garbage included. */
    readonly maxRssGrowthMb: number;
    /**
     * The growth of live memory (heap and Buffers, sampled after full collections) in a round
     * of its own, untimed: what "bounded" is about.
     */
    readonly liveGrowthMb: number;
  }[];
  /** Medians over the rounds of the CSV export's time over the other side's, same round. */
  readonly ratioToStringify: number;
  readonly ratioToMemory: number;
};

const RAKE_MEMBER: Actor = {
  id: 'bench-rake',
  name: 'Bench RAKE',
  email: null,
  roles: ['reporter', 'rake_member'],
  serviceAreas: [],
};

/** `gc()` without starting node with --expose-gc: every round starts from a collected heap. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

/**
 * A sink that throws the bytes away and samples the process's memory as they come. With
 * `collect`, each sample follows a full collection, so it counts what is alive, not garbage
 * the collector has not come for yet (V8 lets that grow with the heap).
 */
class MemorySink extends Writable {
  bytes = 0;
  peakRss = 0;
  peakLive = 0;
  private writes = 0;
  constructor(private readonly collect: (() => void) | null) {
    super({ highWaterMark: 64 * 1024 });
    this.sample();
  }
  sample(): void {
    this.collect?.();
    const { rss, heapUsed, external } = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, rss);
    // `external` holds the Buffers, where stream chunks live.
    this.peakLive = Math.max(this.peakLive, heapUsed + external);
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.bytes += chunk.length;
    this.writes += 1;
    if (this.writes % 8 === 0) this.sample();
    done();
  }
}

async function measure(
  write: (sink: MemorySink) => Promise<void>,
  collect: (() => void) | null,
): Promise<Round> {
  const before = process.memoryUsage();
  const started = performance.now();
  const sink = new MemorySink(collect);
  await write(sink);
  const seconds = (performance.now() - started) / 1000;
  sink.sample();
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    seconds,
    bytes: sink.bytes,
    rssGrowthMb: mb(sink.peakRss - before.rss),
    liveGrowthMb: mb(sink.peakLive - (before.heapUsed + before.external)),
  };
}

/** An observation's own fields, as they are stored: what the export turns into its row. */
function rawRecord(o: Observation): string[] {
  return [
    o.id,
    o.createdAt,
    o.reporterName,
    o.status,
    o.kind,
    o.serviceArea,
    o.municipality,
    o.topic,
    o.targetGroup,
    o.description,
    o.solutionProposal,
    o.period,
    o.firstAnsweredAt ?? '',
    ...TRIAGE_FIELDS.map((field) => String(o.triage[field] ?? '')),
  ];
}

/** csv-stringify as the export calls it: a page in one call, the BOM before the first. */
const stringifyPage = (records: readonly string[][], first: boolean): string =>
  stringify(records as string[][], first ? CSV_OPTIONS : { ...CSV_OPTIONS, bom: false });

/** The floor of any export: the same pages read from the store and written by csv-stringify. */
async function* storeAndStringify(store: ObservationStore): AsyncGenerator<string> {
  const query: BoardQuery = { scope: { kind: 'all' }, limit: EXPORT_PAGE_SIZE };
  let cursor: string | null = null;
  let first = true;
  do {
    const page = await store.listBoard(cursor === null ? query : { ...query, cursor });
    yield stringifyPage(page.items.map(rawRecord), first);
    first = false;
    cursor = page.nextCursor;
  } while (cursor !== null);
}

function* fromMemory(records: readonly string[][]): Generator<string> {
  for (let from = 0; from < records.length; from += EXPORT_PAGE_SIZE) {
    yield stringifyPage(records.slice(from, from + EXPORT_PAGE_SIZE), from === 0);
  }
}

/**
 * The board export of `rows` observations (every page, 500 at a time from a SQLite file) as
 * CSV and as Excel, against csv-stringify writing the same rows: read from the same store in
 * the same pages (the goal's side: what any export has to do), and, for comparison, already in
 * memory. One process; the sides take turns, the order rotating each round, a collected heap
 * before each, into a sink that drops the bytes. Then one untimed round per side measures its
 * live memory, collecting before each sample.
 */
export async function runExportBench(
  county: CountyConfig,
  rows: number,
  rounds: number,
): Promise<ExportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-export-'));
  const file = join(dir, 'export.sqlite');
  const gc = collector();
  try {
    const buildSeconds = await buildBoard(county, rows, file);
    const sqlite = createSqliteStore({ file });
    try {
      const deps: ExportDeps = {
        store: sqlite.observations,
        audit: sqlite.audit,
        clock: { now: () => new Date() },
        county,
      };
      const table = async (): Promise<ExportTable> => {
        const outcome = await exportBoard(deps, RAKE_MEMBER, {}, 'fi');
        if (!outcome.ok) throw new Error(`export refused: ${JSON.stringify(outcome.error)}`);
        return outcome.value;
      };
      const records: string[][] = [];
      for await (const page of storeAndStringifyRecords(sqlite.observations)) records.push(...page);
      if (records.length !== rows) throw new Error(`read ${records.length} of ${rows}`);

      const sides: Record<SideName, (sink: MemorySink) => Promise<void>> = {
        [EXPORT_SIDES.csv]: async (sink) => pipeline(csvFile(await table()), sink),
        [EXPORT_SIDES.stringify]: (sink) =>
          pipeline(Readable.from(storeAndStringify(sqlite.observations)), sink),
        [EXPORT_SIDES.memory]: (sink) => pipeline(Readable.from(fromMemory(records)), sink),
        [EXPORT_SIDES.xlsx]: async (sink) => pipeline(xlsxFile(await table()), sink),
      };
      const names = Object.keys(sides) as SideName[];
      const results = new Map<SideName, Round[]>(names.map((name) => [name, []]));
      // Round -1 warms every side up and is not counted.
      for (let round = -1; round < rounds; round += 1) {
        for (let turn = 0; turn < names.length; turn += 1) {
          const name = names[(Math.max(round, 0) + turn) % names.length]!;
          gc();
          const result = await measure(sides[name], null);
          if (round >= 0) results.get(name)!.push(result);
        }
      }
      const live = new Map<SideName, number>();
      for (const name of names) {
        gc();
        live.set(name, (await measure(sides[name], gc)).liveGrowthMb);
      }
      const of = (name: SideName) => results.get(name)!;
      const ratio = (a: SideName, b: SideName) =>
        median(of(a).map((r, i) => r.seconds / of(b)[i]!.seconds));
      return {
        rows,
        buildSeconds,
        rounds,
        sides: names.map((name) => ({
          name,
          medianSeconds: median(of(name).map((r) => r.seconds)),
          medianBytes: median(of(name).map((r) => r.bytes)),
          maxRssGrowthMb: Math.max(...of(name).map((r) => r.rssGrowthMb)),
          liveGrowthMb: live.get(name)!,
        })),
        ratioToStringify: ratio(EXPORT_SIDES.csv, EXPORT_SIDES.stringify),
        ratioToMemory: ratio(EXPORT_SIDES.csv, EXPORT_SIDES.memory),
      };
    } finally {
      sqlite.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The raw records page by page, kept for the in-memory side. */
async function* storeAndStringifyRecords(store: ObservationStore): AsyncGenerator<string[][]> {
  const query: BoardQuery = { scope: { kind: 'all' }, limit: EXPORT_PAGE_SIZE };
  let cursor: string | null = null;
  do {
    const page = await store.listBoard(cursor === null ? query : { ...query, cursor });
    yield page.items.map(rawRecord);
    cursor = page.nextCursor;
  } while (cursor !== null);
}
