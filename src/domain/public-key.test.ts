import { generateKeyPairSync } from 'node:crypto';
import sshpk from 'sshpk';
import { describe, expect, it } from 'vitest';
import { checkPublicKey, suggestKeypairName } from './public-key';

/** Real keys of every importable type, written by sshpk as OpenSSH writes them. */
function opensshKey(
  kind: 'rsa' | 'ed25519' | 'ec',
  options: Record<string, unknown> = {},
  comment = 'alice@laptop',
): string {
  const { publicKey } = generateKeyPairSync(kind as 'rsa', {
    ...(options as { modulusLength: number }),
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const key = sshpk.parseKey(publicKey, 'pem');
  key.comment = comment;
  return key.toString('ssh');
}

const KEYS = {
  'ssh-rsa': opensshKey('rsa', { modulusLength: 2048 }),
  'ssh-ed25519': opensshKey('ed25519'),
  'ecdsa-sha2-nistp256': opensshKey('ec', { namedCurve: 'P-256' }),
  'ecdsa-sha2-nistp384': opensshKey('ec', { namedCurve: 'P-384' }),
  'ecdsa-sha2-nistp521': opensshKey('ec', { namedCurve: 'P-521' }),
};

const parts = (key: string) => key.split(' ') as [string, string, ...string[]];
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
function wire(...fields: (string | Uint8Array)[]): Uint8Array {
  const chunks = fields.map((field) => {
    const bytes = typeof field === 'string' ? Buffer.from(field) : Buffer.from(field);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  });
  return Buffer.concat(chunks);
}

describe('checkPublicKey', () => {
  it.each(Object.entries(KEYS))('accepts a real %s key, with its comment', (type, key) => {
    const result = checkPublicKey(key);
    expect(result).toEqual({ ok: true, type, comment: 'alice@laptop', key });
    // …and so does the parser the emulator (and Nova) use.
    expect(() => sshpk.parseKey(key, 'ssh')).not.toThrow();
  });

  it('accepts a key without a comment, a comment with spaces, and surrounding white space', () => {
    const [type, data] = parts(KEYS['ssh-ed25519']);
    expect(checkPublicKey(`${type} ${data}`)).toMatchObject({ ok: true, comment: '' });
    expect(checkPublicKey(`  ${type}\t${data} my work key \n`)).toMatchObject({
      ok: true,
      comment: 'my work key',
      key: `${type} ${data} my work key`,
    });
  });

  it.each([
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC82RttI7jH48qv0/dnJeUampHCR0m3s0B3Bnf/ZcFhmbmfbAGFIvMMYCdmAId87EBe27oUcWoN+LvOayFf/r2EpOS4ZO1olccQjJVU2yGInAP6mDZyZ/+Hqf7bu6jSVomVaslv/6Vqd5FrD688QZqa/f7WM/ijWdW8/zp1DK65PGlEdgYWwK8VnTv8AnALzBVKQKtq0h1uzZsQoHBSyuXqCoh5+9RToueXAs5vUw6Bd7WV4HPlWhUmCpgdxehqNCTj44fMp/L1dgPxPHrCJyY4LoeEOQNwUme50XMLfpJpg5hRIMO0dzO0VHW3DmcvRdAsoMukoSwciC/Aywx7cN0T demo-key',
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEAsJRhZ9SHfuPpbPKZSXKcF922tWzqo8N1cuLvyF8CG other-key',
  ])("accepts the emulator's seed key %#", (seed) => {
    expect(checkPublicKey(seed)).toMatchObject({ ok: true });
  });

  it.each([
    ['', 'required'],
    ['   \n ', 'required'],
    ['ssh-dss AAAAB3NzaC1kc3MAAACBAP', 'unknownType'],
    ['AAAAC3NzaC1lZDI1NTE5AAAAIEAsJRhZ9SHfuPpbPKZSXKcF922tWzqo8N1cuLvyF8CG', 'unknownType'],
    ['SSH-RSA AAAA', 'unknownType'],
    ['ssh-ed25519', 'missingData'],
    ['ssh-ed25519 not*base64!', 'badBase64'],
    [
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEAsJRhZ9SHfuPpbPKZSXKcF922tWzqo8N1cuLvyF8C',
      'badBase64',
    ],
    ['ssh-rsa AAAA', 'badKeyData'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(checkPublicKey(text)).toMatchObject({ ok: false, problem });
  });

  it('refuses a private key, and says so', () => {
    const { privateKey } = generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    expect(checkPublicKey(privateKey)).toMatchObject({ ok: false, problem: 'privateKey' });
    expect(
      checkPublicKey('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END'),
    ).toMatchObject({ ok: false, problem: 'privateKey' });
    expect(
      checkPublicKey('-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----'),
    ).toMatchObject({ ok: false, problem: 'privateKey' });
  });

  it('refuses PEM and RFC 4716 public keys (not the OpenSSH line)', () => {
    const { publicKey } = generateKeyPairSync('ed25519', {
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    expect(checkPublicKey(publicKey)).toMatchObject({ ok: false, problem: 'notOpenSsh' });
    expect(
      checkPublicKey(
        `---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2E\n---- END SSH2 PUBLIC KEY ----`,
      ),
    ).toMatchObject({ ok: false, problem: 'notOpenSsh' });
  });

  it('refuses two keys pasted together', () => {
    expect(checkPublicKey(`${KEYS['ssh-rsa']}\n${KEYS['ssh-ed25519']}`)).toMatchObject({
      ok: false,
      problem: 'multipleLines',
    });
  });

  it('refuses a key whose data names another type than its first word', () => {
    const [, ed25519Data] = parts(KEYS['ssh-ed25519']);
    expect(checkPublicKey(`ssh-rsa ${ed25519Data}`)).toMatchObject({
      ok: false,
      problem: 'typeMismatch',
      type: 'ssh-rsa',
    });
    const [, p256Data] = parts(KEYS['ecdsa-sha2-nistp256']);
    expect(checkPublicKey(`ecdsa-sha2-nistp384 ${p256Data}`)).toMatchObject({
      problem: 'typeMismatch',
    });
  });

  it.each(Object.entries(KEYS))('refuses a cut-short or padded %s key', (type, key) => {
    const blob = Buffer.from(parts(key)[1], 'base64');
    const short = b64(blob.subarray(0, blob.length - 3));
    const long = b64(Buffer.concat([blob, Buffer.from([0, 0, 0, 0])]));
    expect(checkPublicKey(`${type} ${short}`)).toMatchObject({ ok: false, problem: 'badKeyData' });
    expect(checkPublicKey(`${type} ${long}`)).toMatchObject({ ok: false, problem: 'badKeyData' });
    // The emulator's parser refuses them too (so the checker is not stricter than the server
    // without a reason).
    expect(() => sshpk.parseKey(`${type} ${short}`, 'ssh')).toThrow();
  });

  it('refuses fields that do not fit the type', () => {
    // An Ed25519 point of the wrong size.
    expect(
      checkPublicKey(`ssh-ed25519 ${b64(wire('ssh-ed25519', new Uint8Array(31)))}`),
    ).toMatchObject({ problem: 'badKeyData' });
    // An ECDSA key that names another curve inside.
    const point = new Uint8Array(65);
    point[0] = 4;
    expect(
      checkPublicKey(`ecdsa-sha2-nistp256 ${b64(wire('ecdsa-sha2-nistp256', 'nistp384', point))}`),
    ).toMatchObject({ problem: 'badKeyData' });
    // A compressed point.
    point[0] = 2;
    expect(
      checkPublicKey(`ecdsa-sha2-nistp256 ${b64(wire('ecdsa-sha2-nistp256', 'nistp256', point))}`),
    ).toMatchObject({ problem: 'badKeyData' });
    // A length that runs past the end.
    const broken = Buffer.from(wire('ssh-ed25519', new Uint8Array(32)));
    broken.writeUInt32BE(0xffffffff, 15);
    expect(checkPublicKey(`ssh-ed25519 ${b64(broken)}`)).toMatchObject({ problem: 'badKeyData' });
  });
});

describe('suggestKeypairName', () => {
  it.each([
    ['id_ed25519.pub', 'id_ed25519'],
    ['alice@laptop', 'alice'],
    ['my key (work).pub', 'my key -work'],
    ['..weird..', 'weird'],
  ])('%s → %s', (source, name) => {
    expect(suggestKeypairName(source)).toBe(name);
  });
});
