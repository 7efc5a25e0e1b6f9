/**
 * The emulator's state file (NHN_EMULATOR_STATE, issue 12): read and checked at start, written
 * through `<state>.<pid>.tmp`, fsync and rename, so a crash leaves the old state or the new,
 * never a torn file; leftover temporary files of a writer that is gone are removed at start.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeZodError } from './context';
import { protoKeyPath } from './own-keys';
import type { EmulatorState } from './state';
import { stateSchema } from './state-schema';

/** The temporary file a write goes through: `<state>.<pid>.tmp`, beside the state file. */
function tempFileOf(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/** Whether a process with this id runs (it may be writing its temporary file). */
function running(pid: number): boolean {
  if (pid === process.pid) return false; // This process writes synchronously: never midway.
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `<state>.<pid>.tmp` files whose writer is gone: a crash between writing and renaming
 * leaves one, and nothing else ever would.
 */
export function removeLeftoverTempFiles(file: string): void {
  const name = basename(file);
  let entries: string[];
  try {
    entries = readdirSync(dirname(file));
  } catch {
    return; // No directory yet: no leftovers either (the first write says what is wrong).
  }
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith('.tmp')) continue;
    const pid = entry.slice(name.length + 1, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || running(Number(pid))) continue;
    rmSync(join(dirname(file), entry), { force: true });
  }
}

/**
 * The state in the state file; null when there is none yet. A file that cannot be read, is not
 * JSON or is not an emulator state stops the start (issue 12): an error naming the file and
 * what is wrong, rather than a seed silently written over it or a crash in a later request.
 */
export function readStateFile(file: string): EmulatorState | null {
  const fix = 'fix it, or delete it to start from the seed';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: the state file cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: the state file is not JSON (${(error as Error).message}); ${fix}.`);
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof json === 'object' && json !== null && version !== undefined && version !== 2) {
    throw new Error(
      `${file}: state version ${String(version).slice(0, 20)} is not this emulator's (2); delete the file to start from the seed.`,
    );
  }
  const proto = protoKeyPath(json);
  if (proto !== null) {
    throw new Error(`${file}: the state file has a key '__proto__' at ${proto}; ${fix}.`);
  }
  const result = stateSchema.safeParse(json);
  if (!result.success) {
    throw new Error(
      `${file}: the state file is not an emulator state: ${describeZodError(result.error)}; ${fix}.`,
    );
  }
  // The parsed JSON itself: the schema only checked it (its output drops nothing we keep).
  return json as EmulatorState;
}

/** Writes the state: temporary file, fsync, rename. Throws when the file cannot be written. */
export function writeStateFile(file: string, state: EmulatorState): void {
  const temp = tempFileOf(file);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify(state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
