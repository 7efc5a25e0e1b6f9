/** A figure or why there is none: one failing measure never hides the others. */
import type { Browser } from '@playwright/test';
import type { SignedIn } from './emulator-api';

export type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };

export const failed = (reason: string): Measured<never> => ({ ok: false, reason });

/** Runs a measure; an error becomes its reason (first line only: a table cell). */
export async function attempt<T>(what: string, measure: () => Promise<T>): Promise<Measured<T>> {
  try {
    return { ok: true, value: await measure() };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    console.error(`bench: ${what} failed: ${message}`);
    return failed(message);
  }
}

/** What every browser measure needs: the browser, the running console and the demo tenant. */
export interface RunContext {
  browser: Browser;
  consoleUrl: string;
  emulatorUrl: string;
  session: SignedIn;
  token: string;
  runs: number;
}

const started = Date.now();
/** A progress line, with the time since the bench started. */
export const log = (message: string) => {
  const s = Math.round((Date.now() - started) / 1000);
  console.log(`bench [${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}]: ${message}`);
};
