/** Messages of the keypairs pages. */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).

const en = {
  title: 'Key pairs',
  description:
    'SSH key pairs in {{region}}: the public key goes into the instances created with it.',
  refresh: 'Refresh',
  create: 'Create key pair',
  import: 'Import key pair',
  columns: {
    name: 'Name',
    fingerprint: 'Fingerprint',
    instances: 'Instances using it',
    actions: 'Actions',
  },
  filters: {
    name: 'Search by name',
    namePlaceholder: 'Key pair name',
    clear: 'Clear filters',
  },
  noInstances: 'None',
  moreInstances: '+{{count}} more',
  instancesUnknown: 'Which instances use the key pairs could not be loaded',
  deleteLabel: 'Delete key pair {{name}}',
  count: '{{count}} key pairs',
  count_one: '{{count}} key pair',
  countFiltered: '{{count}} of {{total}} key pairs',
  empty: {
    title: 'No key pairs yet',
    text: 'Create a key pair, or import the public key of one you already have, to sign in to Linux instances or get Windows passwords.',
  },
  noMatches: {
    title: 'No matching key pairs',
    text: 'No key pair name contains “{{name}}”.',
  },
  form: {
    createTitle: 'Create a key pair',
    importTitle: 'Import a key pair',
    createIntro:
      'NHN Cloud generates the key pair. The private key is downloaded to this computer at once and shown only this one time.',
    importIntro:
      'Register the public key of a key pair you already have (for example ~/.ssh/id_ed25519.pub). The private key stays with you.',
    name: 'Key pair name',
    nameHint: 'Letters, digits, spaces, - and _ (up to 255 characters)',
    publicKey: 'Public key',
    publicKeyHint: 'OpenSSH format, one line: ssh-rsa, ssh-ed25519 or ecdsa-sha2-nistp256/384/521',
    publicKeyPlaceholder: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… user@host',
    upload: 'Upload a .pub file',
    uploadTooLarge: 'This file is too large to be a public key.',
    keyOk: 'A valid {{type}} public key',
    submitCreate: 'Create and download',
    submitImport: 'Import',
    failed: 'NHN Cloud did not accept the request',
  },
  nameProblems: {
    required: 'Enter a name.',
    tooLong: 'A name has at most {{max}} characters.',
    characters: 'Use only letters, digits, spaces, - and _, and do not start or end with a space.',
    duplicate: 'A key pair named “{{name}}” already exists. Choose another name.',
  },
  keyProblems: {
    required: 'Paste a public key or upload a .pub file.',
    privateKey:
      'This is a private key: never share it. Paste the public key (the .pub file) instead.',
    notOpenSsh:
      'Use the OpenSSH format: one line such as “ssh-ed25519 AAAA… comment”. Convert this key with ssh-keygen -i -f <file>.',
    multipleLines: 'Paste a single public key, on one line.',
    unknownType:
      'Unsupported key type “{{type}}”. Use ssh-rsa, ssh-ed25519 or ecdsa-sha2-nistp256/384/521.',
    missingData: 'The key data after “{{type}}” is missing.',
    badBase64:
      'The key data is not valid base64: the key may be cut short or contain extra characters.',
    typeMismatch:
      'The key data is not a {{type}} key: it does not match the type at the start of the line.',
    badKeyData: 'The key data is damaged or incomplete.',
    refused: 'NHN Cloud refused the key: {{message}}',
  },
  secret: {
    title: 'Save your private key',
    warning:
      'This is the only time the private key is shown. NHN Cloud does not keep it and it cannot be retrieved again. Keep it somewhere safe: anyone who has it can sign in to your instances.',
    downloaded: 'It was downloaded as {{file}}.',
    label: 'Private key of {{name}}',
    fingerprint: 'Fingerprint',
    downloadAgain: 'Download {{file}} again',
    copy: 'Copy private key',
    usage: 'Then: chmod 400 {{file}} and ssh -i {{file}} <user>@<instance address>',
    done: 'I have saved the private key',
  },
  notify: {
    created: 'Key pair {{name}} created',
    createdText: 'The private key was downloaded as {{file}}.',
    imported: 'Key pair {{name}} imported',
    deleting: 'Deleting key pair {{name}}…',
    deleted: 'Key pair {{name}} deleted',
    deleteFailed: 'Could not delete key pair {{name}}',
    retry: 'Try again',
  },
  delete: {
    action: 'Delete',
    title: 'Delete key pair {{name}}',
    confirm: 'Delete key pair',
    body: 'Key pair {{name}} will be deleted. This cannot be undone.',
    inUseTitle: 'Instances still use this key pair',
    inUse:
      '{{count}} instances were created with it: {{names}}. They keep running and keep the key they have, but the key pair can no longer be chosen for new instances.',
    inUse_one:
      '{{count}} instance was created with it: {{names}}. It keeps running and keeps the key it has, but the key pair can no longer be chosen for new instances.',
    andMore: '{{names}} and {{count}} more',
    checkingUsage: 'Checking which instances were created with this key pair…',
    usageUnknown:
      'Which instances use this key pair could not be checked: load them again before deleting it.',
  },
  detail: {
    breadcrumb: 'Key pairs',
    summary: 'Details',
    name: 'Name',
    fingerprint: 'Fingerprint',
    created: 'Created',
    owner: 'Owner (user ID)',
    id: 'ID',
    publicKey: 'Public key',
    copyPublicKey: 'Copy public key',
    copyFingerprint: 'Copy fingerprint',
    downloadPublicKey: 'Download {{file}}',
    instances: 'Instances using this key pair',
    instancesCount: '{{count}} instances',
    instancesCount_one: '{{count}} instance',
    noInstances: 'No instance uses this key pair.',
    instanceColumns: {
      name: 'Name',
      status: 'Status',
      created: 'Created',
    },
    notFound: {
      title: 'Key pair not found',
      text: 'There is no key pair named “{{name}}” in {{region}}. It may have been deleted.',
      back: 'Back to key pairs',
    },
  },
} as const;

export default en;
