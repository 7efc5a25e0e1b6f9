/**
 * What a press of the create form's submit sends (`POST /servers`), without the form around it:
 * a mutation keyed by the form (src/resources/server-mutations.ts), in flight from the press
 * through the confirmation to the answer, so a second press meanwhile sends nothing (press.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ApiScope } from '../../../api/endpoints';
import type { CreateServerRequest, CreateServerResponse } from '../../../domain/compute-types';
import { instancePath, instancesPath } from '../../../navigation/paths';
import { createServersMutation } from '../../../resources/server-mutations';
import { press } from '../actions/press';

export interface CreatePress {
  client: QueryClient;
  scope: ApiScope;
  /** The form's own id, stable while it is open. */
  formId: string;
  request: CreateServerRequest;
  /** The confirmation with the request and a summary: false sends nothing. */
  ask: () => Promise<boolean>;
  /** Follows the request (a notification). */
  report?: (send: () => Promise<CreateServerResponse>) => Promise<CreateServerResponse>;
}

/** Null when a create of this form is in flight (nothing is asked or sent). */
export function pressCreate({ client, scope, formId, request, ask, report }: CreatePress) {
  return press({
    client,
    change: createServersMutation(scope, formId),
    variables: request,
    ask,
    report,
  });
}

/** Where the operator lands: the new instance, or the list of a batch's reservation. */
export function createdPath(region: string, result: CreateServerResponse): string {
  return 'reservation_id' in result
    ? instancesPath(region, { reservation: result.reservation_id })
    : instancePath(region, result.server.id);
}
