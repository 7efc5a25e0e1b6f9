import { afterEach, describe, expect, it } from 'vitest';
import { configureApi } from '../../../api/client';
import { CLOCK_SKEW_MS, createdNamePattern, findCreated } from './find-created';

const scope = { region: 'kr1', tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7' };
const SUBMITTED = Date.parse('2026-11-30T10:00:00Z');
const at = (ms: number) => new Date(SUBMITTED + ms).toISOString();

function answering(servers: { id: string; name: string; created: string }[]) {
  const asked: string[] = [];
  configureApi({
    fetchImpl: (async (input: RequestInfo | URL) => {
      asked.push(decodeURIComponent(String(input)));
      return new Response(JSON.stringify({ servers }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch,
  });
  return asked;
}

afterEach(() => configureApi({ fetchImpl: undefined }));

describe('finding what an unanswered create made', () => {
  it('asks for the exact name, its characters escaped, and names N instances name-1 … name-N', () => {
    expect(createdNamePattern('web.01', 1)).toBe('^web\\.01$');
    expect(createdNamePattern('web(1)', 3)).toBe('^web\\(1\\)-[0-9]+$');
    const pattern = new RegExp(createdNamePattern('web', 3));
    expect(['web-1', 'web-12', 'web', 'web-x', 'xweb-1'].filter((n) => pattern.test(n))).toEqual([
      'web-1',
      'web-12',
    ]);
  });

  it('keeps the instances of that name created since the submit (less the clock skew)', async () => {
    const asked = answering([
      { id: 'new', name: 'web', created: at(2_000) },
      { id: 'skewed', name: 'web', created: at(-CLOCK_SKEW_MS + 1_000) },
      { id: 'old', name: 'web', created: at(-3_600_000) },
      { id: 'other', name: 'web-2', created: at(1_000) },
    ]);
    const found = await findCreated(scope, { name: 'web', count: 1, submittedAt: SUBMITTED });
    expect(found.map((s) => s.id)).toEqual(['new', 'skewed']);
    expect(asked).toEqual([
      `/api/compute/kr1/v2/${scope.tenantId}/servers/detail?name=^web$&limit=1000`,
    ]);
  });
});
