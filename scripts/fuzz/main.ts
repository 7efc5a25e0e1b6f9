/**
 * `npm run fuzz -- [--seed N] [--requests N]` (issue 12): a bounded, repeatable fuzz of the NHN
 * Cloud emulator and of the console's production server in front of it. Both run in this process
 * on loopback ports of their own — the emulator as server/emulator/main.ts starts it, the console
 * as server/serve.ts builds it (createServerApp with the API handler and its upstream table) — so
 * the emulator's state can be compared before and after every request. The requests come from
 * ./generate.ts (one seed, every endpoint family); each is sent on its own connection, one at a
 * time. Fails (exit 1) on any answer ≥ 500, no answer, an answer other than the one a request was
 * built to get, or a refused request (4xx) that changed the emulator's state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USERS, type UserAccount } from '../../server/emulator/accounts';
import { createEmulator } from '../../server/emulator/app';
import { createApiHandler } from '../../server/proxy/api';
import { sessionKeyFromEnv } from '../../server/proxy/session';
import { upstreamTable } from '../../server/proxy/upstreams';
import { createServerApp } from '../../server/serve';
import { SESSION_COOKIE } from '../../src/domain/console-session';
import { DEMO, demoSession } from '../bench/emulator-api';
import { commandLine } from '../command-line';
import { bodyBytes, bodySize } from './body';
import { type AuthKind, generateRequests } from './generate';
import { options, USAGE } from './options';
import { differences, familyTable, groupFailures, type Outcome, problemsOf, tally } from './report';
import { type Answer, send } from './send';
import { close, describeRequest, distDir, HOST, listen, signInDirect } from './servers';
import { worldOf } from './world';

/** Longer than the proxy gives its upstream (25 s): its own 504 comes first. */
const TIMEOUT_MS = 30_000;
/** The emulator goes back to its seed this often (the tokens kept), so refusals meet it whole. */
const RESET_EVERY = 250;

