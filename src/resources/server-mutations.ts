/**
 * The instance changes as react-query mutations (the convention: ./mutations.ts): each action on
 * one instance, and the create form's `POST /servers`, with its key and what it makes stale.
 * A module of its own beside ./servers.ts because what an instance change makes stale reaches the
 * volumes, images and placement policies, and ./volumes.ts already reads ./servers.ts's keys.
 */
import type { DefaultError, MutationOptions, QueryKey } from '@tanstack/react-query';
import { type ActionResult, createServer, runServerAction } from '../api/compute';
import type { ApiScope } from '../api/endpoints';
import type { CreateServerRequest, CreateServerResponse } from '../domain/compute-types';
import type { ServerActionId, ServerActionParams } from '../domain/server-actions';
import { imageKeys } from './images';
import { placementPolicyKeys } from './placement-policies';
import { instanceKeys } from './servers';
import { volumeKeys } from './volumes';

export const serverMutationKeys = {
  /** One action on one instance, wherever it is pressed (toolbar, row menu, bulk bar, a dialog). */
  action: (action: ServerActionId, serverId: string) => ['servers', action, serverId] as const,
  /**
   * A bulk action on the list, around each instance's own (`action` above): it asks again what
   * they changed once, when all have settled.
   */
  bulk: (action: ServerActionId) => ['servers', action, 'bulk'] as const,
  /** One create form, for as long as it is open (`formId`: stable while it is mounted). */
  create: (formId: string) => ['servers', 'create', formId] as const,
};

/**
 * What an action may have changed, asked again once it settles whatever the answer (a 409 means
 * the instance moved on; a timeout may have been carried out): the instances always; the volumes
 * when an attachment changes or a delete frees them; a deleted instance leaves its placement
 * policy; a new image joins the images.
 */
export function serverActionInvalidates(scope: ApiScope, action: ServerActionId): QueryKey[] {
  const keys: QueryKey[] = [instanceKeys.all(scope)];
  if (action === 'attachVolume' || action === 'detachVolume' || action === 'delete')
    keys.push(volumeKeys.all(scope));
  if (action === 'delete') keys.push(placementPolicyKeys.all(scope));
  if (action === 'createImage') keys.push(imageKeys.all(scope));
  return keys;
}

export function serverActionMutation<A extends ServerActionId>(
  scope: ApiScope,
  action: A,
  serverId: string,
): MutationOptions<ActionResult, DefaultError, ServerActionParams<A>> & {
  mutationKey: ReturnType<typeof serverMutationKeys.action>;
} {
  return {
    mutationKey: serverMutationKeys.action(action, serverId),
    mutationFn: (params) => runServerAction(scope, action, serverId, params),
    meta: { invalidates: serverActionInvalidates(scope, action) },
  };
}

/**
 * `POST /servers` from one create form. A create may make instances, root and extra volumes (a
 * boot volume becomes in-use) and a placement policy's member: all asked again once it settles,
 * so the page the operator lands on already shows them.
 */
export function createServersMutation(
  scope: ApiScope,
  formId: string,
): MutationOptions<CreateServerResponse, DefaultError, CreateServerRequest> & {
  mutationKey: ReturnType<typeof serverMutationKeys.create>;
} {
  return {
    mutationKey: serverMutationKeys.create(formId),
    mutationFn: (request) => createServer(scope, request),
    meta: {
      invalidates: [instanceKeys.all(scope), volumeKeys.all(scope), placementPolicyKeys.all(scope)],
    },
  };
}
