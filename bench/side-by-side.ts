import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { cpuTimeOf } from './cpu-probe';
import { median, percentile } from './stats';

/** One server under load: its process (for the CPU probe) and the request it is sent. */
export type Side = {
  readonly name: string;
  readonly child: ChildProcess;
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Each request carries its own `Idempotency-Key` (filings). */
  readonly idempotencyKeys?: boolean;
};

/** One side's figures for one round. */
export type Round = {
  /** Answered 2xx. */
  readonly requests: number;
  readonly errors: number;
  readonly requestsPerSecond: number;
  /** The server process's CPU time (user + system) over the round, per 2xx answer. */
  readonly cpuMsPerRequest: number;
  /** Of that, the kernel's part (system time: writes, fsync, sockets). */
  readonly systemMsPerRequest: number;
  readonly p50Ms: number;
  readonly p97_5Ms: number;
  readonly p99Ms: number;
};

export type SideResult = {
  readonly name: string;
  readonly rounds: readonly Round[];
  /** Each figure's median over the rounds. */
  readonly median: Round;
};

export type SideBySideOptions = {
  readonly rounds: number;
  readonly seconds: number;
  readonly warmUpSeconds: number;
  readonly connections: number;
  /**
   * Quiet time after each load before the server's CPU is read, so that work the requests
   * left behind (the delivery worker's marks, a checkpoint) is counted where it belongs.
   */
  readonly settleMs?: number;
};

export type SideBySideResult = {
  readonly options: SideBySideOptions;
  readonly sides: readonly SideResult[];
};

let keyCounter = 0;

async function loadOnce(
  side: Side,
  seconds: number,
  connections: number,
): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = [];
  // Without a callback autocannon returns its instance, an event emitter that is also a promise.
  const tracker = autocannon({
    url: side.url,
    method: side.method,
    connections,
    duration: seconds,
    headers: {
      ...(side.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...side.headers,
    },
    ...(side.body === undefined ? {} : { body: side.body }),
    ...(side.idempotencyKeys === true
      ? {
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                headers: {
                  ...request.headers,
                  'idempotency-key': `bench-${process.pid}-${(keyCounter += 1)}`,
                },
              }),
            },
          ],
        }
      : {}),
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  // autocannon's own histogram keeps whole milliseconds; these are the exact times.
  tracker.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
  });
  const result = await tracker;
  return {
    latencies,
    errors: result.errors + result.timeouts + result.non2xx,
    seconds: result.duration,
  };
}

async function measure(side: Side, options: SideBySideOptions): Promise<Round> {
  const cpuBefore = await cpuTimeOf(side.child);
  const load = await loadOnce(side, options.seconds, options.connections);
  await sleep(options.settleMs ?? 250);
  const cpuAfter = await cpuTimeOf(side.child);
  const requests = load.latencies.length;
  const perRequest = (micros: number): number => (requests === 0 ? NaN : micros / 1000 / requests);
  return {
    requests,
    errors: load.errors,
    requestsPerSecond: requests / load.seconds,
    cpuMsPerRequest: perRequest(cpuAfter.micros - cpuBefore.micros),
    systemMsPerRequest: perRequest(cpuAfter.systemMicros - cpuBefore.systemMicros),
    p50Ms: percentile(load.latencies, 50),
    p97_5Ms: percentile(load.latencies, 97.5),
    p99Ms: percentile(load.latencies, 99),
  };
}

const FIGURES = [
  'requests',
  'errors',
  'requestsPerSecond',
  'cpuMsPerRequest',
  'systemMsPerRequest',
  'p50Ms',
  'p97_5Ms',
  'p99Ms',
] as const satisfies readonly (keyof Round)[];

const medianRound = (rounds: readonly Round[]): Round =>
  Object.fromEntries(
    FIGURES.map((figure) => [figure, median(rounds.map((round) => round[figure]))]),
  ) as Round;

/**
 * Loads the sides in turn, never two at once, for `rounds` rounds after one warm-up each;
 * the order rotates every round (A B C, B C A, C A B, …), so no side always runs first, or
 * always right after the same neighbour. Everything a side does in its process during its
 * turn is charged to it.
 */
export async function runSideBySide(
  sides: readonly Side[],
  options: SideBySideOptions,
): Promise<SideBySideResult> {
  for (const side of sides) {
    await loadOnce(side, options.warmUpSeconds, options.connections);
    await sleep(options.settleMs ?? 250);
  }
  const rounds: Round[][] = sides.map(() => []);
  for (let round = 0; round < options.rounds; round += 1) {
    for (let turn = 0; turn < sides.length; turn += 1) {
      const index = (round + turn) % sides.length;
      rounds[index]!.push(await measure(sides[index]!, options));
    }
  }
  return {
    options,
    sides: sides.map((side, i) => ({
      name: side.name,
      rounds: rounds[i]!,
      median: medianRound(rounds[i]!),
    })),
  };
}

/**
 * The median over the rounds of `a`'s figure divided by `b`'s in the same round: each ratio
 * is taken between turns of the same round, seconds apart.
 */
export function ratioOf(
  result: SideBySideResult,
  a: string,
  b: string,
  figure: keyof Round,
): number {
  const side = (name: string): SideResult => {
    const found = result.sides.find((s) => s.name === name);
    if (found === undefined) throw new Error(`no side ${name}`);
    return found;
  };
  const top = side(a).rounds;
  const bottom = side(b).rounds;
  return median(top.map((round, i) => round[figure] / bottom[i]![figure]));
}
