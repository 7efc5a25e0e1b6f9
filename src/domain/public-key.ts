/**
 * Checks an OpenSSH public key before it is imported (spec: 키페어 생성/등록하기, `public_key`), so a
 * wrong paste is explained next to the field instead of coming back as a 400. Pure TypeScript: no
 * Node modules, runs in the browser.
 *
 * The format is one line, `type base64 [comment]` (RFC 4253 §6.6 and OpenSSH's authorized_keys):
 * the base64 decodes to the key blob, which starts with the same type string and then holds the
 * key's fields for that type.
 */
import { IMPORTABLE_KEY_TYPES } from './keypair';

type ImportableKeyType = (typeof IMPORTABLE_KEY_TYPES)[number];

type PublicKeyProblem =
  /** Nothing was given. */
  | 'required'
  /** A private key (PEM or OpenSSH) was pasted: never send it. */
  | 'privateKey'
  /** An RFC 4716 (`---- BEGIN SSH2 PUBLIC KEY ----`) or PEM public key, not OpenSSH's one line. */
  | 'notOpenSsh'
  /** More than one key or line. */
  | 'multipleLines'
  /** The first word is not a key type the console can import. */
  | 'unknownType'
  /** The type is not followed by the key data. */
  | 'missingData'
  /** The key data is not base64. */
  | 'badBase64'
  /** The key data names another type than the first word. */
  | 'typeMismatch'
  /** The key data is cut short, has extra bytes, or its fields do not fit the type. */
  | 'badKeyData';

export type PublicKeyCheck =
  | {
      ok: true;
      type: ImportableKeyType;
      comment: string /** `type base64 [comment]`. */;
      key: string;
    }
  | {
      ok: false;
      problem: PublicKeyProblem /** The type found, when there was one. */;
      type?: string;
    };

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Bytes of an uncompressed EC point (0x04 ‖ X ‖ Y) for each NIST curve. */
const EC_POINT_BYTES: Record<string, number> = { nistp256: 65, nistp384: 97, nistp521: 133 };

function isImportable(type: string): type is ImportableKeyType {
  return (IMPORTABLE_KEY_TYPES as readonly string[]).includes(type);
}

function decodeBase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Reads SSH wire-format strings (uint32 length, then bytes) one after another. */
class WireReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  string(): Uint8Array | null {
    const { bytes, offset } = this;
    if (offset + 4 > bytes.length) return null;
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
    const start = offset + 4;
    if (start + length > bytes.length) return null;
    this.offset = start + length;
    return bytes.subarray(start, start + length);
  }

  get done(): boolean {
    return this.offset === this.bytes.length;
  }
}

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** Whether the key blob holds exactly the fields of its type. */
function blobFitsType(type: ImportableKeyType, reader: WireReader): boolean {
  if (type === 'ssh-rsa') {
    const exponent = reader.string();
    const modulus = reader.string();
    // A modulus of at least 512 bits; real keys are 2048 bits or more.
    return Boolean(exponent?.length && modulus && modulus.length >= 64) && reader.done;
  }
  if (type === 'ssh-ed25519') {
    const point = reader.string();
    return point?.length === 32 && reader.done;
  }
  // ecdsa-sha2-<curve>: the curve name again, then the point.
  const curve = type.slice('ecdsa-sha2-'.length);
  const named = reader.string();
  const point = reader.string();
  return (
    named !== null &&
    ascii(named) === curve &&
    point !== null &&
    point.length === EC_POINT_BYTES[curve] &&
    point[0] === 0x04 &&
    reader.done
  );
}

export function checkPublicKey(input: string): PublicKeyCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'required' };
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) return { ok: false, problem: 'privateKey' };
  if (/^-{4,5} ?BEGIN /.test(text)) return { ok: false, problem: 'notOpenSsh' };
  if (/[\r\n]/.test(text)) return { ok: false, problem: 'multipleLines' };

  const [type = '', data, ...rest] = text.split(/[ \t]+/);
  if (!isImportable(type)) return { ok: false, problem: 'unknownType', type };
  if (!data) return { ok: false, problem: 'missingData', type };
  const blob = decodeBase64(data);
  if (!blob) return { ok: false, problem: 'badBase64', type };
  const reader = new WireReader(blob);
  const embedded = reader.string();
  if (!embedded) return { ok: false, problem: 'badKeyData', type };
  if (ascii(embedded) !== type) return { ok: false, problem: 'typeMismatch', type };
  if (!blobFitsType(type, reader)) return { ok: false, problem: 'badKeyData', type };

  const comment = rest.join(' ');
  return {
    ok: true,
    type,
    comment,
    key: comment ? `${type} ${data} ${comment}` : `${type} ${data}`,
  };
}

/** A name for the key pair from a key's comment or file name (`id_ed25519.pub` → `id_ed25519`). */
export function suggestKeypairName(source: string): string {
  return source
    .replace(/\.pub$/i, '')
    .replace(/@.*$/, '')
    .replace(/[^A-Za-z0-9 _-]+/g, '-')
    .replace(/^[ -]+|[ -]+$/g, '')
    .slice(0, 255);
}
