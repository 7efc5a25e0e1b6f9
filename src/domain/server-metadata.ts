/**
 * Instance metadata (current guide, 인스턴스 메타데이터): key-value pairs of up to 255 characters
 * each. Five keys drive what NHN Cloud's own console shows about an instance; changing or
 * deleting them changes that, which the guide warns about ("인스턴스 메타데이터 변경 및 삭제 시 연관
 * 서비스 및 기능에 영향이 발생할 수 있으며…"). Read by the details page's editor and by the emulator.
 */

/** The keys NHN Cloud's console reads, and what it reads them for. */
const CONSOLE_METADATA_KEYS = {
  /** 기본 정보 > OS: the OS name, with os_version. */
  os_distro: 'os',
  /** 기본 정보 > OS: the OS version, with os_distro. */
  os_version: 'os',
  /** 기본 정보 > 이미지 이름. */
  image_name: 'image',
  /** 접속 정보: how to connect (Linux: SSH, Windows: RDP). */
  os_type: 'connect',
  /** 접속 정보: the user name to connect as. */
  login_username: 'connect',
} as const;

export type ConsoleMetadataKey = keyof typeof CONSOLE_METADATA_KEYS;

export function isConsoleMetadataKey(key: string): key is ConsoleMetadataKey {
  return Object.hasOwn(CONSOLE_METADATA_KEYS, key);
}

export const METADATA_LIMITS = {
  keyMax: 255,
  valueMax: 255,
  /** Nova's default quota of metadata items per instance (`metadata_items`). */
  itemsMax: 128,
} as const;

export type MetadataProblem =
  | { code: 'emptyKey' }
  | { code: 'keyTooLong'; max: number }
  | { code: 'valueTooLong'; max: number }
  | { code: 'tooMany'; max: number };

/** Whether one key-value pair may be stored, given how many keys the instance has now. */
export function checkMetadataItem(
  key: string,
  value: string,
  existingKeys: readonly string[] = [],
): MetadataProblem | null {
  if (key.trim() === '') return { code: 'emptyKey' };
  if (key.length > METADATA_LIMITS.keyMax)
    return { code: 'keyTooLong', max: METADATA_LIMITS.keyMax };
  if (value.length > METADATA_LIMITS.valueMax)
    return { code: 'valueTooLong', max: METADATA_LIMITS.valueMax };
  if (!existingKeys.includes(key) && existingKeys.length >= METADATA_LIMITS.itemsMax)
    return { code: 'tooMany', max: METADATA_LIMITS.itemsMax };
  return null;
}

export function describeMetadataProblem(problem: MetadataProblem): string {
  switch (problem.code) {
    case 'emptyKey':
      return 'Metadata keys must not be empty.';
    case 'keyTooLong':
      return `Metadata keys are at most ${problem.max} characters.`;
    case 'valueTooLong':
      return `Metadata values are at most ${problem.max} characters.`;
    case 'tooMany':
      return `Quota exceeded for metadata_items: an instance holds at most ${problem.max} metadata items.`;
  }
}
