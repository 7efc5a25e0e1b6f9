/**
 * What a page downloads, as Chromium's DevTools protocol reports it: every request with the bytes
 * that came over the wire (`encodedDataLength`: headers and body as sent, so compressed when the
 * server compresses) and the bytes the page got after decoding. The summaries are pure.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface NetEntry {
  url: string;
  method: string;
  /** Chromium's resource type: Document, Script, Stylesheet, Fetch, XHR, Image, Font, Other… */
  type: string;
  mimeType: string;
  status: number | null;
  contentEncoding: string | null;
  cacheControl: string | null;
  /** Bytes received: response headers and body as transferred. */
  wireBytes: number;
  /** Body bytes after decoding. */
  bodyBytes: number;
  /** Date.now() when it started and finished (null while in flight). */
  startedAt: number;
  finishedAt: number | null;
  failed: boolean;
}

/** JavaScript and CSS: by the type of the answer, whatever started the request (modulepreload). */
export function isScriptOrStyle(entry: NetEntry): boolean {
  return /javascript|ecmascript|css/i.test(entry.mimeType) || /\.(m?js|css)(\?|$)/.test(entry.url);
}

/** The list requests of the compute API: `/servers/detail` (the list and the overview read it). */
export function isServerList(entry: NetEntry): boolean {
  return /\/servers\/detail(\?|$)/.test(entry.url);
}

export interface Traffic {
  requests: number;
  wireBytes: number;
  bodyBytes: number;
}

export function traffic(entries: readonly NetEntry[]): Traffic {
  return entries.reduce<Traffic>(
    (total, entry) => ({
      requests: total.requests + 1,
      wireBytes: total.wireBytes + entry.wireBytes,
      bodyBytes: total.bodyBytes + entry.bodyBytes,
    }),
    { requests: 0, wireBytes: 0, bodyBytes: 0 },
  );
}

/** Entries that started in [from, to) (Date.now() times). */
export function startedBetween(entries: readonly NetEntry[], from: number, to: number): NetEntry[] {
  return entries.filter((entry) => entry.startedAt >= from && entry.startedAt < to);
}

const header = (headers: Record<string, unknown>, name: string): string | null => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? null : String(headers[key]);
};

export class NetLog {
  private readonly byId = new Map<string, NetEntry>();
  private lastActivity = Date.now();

  private constructor(readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<NetLog> {
    const cdp = await page.context().newCDPSession(page);
    const log = new NetLog(cdp);
    cdp.on('Network.requestWillBeSent', (event) => {
      log.touch();
      // A redirect reuses the id: the hop before it is finished by then.
      log.byId.set(event.requestId, {
        url: event.request.url,
        method: event.request.method,
        type: event.type ?? 'Other',
        mimeType: '',
        status: null,
        contentEncoding: null,
        cacheControl: null,
        wireBytes: 0,
        bodyBytes: 0,
        startedAt: Date.now(),
        finishedAt: null,
        failed: false,
      });
    });
    cdp.on('Network.responseReceived', (event) => {
      const entry = log.byId.get(event.requestId);
      if (!entry) return;
      entry.status = event.response.status;
      entry.mimeType = event.response.mimeType;
      entry.type = event.type;
      entry.contentEncoding = header(event.response.headers, 'content-encoding');
      entry.cacheControl = header(event.response.headers, 'cache-control');
    });
    cdp.on('Network.dataReceived', (event) => {
      const entry = log.byId.get(event.requestId);
      if (entry) entry.bodyBytes += event.dataLength;
    });
    cdp.on('Network.loadingFinished', (event) => {
      log.touch();
      const entry = log.byId.get(event.requestId);
      if (!entry) return;
      entry.wireBytes = event.encodedDataLength;
      entry.finishedAt = Date.now();
    });
    cdp.on('Network.loadingFailed', (event) => {
      log.touch();
      const entry = log.byId.get(event.requestId);
      if (!entry) return;
      entry.failed = true;
      entry.finishedAt = Date.now();
    });
    await cdp.send('Network.enable');
    return log;
  }

  private touch() {
    this.lastActivity = Date.now();
  }

  entries(): NetEntry[] {
    return [...this.byId.values()];
  }

  inFlight(): number {
    return this.entries().filter((entry) => entry.finishedAt === null).length;
  }

  /** Resolves once nothing has been in flight for `quietMs` (or after `timeoutMs`, false). */
  async idle(quietMs = 1_000, timeoutMs = 60_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.inFlight() === 0 && Date.now() - this.lastActivity >= quietMs) return true;
      await new Promise((wake) => setTimeout(wake, 50));
    }
    return false;
  }

  /** The page's JavaScript heap after a full garbage collection, in bytes. */
  async heapUsed(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await this.cdp.send('Runtime.getHeapUsage');
    return usedSize;
  }
}
