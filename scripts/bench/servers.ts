/**
 * The processes the bench starts, each on a loopback port of its own: the production server
 * (`server/serve.ts`, which starts its emulator), a separate emulator for the emulator figures,
 * and the bare Hono server that is the emulator's floor. Every child is stopped by its own id.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HOST = '127.0.0.1';

/** A port the system has free on the loopback address right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

const running = new Set<Child>();

/** Stops every child still running (on Ctrl-C and at the end of a run). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}

export class Child {
  readonly startedAt = performance.now();
  readonly exited: Promise<number | null>;
  private out = '';
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly name: string,
    private readonly proc: ChildProcess,
  ) {
    running.add(this);
    const collect = (chunk: Buffer) => {
      // The last 16 KB is enough to say why a child failed.
      this.out = (this.out + chunk.toString()).slice(-16_384);
      for (const wake of this.waiters) wake();
    };
    proc.stdout?.on('data', collect);
    proc.stderr?.on('data', collect);
    this.exited = new Promise((done) => {
      proc.once('exit', (code) => {
        running.delete(this);
        done(code);
        for (const wake of this.waiters) wake();
      });
    });
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  output(): string {
    return this.out;
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Milliseconds from spawn until the output matches; fails if the child exits or time runs out. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<number> {
    return new Promise((done, fail) => {
      const timer = setTimeout(
        () => finish(new Error(`${this.name}: no ${pattern} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const finish = (error?: Error) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        if (error) fail(error);
        else done(performance.now() - this.startedAt);
      };
      const check = () => {
        if (pattern.test(this.out)) finish();
        else if (!this.alive) finish(new Error(`${this.name} exited: ${failureOf(this.out)}`));
      };
      this.waiters.add(check);
      check();
    });
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.proc.kill('SIGTERM');
    const killed = setTimeout(() => this.proc.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(killed);
  }
}

/** The message of the error a Node process died of, else its last line. */
function failureOf(output: string): string {
  const thrown = output.match(/^\s*(?:\w*Error|error): (.+)$/m);
  if (thrown?.[1]) return thrown[1].trim();
  const lines = output.trim().split('\n');
  return lines.at(-1)?.trim() || 'no output';
}

/** A TypeScript entry point of this repository, in its own Node process (as `npm run …` does). */
function spawnTs(name: string, script: string, env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Child(name, proc);
}

/** Settings that keep a bench emulator in memory and quiet, whatever the caller's shell has. */
const EMULATOR_ENV = { NHN_EMULATOR_HOST: HOST, NHN_EMULATOR_STATE: '', NHN_EMULATOR_LOG: '' };

export interface ConsoleServer {
  url: string;
  emulatorUrl: string;
  child: Child;
}

/** `npm run serve` on the build in `distDir`, with its emulator holding `servers` extra servers. */
export async function startConsole(options: {
  distDir: string;
  servers: number;
  transitionMs: number;
}): Promise<ConsoleServer> {
  const [port, emulatorPort] = [await freePort(), await freePort()];
  const child = spawnTs('npm run serve', 'server/serve.ts', {
    ...EMULATOR_ENV,
    NHN_BACKEND: 'emulator',
    PORT: String(port),
    HOST,
    DIST_DIR: options.distDir,
    NHN_EMULATOR_PORT: String(emulatorPort),
    NHN_EMULATOR_SERVERS: String(options.servers),
    NHN_EMULATOR_TRANSITION_MS: String(options.transitionMs),
  });
  await child.waitFor(/NHN Cloud Console on http/, 300_000);
  return { url: `http://${HOST}:${port}`, emulatorUrl: `http://${HOST}:${emulatorPort}`, child };
}

export interface EmulatorProcess {
  url: string;
  child: Child;
  /** From spawn to the emulator's "listening" line: what an operator waits for. */
  listenMs: number;
}

/** `npm run emulator` with `servers` extra servers; fails with the emulator's own message. */
export async function startEmulator(
  servers: number,
  timeoutMs = 120_000,
): Promise<EmulatorProcess> {
  const port = await freePort();
  const child = spawnTs(`emulator (${servers} servers)`, 'server/emulator/main.ts', {
    ...EMULATOR_ENV,
    NHN_EMULATOR_PORT: String(port),
    NHN_EMULATOR_SERVERS: String(servers),
  });
  try {
    const listenMs = await child.waitFor(/emulator listening on http/, timeoutMs);
    return { url: `http://${HOST}:${port}`, child, listenMs };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

/** The emulator's floor: a bare Hono server answering every GET with the JSON in `jsonFile`. */
export async function startBareServer(jsonFile: string): Promise<{ url: string; child: Child }> {
  const port = await freePort();
  const child = spawnTs('bare Hono server', 'scripts/bench/bare-server.ts', {
    PORT: String(port),
    BENCH_JSON_FILE: jsonFile,
  });
  await child.waitFor(/bare server listening/, 30_000);
  return { url: `http://${HOST}:${port}`, child };
}
