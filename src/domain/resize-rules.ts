/**
 * Which flavors an instance may move to (spec: 인스턴스 타입 변경, and neighbour-apis.md: U2
 * flavors cannot change family). Read by the resize dialog and by the emulator's 400s.
 */
import { CREATE_LIMITS, isWindows } from './create-server-plan';
import { isU2Flavor, MB_PER_GB } from './flavor';

export type ResizeProblem =
  | { code: 'same' }
  | { code: 'u2'; from: string; to: string }
  | { code: 'windowsRam'; minRamMb: number };

export function checkResizeTarget(
  current: { id: string; name: string },
  target: { id: string; name: string; ram: number },
  image: { osType: string } | null,
): ResizeProblem | null {
  if (target.id === current.id) return { code: 'same' };
  if (isU2Flavor(current.name) || isU2Flavor(target.name))
    return { code: 'u2', from: current.name, to: target.name };
  if (isWindows(image) && target.ram < CREATE_LIMITS.windowsMinRamMb) {
    return { code: 'windowsRam', minRamMb: CREATE_LIMITS.windowsMinRamMb };
  }
  return null;
}

export function describeResizeProblem(problem: ResizeProblem, targetName: string): string {
  switch (problem.code) {
    case 'same':
      return 'When resizing, instances must change flavor!';
    case 'u2':
      return `Cannot resize from ${problem.from} to ${problem.to}: U2 flavors cannot be resized to or from another flavor.`;
    case 'windowsRam':
      return `Windows instances need a flavor with at least ${problem.minRamMb / MB_PER_GB} GB of RAM; ${targetName} has less.`;
  }
}
