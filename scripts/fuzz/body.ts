/**
 * Request bodies as the fuzz describes them: small and plain (so a generated list can be compared
 * and printed), turned into bytes only when sent. A JSON body is a value that may hold `Raw` JSON
 * text (`1e400`, `-0`, a number past 2^53) and `Repeat` strings (a 200 KB name without holding
 * it); a key `__proto__` is an own key like any other (set with `setKey`), as JSON.parse makes it.
 */

/** JSON text put in as it is (numbers JSON.stringify cannot write: `1e400`, `-0`). */
export class Raw {
  constructor(readonly text: string) {}
}

/** A string of `unit` repeated `times`, written out only when sent. */
export class Repeat {
  constructor(
    readonly unit: string,
    readonly times: number,
  ) {}
}

export type JsonModel =
  | null
  | boolean
  | number
  | string
  | Raw
  | Repeat
  | JsonModel[]
  | { [key: string]: JsonModel };

export type Body =
  /** A JSON value, serialized with toJsonText. */
  | { kind: 'json'; value: JsonModel }
  /** Text as it is: broken JSON, other formats. */
  | { kind: 'text'; text: string }
  /** Bytes in hex: what is not UTF-8 at all. */
  | { kind: 'bytes'; hex: string }
  /**
   * `prefix` + `unit` × `times` + `suffix`: deep nesting, huge bodies. `chunked` sends it without
   * a Content-Length, in 64 KiB pieces.
   */
  | {
      kind: 'repeat';
      prefix: string;
      unit: string;
      times: number;
      suffix: string;
      chunked: boolean;
    };

/** Sets `object[key]` as an own, enumerable property, even for `__proto__`. */
export function setKey(object: { [key: string]: JsonModel }, key: string, value: JsonModel): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A deep copy; own `__proto__` keys stay own keys. */
export function cloneModel(value: JsonModel): JsonModel {
  if (Array.isArray(value)) return value.map(cloneModel);
  if (
    value === null ||
    typeof value !== 'object' ||
    value instanceof Raw ||
    value instanceof Repeat
  )
    return value;
  const copy: { [key: string]: JsonModel } = {};
  for (const key of Object.keys(value)) setKey(copy, key, cloneModel(value[key] as JsonModel));
  return copy;
}

/** The JSON text of a model value. */
export function toJsonText(value: JsonModel): string {
  if (value instanceof Raw) return value.text;
  if (value instanceof Repeat) return JSON.stringify(value.unit.repeat(value.times));
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value).map(
      (key) => `${JSON.stringify(key)}:${toJsonText(value[key] as JsonModel)}`,
    );
    return `{${members.join(',')}}`;
  }
  // NaN and ±Infinity have no JSON form: null, as JSON.stringify writes them.
  return JSON.stringify(value) ?? 'null';
}

/** The bytes to send (a chunked body is one Buffer here, cut into pieces when sent). */
export function bodyBytes(body: Body): Buffer {
  switch (body.kind) {
    case 'json':
      return Buffer.from(toJsonText(body.value));
    case 'text':
      return Buffer.from(body.text);
    case 'bytes':
      return Buffer.from(body.hex, 'hex');
    case 'repeat':
      return Buffer.from(body.prefix + body.unit.repeat(body.times) + body.suffix);
  }
}

/** Its size in bytes, without building it for a repeat. */
export function bodySize(body: Body): number {
  if (body.kind === 'repeat') {
    return (
      Buffer.byteLength(body.prefix) +
      Buffer.byteLength(body.unit) * body.times +
      Buffer.byteLength(body.suffix)
    );
  }
  return bodyBytes(body).length;
}

/** A short account of a body for a report: its start, and its size when long. */
export function describeBody(body: Body, max = 160): string {
  const size = bodySize(body);
  let start: string;
  if (body.kind === 'repeat') {
    start = `${body.prefix}${body.unit.repeat(Math.min(body.times, 8))}…(${body.unit.length ? `"${body.unit.slice(0, 8)}" × ${body.times}` : ''})…${body.suffix}`;
    if (body.chunked) start += ' [chunked]';
  } else if (body.kind === 'bytes') {
    start = `bytes ${body.hex.slice(0, max)}`;
  } else {
    const text = body.kind === 'json' ? toJsonText(shrink(body.value)) : body.text;
    start = text;
  }
  const printable = JSON.stringify(start).slice(1, -1);
  const cut = printable.length > max ? `${printable.slice(0, max)}…` : printable;
  return size > max ? `${cut} (${size.toLocaleString('en-US')} bytes)` : cut;
}

/** The model with every Repeat shortened, to describe it without writing it out. */
function shrink(value: JsonModel): JsonModel {
  if (value instanceof Repeat)
    return `${value.unit.repeat(Math.min(value.times, 4))}…×${value.times}`;
  if (Array.isArray(value)) return value.map(shrink);
  if (value === null || typeof value !== 'object' || value instanceof Raw) return value;
  const copy: { [key: string]: JsonModel } = {};
  for (const key of Object.keys(value)) setKey(copy, key, shrink(value[key] as JsonModel));
  return copy;
}
