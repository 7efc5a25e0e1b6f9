import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import sshpk from 'sshpk';
import { IMPORTABLE_KEY_TYPES } from '../../src/domain/keypair';

const generateKeyPairAsync = promisify(generateKeyPair);

export interface ParsedPublicKey {
  /** The key as OpenSSH writes it (`ssh-rsa AAAA… comment`). */
  openssh: string;
  fingerprint: string;
  type: string;
}

/** Parses an OpenSSH public key; throws an Error that says what is wrong. */
export function parsePublicKey(text: string): ParsedPublicKey {
  const trimmed = text.trim();
  if (trimmed.includes('\n')) throw new Error('a public key is a single line');
  const sshType = trimmed.split(/\s+/)[0] ?? '';
  if (!(IMPORTABLE_KEY_TYPES as readonly string[]).includes(sshType)) {
    throw new Error(
      `key type '${sshType.slice(0, 40)}' is not supported (use ${IMPORTABLE_KEY_TYPES.join(', ')})`,
    );
  }
  let key: sshpk.Key;
  try {
    key = sshpk.parseKey(trimmed, 'ssh');
  } catch {
    throw new Error('the key data is not a valid OpenSSH public key');
  }
  return {
    openssh: trimmed,
    fingerprint: key.fingerprint('sha256').toString(),
    type: sshType,
  };
}

export interface GeneratedKeypair {
  publicKey: string;
  privateKey: string;
  fingerprint: string;
}

/** What Nova does when no public key is given: a new RSA pair, the private half returned once. */
export async function generateKeypair(): Promise<GeneratedKeypair> {
  const { publicKey, privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const key = sshpk.parseKey(publicKey, 'pem');
  key.comment = 'Generated-by-Nova';
  return {
    publicKey: key.toString('ssh'),
    privateKey,
    fingerprint: key.fingerprint('sha256').toString(),
  };
}
