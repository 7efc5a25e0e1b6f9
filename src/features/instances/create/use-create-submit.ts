/**
 * The create form's submit: the confirmation with the request and a summary, one `POST /servers`
 * per press (submit-create.ts), a notification that follows it, then the new instance's page. A
 * refusal is shown on the form; an answer that never came is looked up (unknown-outcome.tsx) and
 * holds the next submit until it is known that nothing was made (issue 12).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { writeOutcome } from '../../../api/api-error';
import type { ApiScope } from '../../../api/endpoints';
import { computeBase } from '../../../api/endpoints';
import { withProgress } from '../../../components/notify';
import { isInFlight } from '../../../resources/mutations';
import { serverMutationKeys } from '../../../resources/server-mutations';
import { confirmCreate } from './confirm-create';
import { type CreateInstanceFormValues, countOf } from './create-form';
import { type CreateChoices, formContext } from './form-context';
import { formToRequest } from './form-request';
import { createdPath, pressCreate } from './submit-create';
import { summarize } from './summary';
import { type UncertainCreate, useUncertainCreate } from './unknown-outcome';

export function useCreateSubmit(scope: ApiScope, choices: CreateChoices) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  // The create is a mutation keyed by this form: one request per press, however fast they come.
  const formId = useId();
  // A submit the form's own checks stopped: the summary of its errors shows.
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  // The last create got no clear answer: what NHN Cloud actually did (unknown-outcome.tsx).
  const [uncertain, setUncertain] = useState<UncertainCreate | null>(null);
  const outcome = useUncertainCreate(scope, uncertain);
  const held = outcome.state !== null && outcome.state !== 'notCreated';

  const submit = async (submitted: CreateInstanceFormValues) => {
    if (held || isInFlight(client, serverMutationKeys.create(formId))) return;
    // Set when the request goes out (a cast: TypeScript does not see the closure assign it).
    let sent = null as Omit<UncertainCreate, 'error' | 'failedAt'> | null;
    try {
      setAttempted(false);
      setRefusal(null);
      setUncertain(null);
      const lookups = formContext(submitted, choices);
      const request = formToRequest(submitted, lookups);
      const instances = countOf(submitted);
      const name = request.server.name;
      const placementPolicy = choices.placementPolicies?.find(
        (policy) => policy.id === submitted.placementPolicyId,
      );
      const result = await pressCreate({
        client,
        scope,
        formId,
        request,
        ask: () =>
          confirmCreate({
            request: { method: 'POST', path: `${computeBase(scope)}/servers`, body: request },
            name,
            count: instances,
            summary: summarize(t, submitted, { ...lookups, placementPolicy }),
          }),
        report: (send) =>
          withProgress(
            {
              pending: { title: t('createInstance.submit.pending', { name }) },
              success: {
                title: t('createInstance.submit.success', { name }),
                message:
                  instances > 1
                    ? t('createInstance.submit.successMany', { count: instances })
                    : t('createInstance.submit.successOne', { name }),
              },
              failure: { title: t('createInstance.submit.failure', { name }) },
              unknown: { title: t('createInstance.outcome.checking.title', { name }) },
              retryLabel: t('createInstance.submit.retry'),
            },
            () => {
              sent = { name, count: instances, submittedAt: Date.now() };
              return send();
            },
          ),
      });
      if (result) navigate(createdPath(scope.region, result));
    } catch (error) {
      // Only a refusal means nothing was made; without a clear answer, find out (issue 12).
      if (sent && writeOutcome(error) === 'unknown') {
        setUncertain({ ...sent, failedAt: Date.now(), error });
      } else setRefusal(error);
    }
  };

  return {
    submit,
    attempted,
    /** The form's checks stopped a submit. */
    stopped: () => setAttempted(true),
    /** NHN Cloud's (or the console's) refusal of the last create, until dismissed. */
    refusal,
    dismissRefusal: () => setRefusal(null),
    uncertain,
    outcome,
    /** Submitting again waits until the unclear create is known to have made nothing. */
    held,
  };
}
