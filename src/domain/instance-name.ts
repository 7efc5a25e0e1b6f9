/**
 * An instance's name, `server.name` (current guide: 인스턴스 생성하기, 인스턴스 수정하기): not blank,
 * at most 255 characters; from a Windows image at most 15, since it becomes the computer's
 * NetBIOS name. One rule for the create rules (the create form and the emulator's create), the
 * rename dialog, the details page's title and the emulator's rename (issue 11).
 */
export const INSTANCE_NAME_MAX = 255;
export const WINDOWS_INSTANCE_NAME_MAX = 15;

export type InstanceNameProblem =
  | { code: 'name.required' }
  | { code: 'name.tooLong'; max: number }
  | { code: 'name.windowsTooLong'; max: number };

/** Why `name` may not be an instance's name (`windows`: it boots a Windows image), or null. */
export function checkInstanceName(name: string, windows = false): InstanceNameProblem | null {
  // Blank is judged on the trimmed name; lengths on the name as it would be sent.
  if (name.trim() === '') return { code: 'name.required' };
  if (windows && name.length > WINDOWS_INSTANCE_NAME_MAX)
    return { code: 'name.windowsTooLong', max: WINDOWS_INSTANCE_NAME_MAX };
  if (name.length > INSTANCE_NAME_MAX) return { code: 'name.tooLong', max: INSTANCE_NAME_MAX };
  return null;
}
