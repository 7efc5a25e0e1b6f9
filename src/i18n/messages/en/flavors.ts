/** Messages of the flavors pages. */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).

const en = {
  title: 'Flavors',
  description: 'Instance flavors available in {{region}}: vCPU, memory and root disk.',
  refresh: 'Refresh',
  columns: {
    name: 'Name',
    family: 'Family',
    vcpus: 'vCPU',
    ram: 'RAM',
    disk: 'Root disk',
    type: 'Flavor type',
    public: 'Public',
    instances: 'Instances',
  },
  families: {
    u2: 'Cheapest, local root disk',
    t2: 'Low cost',
    m2: 'Balanced',
    c2: 'CPU-optimized',
    r2: 'Memory-optimized',
    x1: 'High spec',
    g2: 'GPU, local root disk',
    other: 'Other family',
  },
  filters: {
    label: 'Flavor filters',
    name: 'Search by name',
    namePlaceholder: 'e.g. c2m4',
    minRam: 'Minimum RAM (GB)',
    minRamHint: 'Filtered by NHN Cloud (minRam, in MB)',
    minDisk: 'Minimum local disk (GB)',
    minDiskHint: 'Only U2 flavors have a local disk',
    family: 'Family',
    clear: 'Clear filters',
  },
  ramValue: '{{ram}} GB',
  localDisk: '{{size}} GB local disk',
  blockStorage: 'Block storage',
  blockStorageHint: 'The root disk is a block storage volume chosen when the instance is created.',
  yes: 'Yes',
  no: 'No',
  noType: '—',
  instancesLink: '{{count}} instances using {{flavor}}',
  instancesLink_one: '{{count}} instance using {{flavor}}',
  instancesUnknown: 'Instance counts could not be loaded',
  count: '{{count}} flavors',
  count_one: '{{count}} flavor',
  countFiltered: '{{count}} of {{total}} flavors',
  updating: 'Updating…',
  empty: {
    title: 'No flavors in this region',
    text: 'NHN Cloud offers no flavor to this project in {{region}}.',
  },
  noMatches: {
    title: 'No matching flavors',
    text: 'No flavor matches these filters.',
  },
} as const;

export default en;
