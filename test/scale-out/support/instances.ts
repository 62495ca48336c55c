import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { FromChild, ToChild } from './messages';

const CHILD = resolve(__dirname, 'instance-child.ts');
const ROOT = resolve(__dirname, '..', '..', '..');
/** Starting takes tsx's compile of the server: seconds, more on a loaded CI machine. */
const START_TIMEOUT_MS = 60_000;

export type Instance = {
  readonly name: string;
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  readonly url: string;
  /** Keys of the notifications this instance's messenger sent, in order. */
  readonly sent: string[];
  /** Faults its delivery worker reported (it survives them; the test shows them on failure). */
  readonly errors: string[];
  /** Moves its Date.now (the staff snapshot's clock) `ms` ahead; resolves once it has. */
  clockAhead(ms: number): Promise<void>;
  /** Closes the app (sends under way finish) and waits for the process to exit. */
  stop(): Promise<void>;
  /** For a test that failed half-way: no waiting. */
  kill(): void;
};

/**
 * Starts one RAKE process (instance-child.ts) with `env` as its whole configuration: nothing
 * of the test runner's environment leaks in but what Node itself needs.
 */
export function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const inherited: Record<string, string> = {};
  // NODE_OPTIONS: CI's Node 22 run loads its own better-sqlite3 build in child processes too.
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'NODE_OPTIONS']) {
    const value = process.env[key];
    if (value !== undefined) inherited[key] = value;
  }
  // Node itself with tsx's loader, not the tsx wrapper: a kill would leave the wrapper's child.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env: { ...inherited, ...env, SCALE_OUT_INSTANCE: name },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const sent: string[] = [];
  const errors: string[] = [];
  let clockMoved: (() => void) | null = null;

  return new Promise<Instance>((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectStart(new Error(`instance ${name} did not start within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectStart(new Error(`instance ${name} exited (${code}) before it was ready: ${errors}`));
    });
    child.on('message', (message: FromChild) => {
      switch (message.type) {
        case 'sent':
          sent.push(message.key);
          return;
        case 'error':
          errors.push(message.error);
          return;
        case 'clock-moved':
          clockMoved?.();
          return;
        case 'ready':
          clearTimeout(timer);
          resolveStart(instance(message.port));
          return;
      }
    });

    const order = (message: ToChild) => child.send(message);
    const instance = (port: number): Instance => ({
      name,
      url: `http://127.0.0.1:${port}`,
      sent,
      errors,
      clockAhead: (ms) =>
        new Promise<void>((moved) => {
          clockMoved = moved;
          order({ type: 'clock-ahead', ms });
        }),
      stop: () =>
        new Promise<void>((stopped) => {
          if (child.exitCode !== null || child.signalCode !== null) return stopped();
          child.once('exit', () => stopped());
          order({ type: 'stop' });
        }),
      kill: () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      },
    });
  });
}
