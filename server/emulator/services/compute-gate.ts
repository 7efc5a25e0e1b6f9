/** The emulator's refusal of an action the domain's action table does not allow now. */
import type { ActionCheck } from '../../../src/domain/server-actions';
import type { ServerRecord } from '../state';

/** Nova's 409 text, naming the action and the state it refuses. */
export function gateMessage(
  apiName: string,
  server: ServerRecord,
  check: ActionCheck & { allowed: false },
): string {
  switch (check.reason) {
    case 'status': {
      const allowed = check.allowedStatuses.join(', ');
      return `Cannot '${apiName}' instance ${server.id} while it is in status ${server.status} (vm_state ${server.vmState}); '${apiName}' is allowed only from ${allowed}.`;
    }
    case 'task':
      return `Cannot '${apiName}' instance ${server.id} while it is in task_state ${check.taskState}.`;
    case 'u2-only':
      return `Cannot '${apiName}' instance ${server.id}: only U2 flavors can create an image through the compute API (this instance is ${check.flavorName}); create the image from its volume through the Block Storage API.`;
    case 'protected':
      return `Cannot '${apiName}' instance ${server.id}: deletion protection is on. Turn it off in the NHN Cloud console (Compute > Instance) first; the API cannot change it.`;
  }
}
