/** The resize dialog's choices: every flavor of the region, each with why it may not be chosen. */
import type { Flavor } from '../../../domain/compute-types';
import { checkResizeTarget, type ResizeProblem } from '../../../domain/resize-rules';

export interface ResizeChoice {
  flavor: Flavor;
  problem: ResizeProblem | null;
}

/** Flavors the instance may move to, and why the others are not offered; by name. */
export function resizeChoices(
  current: Flavor | undefined,
  flavors: Flavor[],
  osType: string | null,
): ResizeChoice[] {
  if (!current) return [];
  return flavors
    .map((flavor) => ({
      flavor,
      problem: checkResizeTarget(current, flavor, osType ? { osType } : null),
    }))
    .sort((a, b) => a.flavor.name.localeCompare(b.flavor.name));
}

/** Whether any flavor may be chosen (U2 instances cannot change flavor at all). */
export function canResize(current: Flavor | undefined, flavors: Flavor[], osType: string | null) {
  return resizeChoices(current, flavors, osType).some((choice) => !choice.problem);
}

/** The message key of why a flavor is not offered. */
export function resizeReasonKey(problem: ResizeProblem) {
  switch (problem.code) {
    case 'same':
      return 'instanceDetail.resize.reasonSame' as const;
    case 'u2':
      return 'instanceDetail.resize.reasonU2' as const;
    case 'windowsRam':
      return 'instanceDetail.resize.reasonWindowsRam' as const;
  }
}
