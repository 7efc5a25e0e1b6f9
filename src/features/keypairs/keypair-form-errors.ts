/**
 * The key pair dialog's pure half (키페어 생성/등록하기): which problem its fields show and when,
 * and which field NHN Cloud's refusal is about. The rules themselves are the domain's
 * (src/domain/keypair.ts, src/domain/public-key.ts). No React, no fetch.
 */
import { isApiError } from '../../api/api-error';
import { checkKeypairName, type KeypairNameProblem } from '../../domain/keypair';

/** A public key file is one line of a few hundred bytes; anything this large is something else. */
export const MAX_PUBLIC_KEY_FILE = 16 * 1024;

/** What is wrong with a name: the domain's rule first, then a name the list already has. */
export function keypairNameProblem(
  name: string,
  existingNames: readonly string[] | undefined,
): KeypairNameProblem | 'duplicate' | null {
  const problem = checkKeypairName(name);
  if (problem) return problem;
  return existingNames?.includes(name) ? 'duplicate' : null;
}

/**
 * Whether the name's problem shows now: a duplicate as soon as it is typed, any other once the
 * field was left or the form sent.
 */
export function showsNameProblem(
  name: string,
  existingNames: readonly string[] | undefined,
  touched: boolean,
): boolean {
  return touched || Boolean(existingNames?.includes(name));
}

export type KeypairFailure =
  | { field: 'name'; duplicate: true }
  | { field: 'name' | 'publicKey' | 'form'; message: string };

/** Which field NHN Cloud's refusal is about: a conflict is a duplicate name; a 400 names its field. */
export function classifyKeypairFailure(error: unknown): KeypairFailure {
  if (!isApiError(error)) {
    return { field: 'form', message: error instanceof Error ? error.message : String(error) };
  }
  if (error.isConflict) return { field: 'name', duplicate: true };
  if (error.status === 400) {
    if (/key ?pair data|public key|key type/i.test(error.message)) {
      return { field: 'publicKey', message: error.message };
    }
    if (/name/i.test(error.message)) return { field: 'name', message: error.message };
  }
  return { field: 'form', message: error.message };
}
