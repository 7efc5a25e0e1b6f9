/**
 * Every English message in one object: the source of truth for the message keys and their type
 * (i18next.d.ts; ko.ts must have the same shape), and what unit tests translate with
 * (test-translators.ts). The console itself never loads this file: it loads messages/en/shell.ts
 * up front and each section with the pages that use it (load-messages.ts, issue 10).
 */
import createInstance from './messages/en/create-instance';
import flavors from './messages/en/flavors';
import instanceDetail from './messages/en/instance-detail';
import instanceList from './messages/en/instance-list';
import keypairs from './messages/en/keypairs';
import overview from './messages/en/overview';
import placementPolicies from './messages/en/placement-policies';
import shell from './messages/en/shell';
import volumes from './messages/en/volumes';
import type { Widen } from './widen';

const en = {
  ...shell,
  instanceList,
  createInstance,
  instanceDetail,
  flavors,
  keypairs,
  volumes,
  overview,
  placementPolicies,
} as const;

export default en;

export type Messages = Widen<typeof en>;
