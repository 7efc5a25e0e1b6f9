/**
 * The floor pages (issue 10: "a plain page on the same origin that makes the same API request and
 * renders the rows into a <table>"), put into the build the bench serves, under /bench-floor/, for
 * the run. They are plain HTML and JavaScript (scripts/bench/floor/); their constants come from the
 * console's own modules, so a floor never disagrees with the console about a session or a status.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockStorageBase, computeBase } from '../../src/api/endpoints';
import { SERVER_STATUSES } from '../../src/domain/server-status';
import { SESSION_KEY } from '../../src/session/session';
import { REGION } from './emulator-api';

export const FLOOR_PATH = '/bench-floor';
const SOURCE = fileURLToPath(new URL('./floor/', import.meta.url));

/** floor-config.js: what the floors read from the console's modules. */
export function floorConfig(): string {
  const scope = { region: REGION, tenantId: '{tenantId}' };
  const transitional = Object.entries(SERVER_STATUSES)
    .filter(([, info]) => info.transitional)
    .map(([status]) => status);
  return [
    '// Written by scripts/bench/floors.ts from the console’s modules; not edited by hand.',
    `export const SESSION_KEY = ${JSON.stringify(SESSION_KEY)};`,
    `export const COMPUTE_BASE = ${JSON.stringify(computeBase(scope))};`,
    `export const BLOCK_STORAGE_BASE = ${JSON.stringify(blockStorageBase(scope))};`,
    `export const TRANSITIONAL = ${JSON.stringify(transitional)};`,
    '',
  ].join('\n');
}

/** Copies the floors into `distDir`; returns a function that takes them away again. */
export function installFloors(distDir: string): () => void {
  const target = join(distDir, FLOOR_PATH);
  mkdirSync(target, { recursive: true });
  cpSync(SOURCE, target, { recursive: true });
  writeFileSync(join(target, 'floor-config.js'), floorConfig());
  return () => rmSync(target, { recursive: true, force: true });
}
