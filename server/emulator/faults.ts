/**
 * Injected faults for tests and demos: latency, or an HTTP status, for requests that match a
 * method and a path pattern; a given number of times, or at a rate.
 */
import { z } from 'zod';
import { type LinearPattern, linearPattern, PatternError } from './patterns';

export const faultSchema = z
  .object({
    method: z
      .string()
      .max(16)
      .regex(/^[A-Za-z]+$|^\*$/, 'must be an HTTP method or *')
      .transform((m) => m.toUpperCase())
      .optional(),
    /**
     * A regular expression tested against the request path (without the query), in RE2's
     * syntax: it is matched against every request, so it runs in linear time (patterns.ts).
     */
    path: z.string().min(1).max(500),
    status: z.number().int().min(400).max(599).optional(),
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    times: z.number().int().min(1).max(1_000_000).optional(),
    rate: z.number().min(0).max(1).optional(),
    message: z.string().max(1000).optional(),
    /** Seconds, sent as Retry-After (a 429 from a rate limit says when to come back). */
    retryAfterS: z.number().int().min(0).max(3600).optional(),
    /**
     * Answer as NHN's API gateway does: HTTP 200 with
     * `{"header": {"isSuccessful": false, "resultCode": status, "resultMessage": message}}`.
     */
    gateway: z.boolean().optional(),
    /**
     * Close the connection without an answer, as a service that is down or crashed mid-request
     * does (after `latencyMs`, if given): what the console's proxy meets when NHN Cloud is gone.
     */
    drop: z.boolean().optional(),
  })
  .refine((f) => f.status !== undefined || f.latencyMs !== undefined || f.drop === true, {
    message: 'a fault needs a status, a latencyMs or drop',
  })
  .refine((f) => !(f.drop && f.status !== undefined), {
    message: 'a dropped connection has no status',
    path: ['drop'],
  })
  .refine((f) => !f.gateway || f.status !== undefined, {
    message: 'a gateway fault needs the status to report as its resultCode',
    path: ['gateway'],
  })
  .superRefine((f, ctx) => {
    try {
      linearPattern(f.path);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      ctx.addIssue({
        code: 'custom',
        message: `path must be a valid regular expression: ${error.message}`,
        path: ['path'],
      });
    }
  });

export type FaultSpec = z.output<typeof faultSchema>;

/** At most this many faults at once (issue 12: the control API's state stays bounded). */
export const MAX_FAULTS = 100;

export interface Fault extends FaultSpec {
  id: number;
  hits: number;
}

export class Faults {
  private faults: Fault[] = [];
  /** Each fault's path, compiled once when it is added (faults are listed as plain JSON). */
  private readonly patterns = new Map<number, LinearPattern>();
  private nextId = 1;

  /** Adds a fault; `spec.path` must compile (faultSchema checks it, with a message). */
  add(spec: FaultSpec): Fault {
    const fault = { ...spec, id: this.nextId++, hits: 0 };
    this.patterns.set(fault.id, linearPattern(fault.path));
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults;
  }

  remove(id: number): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    this.patterns.delete(id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
    this.patterns.clear();
  }

  /** The fault that applies to this request, if any (counting it as used). */
  match(method: string, path: string, random: () => number = Math.random): Fault | null {
    for (const fault of this.faults) {
      if (fault.method && fault.method !== '*' && fault.method !== method) continue;
      if (!this.patterns.get(fault.id)?.test(path)) continue;
      if (fault.times !== undefined && fault.hits >= fault.times) continue;
      if (fault.rate !== undefined && random() >= fault.rate) continue;
      fault.hits++;
      return fault;
    }
    return null;
  }
}