async function main() {
  const opts = commandLine(options, USAGE);
  if (!opts) return;
  const work = mkdtempSync(join(tmpdir(), 'nhn-fuzz-'));
  const started = performance.now();

  // The emulator, with transitions of 1 ms (settled before every request) and its own port.
  const emulator = createEmulator({ transitionMs: 1, host: HOST, stateFile: null, log: false });
  let inflight = 0;
  let emulatorErrors: number[] = [];
  const emu = await listen(async (request) => {
    inflight++;
    try {
      const response = await emulator.app.fetch(request);
      if (response.status >= 500) emulatorErrors.push(response.status);
      return response;
    } catch (error) {
      emulatorErrors.push(599);
      throw error;
    } finally {
      inflight--;
    }
  });
  const emulatorUrl = `http://${HOST}:${emu.port}`;
  // The console's production server in front of it, as server/serve.ts makes it.
  const table = upstreamTable('emulator', emulatorUrl);
  const consoleApp = createServerApp(
    table,
    distDir(work),
    createApiHandler({ table, key: sessionKeyFromEnv({}) }),
  );
  const con = await listen(consoleApp.fetch);
  const consoleUrl = `http://${HOST}:${con.port}`;

  const other = USERS.find((user) => user.tenantId !== DEMO.tenantId) as UserAccount;
  const world = worldOf(emulator.store.state, 'kr1', DEMO, other);
  const generated = generateRequests(opts.seed, opts.requests, world);
  const requests = opts.only ? generated.filter((r) => opts.only?.includes(r.index)) : generated;

  // The credentials each kind of auth stands for.
  const store = emulator.store;
  const token = await signInDirect(emulatorUrl, DEMO);
  const otherToken = await signInDirect(emulatorUrl, other);
  const expiredToken = await signInDirect(emulatorUrl, DEMO);
  const revokedToken = await signInDirect(emulatorUrl, DEMO);
  const revoke = await fetch(`${emulatorUrl}/identity/v2.0/tokens/${revokedToken}`, {
    method: 'DELETE',
    headers: { 'X-Auth-Token': revokedToken },
  });
  if (revoke.status !== 204) throw new Error(`revoking a token: HTTP ${revoke.status}`);
  const session = await demoSession(consoleUrl);
  const before = new Set(Object.keys(store.state.tokens));
  const stale = await demoSession(consoleUrl);
  const staleToken = Object.keys(store.state.tokens).find((id) => !before.has(id));
  for (const id of [expiredToken, staleToken]) {
    const record = id === undefined ? undefined : store.state.tokens[id];
    if (!record) throw new Error('a token to expire is missing');
    record.expiresAt = store.now() - 1000;
  }
  const cookie = `${SESSION_COOKIE}=${session.cookie.value}`;
  const value = session.cookie.value;
  const middle = Math.floor(value.length / 2);
  const tampered = `${SESSION_COOKIE}=${value.slice(0, middle)}${value[middle] === 'A' ? 'B' : 'A'}${value.slice(middle + 1)}`;
  const garbage = 'deadbeef'.repeat(4);
  const authHeaders: Record<AuthKind, Record<string, string>> = {
    token: { 'X-Auth-Token': token },
    none: {},
    garbage: { 'X-Auth-Token': garbage },
    expired: { 'X-Auth-Token': expiredToken },
    revoked: { 'X-Auth-Token': revokedToken },
    'other-tenant': { 'X-Auth-Token': otherToken },
    cookie: { Cookie: cookie },
    'stale-cookie': { Cookie: `${SESSION_COOKIE}=${stale.cookie.value}` },
    'garbage-cookie': { Cookie: `${SESSION_COOKIE}=${garbage}` },
    'tampered-cookie': { Cookie: tampered },
    'two-cookies': { Cookie: `${SESSION_COOKIE}=${garbage}; ${cookie}` },
    'cookie-and-garbage-token': { Cookie: cookie, 'X-Auth-Token': garbage },
    literal: {},
  };
  const tokens = structuredClone(store.state.tokens);

  console.log(
    `fuzz: seed ${opts.seed}, ${requests.length.toLocaleString('en-US')} requests; emulator ${emulatorUrl}, console ${consoleUrl} (loopback only)`,
  );
  // What the servers log while refusing (proxy failures, the emulator's unexpected errors).
  const logged: string[] = [];
  const quietened = { error: console.error, warn: console.warn, log: console.log };
  console.error =
    console.warn =
    console.log =
      (...args: unknown[]) => {
        logged.push(
          args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '),
        );
      };

  const outcomes: Outcome[] = [];
  const quiet = async () => {
    for (let i = 0; inflight > 0 && i < 2000; i++) await new Promise((r) => setTimeout(r, 1));
  };
  try {
    for (const request of requests) {
      if (request.index > 0 && request.index % RESET_EVERY === 0) {
        store.reset();
        store.state.tokens = structuredClone(tokens);
      }
      store.settle();
      const snapshot = JSON.stringify(store.state);
      emulatorErrors = [];
      const loggedBefore = logged.length;
      const body = request.body ? bodyBytes(request.body) : undefined;
      const answer: Answer = await send(
        request.via === 'proxy' ? con.port : emu.port,
        {
          method: request.method,
          path: request.path,
          headers: { ...authHeaders[request.auth], ...request.headers },
          body,
          chunked: request.body?.kind === 'repeat' && request.body.chunked,
        },
        TIMEOUT_MS,
      );
      await quiet();
      let stateChanged = false;
      let changed: string[] | undefined;
      if (answer.status !== null && answer.status >= 400) {
        const now = JSON.stringify(store.state);
        if (now !== snapshot) {
          stateChanged = answer.status < 500;
          changed = differences(JSON.parse(snapshot), JSON.parse(now));
        }
      }
      outcomes.push({
        request,
        status: answer.status,
        ...(answer.error ? { error: answer.error } : {}),
        body: answer.body,
        ms: answer.ms,
        stateChanged,
        ...(changed ? { changed } : {}),
        emulatorErrors: [...emulatorErrors],
        logged: logged.slice(loggedBefore).map((line) => line.split('\n')[0] ?? ''),
      });
      if ((request.index + 1) % 500 === 0)
        process.stdout.write(
          `  ${request.index + 1} sent (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
        );
    }
  } finally {
    Object.assign(console, quietened);
    await close(con.server);
    await close(emu.server);
    rmSync(work, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;

  const rows = tally(outcomes);
  console.log(`\n${familyTable(rows)}`);
  const total = rows.at(-1);
  const failures = outcomes.filter((o) => problemsOf(o).length > 0);
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms)[0];
  console.log(
    `\nseed ${opts.seed}; ${total?.sent.toLocaleString('en-US')} requests in ${seconds.toFixed(1)} s; 5xx: ${total?.s5xx ?? 0}; no answer: ${total?.noAnswer ?? 0}; unexpected: ${total?.unexpected ?? 0}; state changed by refusal: ${total?.stateChanged ?? 0}; slowest answer ${slowest ? `${slowest.ms.toFixed(0)} ms (#${slowest.request.index})` : '—'}; server log lines: ${logged.length}`,
  );
  if (failures.length > 0) {
    const groups = groupFailures(outcomes);
    console.log(`\n${failures.length} failing request(s), ${groups.length} kind(s):`);
    for (const group of groups) {
      const outcome = group[0] as Outcome;
      const others = group.slice(1).map((o) => `#${o.request.index}`);
      console.log(
        `\n${group.length} × ${problemsOf(outcome).join(', ')}${others.length > 0 ? ` (the first below; also ${others.slice(0, 15).join(' ')}${others.length > 15 ? ' …' : ''})` : ''}`,
      );
      console.log(`  ${describeRequest(outcome.request).replaceAll('\n', '\n  ')}`);
      const answer =
        outcome.status === null ? `no answer (${outcome.error})` : `HTTP ${outcome.status}`;
      console.log(`      answer: ${answer} ${JSON.stringify(outcome.body.slice(0, 300))}`);
      if (outcome.emulatorErrors.length > 0)
        console.log(`      the emulator answered ${outcome.emulatorErrors.join(', ')}`);
      if (outcome.changed) console.log(`      state changed at: ${outcome.changed.join(', ')}`);
      else if (outcome.status !== null && outcome.status >= 500)
        console.log("      the emulator's state did not change");
      for (const line of outcome.logged.slice(0, 3))
        console.log(`      server log: ${line.slice(0, 300)}`);
      // A connection between proxy and emulator broken by an earlier request: the last one
      // before it that went through the proxy with a large body and was refused.
      if (outcome.status !== null && outcome.status >= 500) {
        const at = outcomes.indexOf(outcome);
        const suspect = outcomes
          .slice(Math.max(0, at - 200), at)
          .reverse()
          .find(
            (o) =>
              o.request.via === 'proxy' &&
              o.request.body !== undefined &&
              bodySize(o.request.body) > 64 * 1024 &&
              o.status !== null &&
              o.status >= 400 &&
              o.status < 500,
          );
        if (suspect)
          console.log(
            `      the last request before it through the proxy with a body over 64 KiB, answered ${suspect.status}:\n        ${describeRequest(suspect.request).replaceAll('\n', '\n    ')}`,
          );
      }
    }
    if (logged.length > 0) {
      console.log(
        `\nfirst server log lines:\n${logged
          .slice(0, 5)
          .map((l) => `  ${(l.split('\n')[0] ?? '').slice(0, 300)}`)
          .join('\n')}`,
      );
    }
    process.exitCode = 1;
  } else {
    console.log(
      '\nfuzz passed: no answer ≥ 500, every request answered as built, no refusal changed the state.',
    );
  }
}

await main();
