/**
 * The real `npm run emulator` process: it starts on the port it is given, prints where it listens
 * and the demo credentials, serves sign-in and compute over HTTP, and ends on SIGTERM; with
 * NHN_EMULATOR_SERVERS=10000 it starts too (issue 10) and lists them all.
 */

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { passwordTokenRequest } from '../../src/domain/identity-types';
import { DEMO, OTHER } from './testing';

const STARTUP_TIMEOUT_MS = 30_000;

/** A port nobody uses right now: let the OS pick one, then give it back. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const { port } = address;
  server.close();
  await once(server, 'close');
  return port;
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: ChildProcess[] = [];

function start(port: number, env: Record<string, string> = {}): Running {
  // Its own process group, so the whole tree (npm → sh → tsx → node) can be signalled at once.
  const child = spawn('npm', ['run', 'emulator'], {
    cwd: process.cwd(),
    env: { ...process.env, NHN_EMULATOR_PORT: String(port), NHN_EMULATOR_STATE: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  started.push(child);
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, output: () => text, exited };
}

/** Resolves when stdout has shown `pattern`; rejects if the process exits or time runs out. */
function waitFor(running: Running, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${pattern}; output:\n${running.output()}`));
    }, STARTUP_TIMEOUT_MS);
    const check = () => {
      if (pattern.test(running.output())) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`emulator exited (${code}) before ${pattern}:\n${running.output()}`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      running.child.stdout?.off('data', check);
      running.child.off('exit', onExit);
    };
    running.child.stdout?.on('data', check);
    running.child.on('exit', onExit);
    check();
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

afterAll(async () => {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = once(child, 'exit');
      signalGroup(child, 'SIGKILL');
      await gone;
    }
  }
});

describe('npm run emulator', () => {
  it('listens on NHN_EMULATOR_PORT, signs in, lists servers, prints the demo credentials, and stops on SIGTERM', async () => {
    const port = await freePort();
    const running = start(port);
    await waitFor(running, /listening on/);
    const base = `http://127.0.0.1:${port}`;
    expect(running.output()).toContain(`NHN Cloud emulator listening on ${base}`);

    // The printed credentials are the built-in users'.
    for (const user of [DEMO, OTHER]) {
      expect(running.output()).toContain(
        `tenant ${user.tenantId}  user ${user.username}  API password ${user.password}`,
      );
    }

    const signIn = await fetch(`${base}/identity/v2.0/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(passwordTokenRequest(DEMO)),
    });
    expect(signIn.status).toBe(200);
    const access = ((await signIn.json()) as any).access;
    const token = access.token.id as string;
    const compute = access.serviceCatalog.find((e: any) => e.type === 'compute');
    const kr1 = compute.endpoints.find((e: any) => e.region === 'KR1');
    expect(kr1.publicURL).toBe(`${base}/compute/kr1/v2/${DEMO.tenantId}`);

    const servers = await fetch(`${base}/compute/kr1/v2/${DEMO.tenantId}/servers/detail`, {
      headers: { 'X-Auth-Token': token },
    });
    expect(servers.status).toBe(200);
    const list = ((await servers.json()) as any).servers as { name: string; status: string }[];
    expect(list.length).toBeGreaterThanOrEqual(6);
    expect(list.map((s) => s.name)).toContain('web-01');

    const unauthorized = await fetch(`${base}/compute/kr1/v2/${DEMO.tenantId}/servers`);
    expect(unauthorized.status).toBe(401);

    // SIGTERM ends it, and the port stops answering.
    signalGroup(running.child, 'SIGTERM');
    const exit = await running.exited;
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    await expect(fetch(`${base}/_emulator/health`)).rejects.toThrow();
  });

  it('SIGTERM to the server process alone ends it with status 0', async () => {
    const port = await freePort();
    const running = start(port);
    await waitFor(running, /listening on/);
    const base = `http://127.0.0.1:${port}`;
    const health = await fetch(`${base}/_emulator/health`);
    expect(health.status).toBe(200);
    // The process that runs main.ts itself: of the processes in the group whose command line
    // names main.ts (tsx's launcher and the server it starts), the one with no such child.
    const rows = execFileSync('ps', ['-o', 'pid=,ppid=,args=', '-g', String(running.child.pid)])
      .toString()
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args ?? '' }))
      .filter((row) => row.args.includes('server/emulator/main.ts'));
    const leaves = rows.filter((row) => !rows.some((other) => other.ppid === row.pid));
    expect(leaves).toHaveLength(1);
    const server = leaves[0]?.pid;
    process.kill(server as number, 'SIGTERM');
    const exit = await running.exited;
    expect(exit.code).toBe(0);
    await expect(fetch(`${base}/_emulator/health`)).rejects.toThrow();
  });

  /**
   * Issue 12: a regular expression from a request cannot stall the emulator (the server list's
   * `name`, 인스턴스 목록 보기: "정규 표현식으로 질의 가능"). Two of the demo tenant's servers get
   * names on which a backtracking engine takes exponential time — 64 a's and a '!' for `(a+)+$`,
   * 64 x's for `(x+x+)+y` (2^64 ways to try: years) — and both patterns are asked for at the
   * same moment as the other tenant's list. On the real process, so that a stall there cannot
   * stop this test's own timers: every request must be answered within Vitest's default test
   * timeout of 5 s (AbortSignal.timeout; nothing is measured) or the test fails.
   */
  it('answers catastrophic name patterns at once and serves another tenant meanwhile', async () => {
    const port = await freePort();
    const running = start(port);
    await waitFor(running, /listening on/);
    const base = `http://127.0.0.1:${port}`;
    const tokenOf = async (user: typeof DEMO) => {
      const res = await fetch(`${base}/identity/v2.0/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(passwordTokenRequest(user)),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as any).access.token.id as string;
    };
    const [demo, other] = [await tokenOf(DEMO), await tokenOf(OTHER)];
    const compute = (user: typeof DEMO) => `${base}/compute/kr1/v2/${user.tenantId}`;
    const servers = (await (
      await fetch(`${compute(DEMO)}/servers`, { headers: { 'X-Auth-Token': demo } })
    ).json()) as { servers: { id: string; name: string }[] };
    const AS = `${'a'.repeat(64)}!`;
    const XS = 'x'.repeat(64);
    for (const [seedName, name] of [
      ['web-01', AS],
      ['web-02', XS],
    ]) {
      const id = servers.servers.find((s) => s.name === seedName)?.id;
      const renamed = await fetch(`${compute(DEMO)}/servers/${id}`, {
        method: 'PUT',
        headers: { 'X-Auth-Token': demo, 'Content-Type': 'application/json' },
        body: JSON.stringify({ server: { name } }),
      });
      expect(renamed.status).toBe(200);
    }

    const deadline = AbortSignal.timeout(5_000);
    const list = async (user: typeof DEMO, token: string, query: string) => {
      const res = await fetch(`${compute(user)}/servers${query}`, {
        headers: { 'X-Auth-Token': token },
        signal: deadline,
      });
      const body = (await res.json()) as { servers: { name: string }[] };
      return { status: res.status, names: body.servers.map((s) => s.name) };
    };
    const [nested, overlapping, anchored, otherTenant] = await Promise.all([
      list(DEMO, demo, `?name=${encodeURIComponent('(a+)+$')}`),
      list(DEMO, demo, `/detail?name=${encodeURIComponent('(x+x+)+y')}`),
      list(DEMO, demo, `?name=${encodeURIComponent('^(a+)+!$')}`),
      list(OTHER, other, '/detail'),
    ]);
    expect(nested.status).toBe(200);
    expect(nested.names).not.toContain(AS);
    expect(overlapping).toEqual({ status: 200, names: [] });
    expect(anchored).toEqual({ status: 200, names: [AS] });
    expect(otherTenant.status).toBe(200);
    expect(otherTenant.names.length).toBeGreaterThan(0);

    signalGroup(running.child, 'SIGTERM');
    await running.exited;
  });

  /**
   * Issue 12: the state file is written in batches, so SIGTERM writes what is pending before the
   * process ends. The token is asked for and SIGTERM sent at once, well inside the batch's
   * 200 ms, so the file can only hold the token because the shutdown wrote it.
   */
  it('writes the pending state on SIGTERM (NHN_EMULATOR_STATE)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nhn-emulator-process-'));
    try {
      const stateFile = join(dir, 'state.json');
      const port = await freePort();
      const running = start(port, { NHN_EMULATOR_STATE: stateFile });
      await waitFor(running, /listening on/);
      const res = await fetch(`http://127.0.0.1:${port}/identity/v2.0/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(passwordTokenRequest(DEMO)),
      });
      expect(res.status).toBe(200);
      const token = ((await res.json()) as any).access.token.id as string;
      signalGroup(running.child, 'SIGTERM');
      const exit = await running.exited;
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
      const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
      expect(Object.keys(saved.tokens)).toContain(token);
      expect(readdirSync(dir)).toEqual(['state.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /**
   * The same where startEmulator runs inside another program that handles no signal itself
   * (`npm run serve`): the state is written, and the process still ends by the signal.
   */
  it('writes the pending state on SIGTERM when startEmulator runs in a program of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nhn-emulator-process-'));
    try {
      const stateFile = join(dir, 'state.json');
      const here = join(process.cwd(), 'server/emulator');
      const script = [
        `import { startEmulator } from ${JSON.stringify(join(here, 'main.ts'))};`,
        `import { DEFAULT_CONFIG } from ${JSON.stringify(join(here, 'config.ts'))};`,
        `const { server } = startEmulator({ ...DEFAULT_CONFIG, port: 0, stateFile: ${JSON.stringify(stateFile)} });`,
        "server.on('listening', () => console.log('listening on ' + server.address().port));",
      ].join('\n');
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      started.push(child);
      let text = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
        (resolve) => child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      const running: Running = { child, output: () => text, exited };
      await waitFor(running, /listening on \d+/);
      const port = /listening on (\d+)/.exec(text)?.[1];
      const res = await fetch(`http://127.0.0.1:${port}/identity/v2.0/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(passwordTokenRequest(DEMO)),
      });
      expect(res.status).toBe(200);
      const token = ((await res.json()) as any).access.token.id as string;
      child.kill('SIGTERM');
      expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
      const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
      expect(Object.keys(saved.tokens)).toContain(token);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start on a damaged state file, naming it and what is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nhn-emulator-process-'));
    try {
      const stateFile = join(dir, 'state.json');
      const damaged = '{"version": 2, "clockOffsetMs": 0, "tok';
      writeFileSync(stateFile, damaged);
      const running = start(await freePort(), { NHN_EMULATOR_STATE: stateFile });
      const exit = await running.exited;
      expect(exit.code).not.toBe(0);
      expect(exit.code).not.toBeNull();
      expect(running.output()).toContain(`emulator: ${stateFile}: the state file is not JSON`);
      expect(running.output()).not.toContain('listening on');
      // Left as it was, for its owner to look at.
      expect(readFileSync(stateFile, 'utf8')).toBe(damaged);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts with NHN_EMULATOR_SERVERS=10000 and lists all 10,009 servers of KR1', async () => {
    const port = await freePort();
    const running = start(port, { NHN_EMULATOR_SERVERS: '10000' });
    await waitFor(running, /listening on/);
    const base = `http://127.0.0.1:${port}`;
    const signIn = await fetch(`${base}/identity/v2.0/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(passwordTokenRequest(DEMO)),
    });
    expect(signIn.status).toBe(200);
    const token = ((await signIn.json()) as any).access.token.id as string;
    const ids = new Set<string>();
    let url: string | undefined = `${base}/compute/kr1/v2/${DEMO.tenantId}/servers?limit=1000`;
    for (let pages = 0; url && pages < 20; pages++) {
      const res: Response = await fetch(url, { headers: { 'X-Auth-Token': token } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      for (const server of body.servers) ids.add(server.id);
      url = body.servers_links?.[0]?.href;
    }
    expect(ids.size).toBe(10_009);
    const page = await fetch(`${base}/compute/kr1/v2/${DEMO.tenantId}/servers/detail?limit=100`, {
      headers: { 'X-Auth-Token': token },
    });
    expect(((await page.json()) as any).servers).toHaveLength(100);

    signalGroup(running.child, 'SIGTERM');
    await running.exited;
  });
});
