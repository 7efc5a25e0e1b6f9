/**
 * Key pair rules (spec: 키페어 생성/등록하기). Names follow Nova: 1–255 characters of letters,
 * digits, spaces, '-' and '_', not starting or ending with a space.
 */

export const KEYPAIR_NAME_MAX = 255;
const KEYPAIR_NAME = /^[A-Za-z0-9_-](?:[A-Za-z0-9 _-]*[A-Za-z0-9_-])?$/;

export type KeypairNameProblem = 'required' | 'tooLong' | 'characters';

export function checkKeypairName(name: string): KeypairNameProblem | null {
  if (name.length === 0) return 'required';
  if (name.length > KEYPAIR_NAME_MAX) return 'tooLong';
  if (!KEYPAIR_NAME.test(name)) return 'characters';
  return null;
}

export function describeKeypairNameProblem(problem: KeypairNameProblem): string {
  switch (problem) {
    case 'required':
      return 'Keypair name must not be empty.';
    case 'tooLong':
      return `Keypair name must be at most ${KEYPAIR_NAME_MAX} characters.`;
    case 'characters':
      return "Keypair name contains unsafe characters: use letters, digits, spaces, '-' and '_' (no leading or trailing space).";
  }
}

/** Public key types the console and the emulator accept for import. */
export const IMPORTABLE_KEY_TYPES = [
  'ssh-rsa',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
] as const;
