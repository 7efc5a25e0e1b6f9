/** Messages of the placement policies page (`t('placementPolicies.…')`). */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).

const en = {
  title: 'Placement policies',
  description:
    'Anti-affinity policies in {{region}}: the instances of one policy run on different hosts, so one host failing stops at most one of them.',
  refresh: 'Refresh',
  create: 'Create placement policy',
  createInstance: 'Create an instance in it',
  columns: {
    name: 'Name',
    policy: 'Policy type',
    members: 'Member instances',
    actions: 'Actions',
  },
  antiAffinity: 'Anti-affinity',
  antiAffinityHint: 'Members on different hosts',
  noMembers: 'No instances yet',
  unknownMember: 'Instance {{id}} (not in this region’s list)',
  membersLoading: 'Loading the member instances…',
  membersUnknown: 'The instances could not be loaded: members are shown by their ids.',
  deleteLabel: 'Delete placement policy {{name}}',
  count: '{{count}} placement policies',
  count_one: '{{count}} placement policy',
  empty: {
    title: 'No placement policies yet',
    text: 'Create an anti-affinity policy, then choose it when you create instances that must not share a host.',
  },
  form: {
    title: 'Create a placement policy',
    name: 'Name',
    nameHint: 'Up to {{max}} characters.',
    policy: 'Policy type',
    antiAffinityOnly:
      'NHN Cloud offers one policy type: anti-affinity. Each instance created in the policy runs on a different host.',
    nameTaken:
      'Another policy is already named “{{name}}”: NHN Cloud allows it, but the two will be hard to tell apart.',
    membersLater:
      'Instances join a policy only when they are created in it (Create instance → Placement policy); existing instances cannot be moved into it.',
    submit: 'Create',
    refused: 'NHN Cloud did not create the policy',
  },
  problems: {
    nameRequired: 'Enter a name.',
    nameTooLong: 'A name has at most {{max}} characters.',
    policy: 'The policy type must be one of: {{allowed}}.',
  },
  delete: {
    title: 'Delete placement policy {{name}}?',
    body: 'The placement policy {{name}} will be deleted. This cannot be undone.',
    members:
      'Its member instances ({{names}}) keep running where they are; the policy simply stops keeping them on different hosts.',
    members_one:
      'Its member instance {{names}} keeps running where it is; the policy simply stops constraining where it is placed.',
    noMembers: 'It has no member instances.',
    confirm: 'Delete',
  },
  notify: {
    creating: 'Creating placement policy {{name}}…',
    created: 'Placement policy {{name}} created',
    createdText: 'Choose it under “Placement policy” when you create instances.',
    createFailed: 'Could not create placement policy {{name}}',
    deleting: 'Deleting placement policy {{name}}…',
    deleted: 'Placement policy {{name}} deleted',
    deleteFailed: 'Could not delete placement policy {{name}}',
    retry: 'Try again',
  },
} as const;

export default en;
