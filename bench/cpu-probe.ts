import type { ChildProcess } from 'node:child_process';

/**
 * CPU time of a server process, asked for over the IPC channel the benchmark opens to each
 * child (never an HTTP route: the app under test gets no extra endpoint). The time is the
 * whole process's (`process.cpuUsage()`: user + system, every thread, so SQLite's and the
 * delivery worker's work counts too), in microseconds.
 */
export function answerCpuProbe(): void {
  process.on('message', (message: unknown) => {
    // A clean exit, so that `node --cpu-prof` writes its profile (profiling by hand).
    if (message === 'exit') process.exit(0);
    if (message !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system, systemMicros: system });
  });
}

export type CpuTime = {
  /** User + system, µs. */
  readonly micros: number;
  /** Of that, in the kernel (writes, fsync), µs. */
  readonly systemMicros: number;
};

/** Asks a child started with an IPC channel for its CPU time so far. */
export function cpuTimeOf(child: ChildProcess): Promise<CpuTime> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      const answer = message as { cpuMicros?: unknown; systemMicros?: unknown } | null;
      const micros = answer?.cpuMicros;
      const systemMicros = answer?.systemMicros;
      if (typeof micros !== 'number' || typeof systemMicros !== 'number') return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve({ micros, systemMicros });
    };
    const onExit = (code: number | null): void => {
      child.off('message', onMessage);
      reject(new Error(`server exited with ${code} before answering the CPU probe`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send('cpu');
  });
}
