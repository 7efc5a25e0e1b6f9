/** Messages of the overview pages. */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).

const en = {
  title: 'Overview',
  description: '{{region}} at a glance: instances, the resources they use, and block storage.',
  refresh: 'Refresh',
  refreshing: 'Refreshing while instances change…',
  loadingMore: 'Counting the region’s instances: {{loaded}} loaded so far…',
  stats: {
    instances: 'Instances',
    instancesHint: 'In every status',
    vcpus: 'vCPU in use',
    ram: 'RAM in use',
    inUseHint: 'On {{count}} powered-on instances',
    inUseHint_one: 'On {{count}} powered-on instance',
    unknown: 'Unknown: the flavors could not be loaded',
    volumes: 'Block storage',
    volumesValue: '{{count}} volumes',
    volumesValue_one: '{{count}} volume',
    volumesHint: '{{size}} GB in total',
  },
  byStatus: {
    title: 'Instances by status',
    caption: 'Number of instances in each status; each links to the filtered instance list.',
  },
  byFamily: {
    title: 'Instances by flavor family',
    caption: 'Number of instances per flavor family; each links to the filtered instance list.',
    unknown: 'Unknown flavor',
  },
  byZone: {
    title: 'Instances by availability zone',
    caption: 'Number of instances per availability zone; each links to the filtered instance list.',
  },
  resources: {
    title: 'vCPU and RAM in use',
    explain:
      'Counted: instances that are powered on (Active, and those rebooting, resizing, migrating, rebuilding or rescued). Stopped, shelved, paused, suspended, building and failed instances are not counted.',
    status: 'Status',
    instances: 'Instances',
    vcpus: 'vCPU',
    ram: 'RAM',
    total: 'In use',
    countLink: '{{count}} instances: {{status}}',
    countLink_one: '{{count}} instance: {{status}}',
    allocated: 'All instances, any status: {{vcpus}} vCPU · {{ram}} GB RAM.',
    unknownFlavor:
      '{{count}} instances have a flavor that is not listed; their vCPU and RAM are not counted.',
    unknownFlavor_one:
      '{{count}} instance has a flavor that is not listed; its vCPU and RAM are not counted.',
    none: 'No instance is powered on.',
    flavorsFailed: 'Flavors',
  },
  volumes: {
    title: 'Block storage capacity',
    count: '{{count}} volumes',
    count_one: '{{count}} volume',
    total: '{{size}} GB in total',
    attached: 'Attached to instances',
    free: 'Not attached',
    side: '{{size}} GB · {{count}} volumes',
    side_one: '{{size}} GB · {{count}} volume',
    byStatus: 'Volumes by status',
    none: 'No volumes in this region.',
  },
  attention: {
    title: 'Needs attention',
    caption:
      'Instances in Error, and instances still building after {{minutes}} minutes; volumes in an error status.',
    none: 'Nothing needs attention.',
    error: 'In error · last changed',
    building: 'Still building · started',
    volumeError: 'Volume in status {{status}}',
    showAll: 'All instances in Error',
    more: '…and {{formatted}} more',
  },
  empty: {
    title: 'No instances in {{region}} yet',
    text: 'Create an instance to see it summarised here.',
  },
  gb: '{{size}} GB',
} as const;

export default en;
