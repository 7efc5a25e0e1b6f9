/** Messages of the instances list (`t('instanceList.…')`). */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).

const en = {
  title: 'Instances',
  description: 'Virtual machines in {{region}}.',
  create: 'Create instance',
  refresh: 'Refresh',
  columns: {
    name: 'Name',
    status: 'Status',
    flavor: 'Flavor',
    image: 'Image',
    addresses: 'IP addresses',
    zone: 'Availability zone',
    keypair: 'Key pair',
    created: 'Created',
  },
  flavorSpec: '{{vcpus}} vCPU · {{ram}} GB RAM',
  floating: 'Floating',
  fixed: 'Fixed',
  unknownFlavor: 'Unknown flavor',
  unknownImage: 'Unknown image',
  noImage: 'None (booted from a volume)',
  imageFromBootVolume: 'From the boot volume (instance metadata)',
  imageFromMetadata: 'From the instance metadata (image no longer listed)',
  protected: 'Deletion protection on',
  protectedHint:
    "Deletion protection is on: the instance cannot be deleted. It is changed in NHN Cloud's console (Compute > Instance), not through the API.",
  noKeypair: 'None',
  filters: {
    name: 'Filter by name',
    namePlaceholder: 'Name (regular expression)',
    status: 'Status',
    anyStatus: 'Any status',
    clear: 'Clear filters',
    reservation: 'Reservation',
    family: 'Flavor family',
    remove: 'Remove filter {{filter}}',
    invalidName: 'Not a valid regular expression ({{reason}}): the name filter is ignored.',
  },
  empty: {
    title: 'No instances yet',
    text: 'Create your first instance in {{region}}.',
  },
  noMatches: {
    title: 'No matching instances',
    text: 'No instance matches these filters.',
  },
  showing: '{{from}}–{{to}} of {{total}} instances',
  showing_one: '{{from}}–{{to}} of {{total}} instance',
  countNone: 'No instances to show',
  pageOf: 'Page {{page}} of {{pages}}',
  loadingMore:
    'Loading the region’s instances: {{loaded}} so far. Sorting and filters cover those loaded.',
  refreshing: 'Refreshing while instances change…',
  pageSize: 'Rows per page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  page: 'Page {{page}}',
} as const;

export default en;
