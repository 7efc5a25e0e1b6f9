/**
 * The create-image dialog's input as the request it sends (인스턴스 이미지 생성: a name of at most
 * 255 characters, metadata keys and values of at most 255), and the new image's id from the
 * answer's `Location`.
 */
import { CREATE_LIMITS } from '../../../domain/create-server-rules';
import { IMAGE_NAME_MAX } from '../../../domain/image-rules';

export interface MetaRow {
  key: string;
  value: string;
}

/** Why the name may not be sent, if it may not. */
export function imageNameProblem(name: string): 'required' | 'tooLong' | null {
  if (name.trim() === '') return 'required';
  return name.length > IMAGE_NAME_MAX ? 'tooLong' : null;
}

export function metadataTooLong(rows: readonly MetaRow[]): boolean {
  return rows.some(
    (row) =>
      row.key.length > CREATE_LIMITS.metadataMax || row.value.length > CREATE_LIMITS.metadataMax,
  );
}

/** `createImage`'s parameters: the trimmed name, and the rows with a key (none: no metadata). */
export function imageParams(
  name: string,
  rows: readonly MetaRow[],
): { name: string; metadata?: Record<string, string> } {
  const metadata = Object.fromEntries(
    rows.filter((row) => row.key.trim() !== '').map((row) => [row.key, row.value]),
  );
  return Object.keys(metadata).length > 0 ? { name: name.trim(), metadata } : { name: name.trim() };
}

/** The image's id: the last segment of the `Location` the answer carries. */
export function imageIdOf(location: string | null): string | undefined {
  return location?.split('/').filter(Boolean).at(-1);
}
