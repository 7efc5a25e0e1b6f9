/**
 * English messages of the console's frame: header, navigation, sign-in, statuses, errors and the
 * pieces every page shares. Loaded before the first render, in the active language only; the
 * pages' own messages come with the pages (src/i18n/load-messages.ts, issue 10).
 */
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
  request: {
    show: 'API request',
    more: 'and {{count}} more',
    tokenHint:
      'The copy uses $NHN_TOKEN, or gets one with $NHN_USERNAME and $NHN_API_PASSWORD (needs jq); the console never copies its own.',
    unknownTitle: 'No clear answer from NHN Cloud',
    unknownHint:
      'It may have been done anyway: the console shows what NHN Cloud reports on its next refresh.',
    copyCurl: 'Copy as curl',
    title: 'API request',
  },
  confirm: {
    typeName: 'Type {{name}} to confirm',
  },
  common: {
    loading: 'Loading…',
    close: 'Close',
    cancel: 'Cancel',
    copy: 'Copy',
    copied: 'Copied',
  },
} as const;

export default en;
