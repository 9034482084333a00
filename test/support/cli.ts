import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/shian.js');
/** Below vitest's 30 s test timeout, so a stuck child fails its own test with its output instead of the next one. */
const CHILD_TIMEOUT_MS = 25_000;

export interface ShianResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ShianProcess {
  readonly child: ChildProcess;
  /** Output so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves when `test` holds for the output so far; rejects if the process ends or times out first. */
  waitFor(test: (output: { stdout: string; stderr: string }) => boolean): Promise<void>;
  /** Resolves with the exit code and all output once the process has ended. */
  readonly exited: Promise<ShianResult>;
}

const running = new Set<ChildProcess>();

/** Kills a child and everything it started: it leads its own process group. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Kills every `shian` child still running; call it in afterEach so none outlives its test and holds a data folder. */
export function killShianProcesses(): void {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
}
// A worker that dies mid-test must not leave children behind either.
process.once('exit', killShianProcesses);

/**
 * Starts the real `shian` command in a child process, detached into its own process group so the
 * whole group can be killed, with only the given environment (plus PATH). Killed after `timeoutMs`.
 */
export function spawnShian(args: string[], env: Record<string, string>, timeoutMs = CHILD_TIMEOUT_MS): ShianProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const output = { stdout: '', stderr: '' };
  const watchers = new Set<() => void>();
  const notify = () => watchers.forEach((watch) => watch());
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((output.stdout += chunk), notify()));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => ((output.stderr += chunk), notify()));

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child, 'SIGKILL');
  }, timeoutMs);
  const exited = new Promise<ShianResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      notify();
      if (timedOut) {
        reject(new Error(`shian ${args.join(' ')} was killed after ${timeoutMs} ms\nstdout: ${output.stdout}\nstderr: ${output.stderr}`));
      } else resolve({ code, ...output });
    });
  });
  // A test that only waits for readiness learns of a timeout from waitFor; this rejection is then not news.
  exited.catch(() => undefined);

  return {
    child,
    get stdout() {
      return output.stdout;
    },
    get stderr() {
      return output.stderr;
    },
    exited,
    waitFor(test) {
      return new Promise<void>((resolve, reject) => {
        const watch = () => {
          if (test(output)) {
            watchers.delete(watch);
            resolve();
          } else if (!running.has(child)) {
            watchers.delete(watch);
            reject(new Error(`shian ${args.join(' ')} ended before it was ready\nstdout: ${output.stdout}\nstderr: ${output.stderr}`));
          }
        };
        watchers.add(watch);
        watch();
      });
    },
  };
}

/** Runs the real `shian` command to its end. */
export function runShian(args: string[], env: Record<string, string>, timeoutMs?: number): Promise<ShianResult> {
  return spawnShian(args, env, timeoutMs).exited;
}
