/**
 * English messages: the source of truth for the message keys (ko.ts must have the same shape).
 * Larger pages keep their messages in sections/, one file with both languages.
 */
import commonUi from './sections/common-ui';
import createInstance from './sections/create-instance';
import flavors from './sections/flavors';
import instance from './sections/instance';
import keypairs from './sections/keypairs';
import overview from './sections/overview';
import placementPolicies from './sections/placement-policies';
import volumes from './sections/volumes';
import type { Widen } from './widen';

const en = {
  app: {
    name: 'NHN Cloud Console',
    emulator: 'Emulator',
    emulatorHint: 'Connected to the built-in NHN Cloud emulator: no real resources are touched.',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    instances: 'Instances',
    flavors: 'Flavors',
    keypairs: 'Key pairs',
    volumes: 'Volumes',
    placementPolicies: 'Placement policies',
    toggle: 'Toggle navigation',
  },
  header: {
    region: 'Region',
    language: 'Language',
    colorScheme: 'Switch between light and dark',
    userMenu: 'Account',
    tenant: 'Tenant',
    user: 'NHN Cloud ID',
    signOut: 'Sign out',
    sessionExpires: 'Session expires {{time}}',
  },
  regions: {
    kr1: 'Korea (Pangyo)',
    kr2: 'Korea (Pyeongchon)',
    kr3: 'Korea (Gwangju)',
    jp1: 'Japan (Tokyo)',
  },
  auth: {
    title: 'Sign in to NHN Cloud',
    subtitle: 'Use your tenant ID, NHN Cloud ID and API password.',
    tenantId: 'Tenant ID',
    tenantIdHint:
      '32 hexadecimal characters, shown under Compute > Instance > API endpoint settings.',
    username: 'NHN Cloud ID',
    usernameHint: 'The e-mail address or IAM account ID you sign in with.',
    password: 'API password',
    passwordHint:
      'Not your console password: set it under Compute > Instance > API endpoint settings (“Set API password”).',
    submit: 'Sign in',
    signingIn: 'Signing in…',
    required: 'Required',
    tenantIdFormat: 'A tenant ID is 32 hexadecimal characters.',
    wrongCredentials: 'The tenant ID, NHN Cloud ID or API password is wrong.',
    failed: 'Sign-in failed',
    expired: 'Your session has ended. Sign in again to continue where you were.',
    signedOut: 'You have signed out.',
    emulatorTitle: 'Emulator mode',
    emulatorText:
      'This console talks to the built-in NHN Cloud emulator. Try it with the demo account.',
    useDemo: 'Use the demo account',
    noRegions: 'This tenant has no compute endpoint in any region.',
  },
  status: {
    ACTIVE: 'Active',
    BUILD: 'Building',
    REBUILD: 'Rebuilding',
    SHUTOFF: 'Stopped',
    SUSPENDED: 'Suspended',
    PAUSED: 'Paused',
    RESCUE: 'Rescue mode',
    RESIZE: 'Resizing',
    VERIFY_RESIZE: 'Confirming resize',
    REVERT_RESIZE: 'Reverting resize',
    MIGRATING: 'Migrating',
    PASSWORD: 'Resetting password',
    REBOOT: 'Rebooting',
    HARD_REBOOT: 'Hard rebooting',
    SHELVED: 'Shelved',
    SHELVED_OFFLOADED: 'Shelved',
    ERROR: 'Error',
    DELETED: 'Deleted',
    UNKNOWN: 'Unknown',
    taskRunning: 'Task in progress: {{task}}',
  },
  instances: {
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
    },
    empty: {
      title: 'No instances yet',
      text: 'Create your first instance in {{region}}.',
    },
    noMatches: {
      title: 'No matching instances',
      text: 'No instance matches these filters.',
    },
    count: '{{count}} instances on this page',
    count_one: '{{count}} instance on this page',
    refreshing: 'Refreshing while instances change…',
    pageSize: 'Rows per page',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: 'Page {{page}}',
  },
  errors: {
    title: 'Something went wrong',
    loadFailed: 'Could not load {{what}}',
    retry: 'Try again',
    upstream: 'NHN Cloud said: {{message}}',
    network: 'The API could not be reached. Check your connection and try again.',
    routeTitle: 'This page failed to display',
    reload: 'Reload the page',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is nothing at {{path}}.',
    home: 'Go to the console',
  },
  placeholder: {
    title: '{{page}}',
    text: 'This page is on its way.',
  },
  ...commonUi.en,
  createInstance: createInstance.en,
  instance: instance.en,
  flavors: flavors.en,
  keypairs: keypairs.en,
  volumes: volumes.en,
  overview: overview.en,
  placementPolicies: placementPolicies.en,
  common: {
    loading: 'Loading…',
    close: 'Close',
    cancel: 'Cancel',
    copy: 'Copy',
    copied: 'Copied',
  },
} as const;

export default en;

export type Messages = Widen<typeof en>;
