import { describe, expect, it } from 'vitest';
import {
  bodyBytes,
  bodySize,
  cloneModel,
  describeBody,
  type JsonModel,
  Raw,
  Repeat,
  setKey,
  toJsonText,
} from './body';

describe('JSON bodies', () => {
  it('writes __proto__ as an own key, as JSON.parse reads it', () => {
    const body: { [key: string]: JsonModel } = {};
    setKey(body, '__proto__', { admin: true });
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    const text = toJsonText(body);
    expect(text).toBe('{"__proto__":{"admin":true}}');
    expect(Object.hasOwn(JSON.parse(text), '__proto__')).toBe(true);
    expect(toJsonText(cloneModel(body))).toBe(text);
  });

  it('writes raw numbers and repeats', () => {
    expect(toJsonText({ a: new Raw('1e400'), b: new Repeat('ab', 3), c: [Number.NaN, null] })).toBe(
      '{"a":1e400,"b":"ababab","c":[null,null]}',
    );
  });

  it('copies deeply', () => {
    const original = { a: [{ b: 1 }] };
    const copy = cloneModel(original) as { a: { b: number }[] };
    (copy.a[0] as { b: number }).b = 2;
    expect(original.a[0]?.b).toBe(1);
  });

  it('sizes a repeat without building it, and describes it briefly', () => {
    const body = {
      kind: 'repeat' as const,
      prefix: '{"x":"',
      unit: 'é',
      times: 2_000_000,
      suffix: '"}',
      chunked: true,
    };
    expect(bodySize(body)).toBe(8 + 4_000_000);
    expect(describeBody(body)).toContain('4,000,008 bytes');
    expect(describeBody(body)).toContain('[chunked]');
    expect(describeBody(body).length).toBeLessThan(250);
    expect(bodyBytes({ kind: 'bytes', hex: 'ff00' })).toEqual(Buffer.from([0xff, 0]));
  });
});
