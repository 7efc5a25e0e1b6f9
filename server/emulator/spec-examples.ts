/**
 * The JSON examples of NHN Cloud's current guides, copied verbatim, one constant per example,
 * each naming its section: /work/shared/nhn-docs/current/instance-api-v2.ko.md (Instance API v2,
 * May 2026) and current/block-storage-api.ko.md (Block Storage API v2, June 2026). Contract tests
 * compare the emulator's responses with them through `shapeMismatches` (same keys, compatible
 * JSON types; extra keys are allowed because NHN says responses may carry fields the guide does
 * not list).
 *
 * Do not "fix" these to match the emulator: they are the spec. Where an example uses a value
 * that is data rather than shape (the network name `vpc2` as a key of `addresses`, the keys of a
 * Windows image's `metadata`), the tests say so where they compare.
 *
 * Large because: it is data, the guides' examples verbatim, one constant per example (35, the
 * instance actions' requests in one); cutting it would only scatter copied documents over files.
 */

/** Spec: 타입 목록 보기 (GET /v2/{tenantId}/flavors), response example. */
export const FLAVORS_LIST = {
  flavors: [
    {
      id: '013bea75-8541-4c6f-9abe-a03fee3d74fe',
      links: [
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/013bea75-8541-4c6f-9abe-a03fee3d74fe',
          rel: 'self',
        },
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/013bea75-8541-4c6f-9abe-a03fee3d74fe',
          rel: 'bookmark',
        },
      ],
      name: 'x1.c32m256',
    },
    {
      id: '0f19a344-bc66-4228-8cb1-fb9ca82c54f5',
      links: [
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/0f19a344-bc66-4228-8cb1-fb9ca82c54f5',
          rel: 'self',
        },
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/0f19a344-bc66-4228-8cb1-fb9ca82c54f5',
          rel: 'bookmark',
        },
      ],
      name: 'x1.c32m128',
    },
  ],
};

/** Spec: 타입 목록 상세 보기 (GET /v2/{tenantId}/flavors/detail), response example. */
export const FLAVORS_DETAIL = {
  flavors: [
    {
      name: 'x1.c32m256',
      links: [
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/97604802-a090-43fa-a5ce-c7cfd737fbba',
          rel: 'self',
        },
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/97604802-a090-43fa-a5ce-c7cfd737fbba',
          rel: 'bookmark',
        },
      ],
      ram: 262144,
      'OS-FLV-DISABLED:disabled': false,
      vcpus: 32,
      extra_specs: {
        flavor_type: 'performance',
      },
      swap: '',
      'os-flavor-access:is_public': true,
      rxtx_factor: 1.0,
      'OS-FLV-EXT-DATA:ephemeral': 0,
      disk: 0,
      id: '97604802-a090-43fa-a5ce-c7cfd737fbba',
    },
    {
      name: 'x1.c32m128',
      links: [
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/31fa632d-aeec-4f12-8a57-ce9d146228e5',
          rel: 'self',
        },
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/31fa632d-aeec-4f12-8a57-ce9d146228e5',
          rel: 'bookmark',
        },
      ],
      ram: 131072,
      'OS-FLV-DISABLED:disabled': false,
      vcpus: 32,
      extra_specs: {
        flavor_type: 'performance',
      },
      swap: '',
      'os-flavor-access:is_public': true,
      rxtx_factor: 1.0,
      'OS-FLV-EXT-DATA:ephemeral': 0,
      disk: 0,
      id: '31fa632d-aeec-4f12-8a57-ce9d146228e5',
    },
  ],
};

/** Spec: 가용성 목록 보기 (GET /v2/{tenantId}/os-availability-zone), response example. */
export const AVAILABILITY_ZONES = {
  availabilityZoneInfo: [
    {
      zoneState: {
        available: true,
      },
      zoneName: 'kr-pub-a',
    },
    {
      zoneState: {
        available: true,
      },
      zoneName: 'kr-pub-b',
    },
  ],
};

/** Spec: 키페어 목록 보기 (GET /v2/{tenantId}/os-keypairs), response example. */
export const KEYPAIRS_LIST = {
  keypairs: [
    {
      keypair: {
        public_key: 'ssh-rsa ... Generated-by-Nova',
        name: 'keypair',
        fingerprint: 'SHA256:...',
      },
    },
  ],
};

/** Spec: 키페어 보기 (GET /v2/{tenantId}/os-keypairs/{keypairName}), response example. */
export const KEYPAIR_SHOW = {
  keypair: {
    public_key: 'ssh-rsa ... Generated-by-Nova',
    user_id: '826a1213b3f746829515486965690dfe',
    name: 'keypair',
    deleted: false,
    created_at: '2020-02-07T03:46:48.000000',
    updated_at: null,
    fingerprint: 'SHA256:...',
    deleted_at: null,
    id: 51,
  },
};

/** Spec: 키페어 생성/등록하기 (POST /v2/{tenantId}/os-keypairs), request example. */
export const KEYPAIR_CREATE_REQUEST = {
  keypair: {
    name: 'keypair-d20a3d59-9433-4b79-8726-20b431d89c78',
    public_key: 'ssh-rsa ... Generated-by-Nova',
  },
};

/** Spec: 키페어 생성/등록하기 (POST /v2/{tenantId}/os-keypairs), response example. */
export const KEYPAIR_CREATE_RESPONSE = {
  keypair: {
    fingerprint: 'SHA256:+EZoD ... /DKiGnY4zf5tYrcix0',
    name: 'keypair',
    public_key: 'ssh-rsa ... Generated-by-Nova',
    user_id: '436f727b7c9142f896ddd56be591dd7f',
  },
};

/** Spec: 인스턴스 목록 보기 (GET /v2/{tenantId}/servers), response example. */
export const SERVERS_LIST = {
  servers: [
    {
      id: 'aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
      links: [
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
          rel: 'self',
        },
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
          rel: 'bookmark',
        },
      ],
      name: 'Web-Server',
    },
  ],
};

/** Spec: 인스턴스 목록 상세 보기 (GET /v2/{tenantId}/servers/detail), response example. */
export const SERVERS_DETAIL = {
  servers: [
    {
      status: 'ACTIVE',
      updated: '2020-02-25T01:22:24Z',
      hostId: '078d06f898889699f8731d030812e43d2c417edb2cf641dda598c7bd',
      addresses: {
        vpc2: [
          {
            'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:54:a7:64',
            version: 4,
            addr: '172.16.0.40',
            'OS-EXT-IPS:type': 'fixed',
          },
        ],
      },
      links: [
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
          rel: 'self',
        },
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
          rel: 'bookmark',
        },
      ],
      key_name: 'access-key',
      image: {
        id: '8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11',
        links: [
          {
            href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/images/8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11',
            rel: 'bookmark',
          },
        ],
      },
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:vm_state': 'active',
      'OS-SRV-USG:launched_at': '2020-02-25T01:22:23.000000',
      flavor: {
        id: '35a73b57-58a7-434d-aa08-5249aaa95b3e',
        links: [
          {
            href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/35a73b57-58a7-434d-aa08-5249aaa95b3e',
            rel: 'bookmark',
          },
        ],
      },
      id: 'aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
      security_groups: [
        {
          name: 'default',
        },
      ],
      'OS-SRV-USG:terminated_at': null,
      'OS-EXT-AZ:availability_zone': 'kr-pub-b',
      user_id: 'b6ab578c20c94306ac1f41ffc4415b29',
      name: 'Web-Server',
      created: '2020-02-25T01:15:46Z',
      tenant_id: '6cdebe3eb0094910bc41f1d42ebe4cb7',
      'os-extended-volumes:volumes_attached': [
        {
          id: '90712f4f-2faa-4e4f-8eb1-9313a8595570',
        },
      ],
      accessIPv4: '',
      accessIPv6: '',
      progress: 0,
      'OS-EXT-STS:power_state': 1,
      config_drive: '',
      metadata: {
        os_distro: 'Windows',
        description: 'Windows 2012 R2 STD (2020.02.18)',
        os_version: '2012 R2 STD',
        project_domain: 'NORMAL',
        hypervisor_type: 'qemu',
        monitoring_agent: 'sysmon',
        image_name: 'Windows 2012 R2 STD (2020.02.18) EN',
        volume_size: '50',
        os_architecture: 'amd64',
        login_username: 'Administrator',
        os_type: 'Windows',
        tc_env: 'sysmon',
      },
      'NHN-EXT-ATTR:ephemeral_disk_size': 0,
      'NHN-EXT-ATTR:protect': false,
    },
  ],
};

/** Spec: 인스턴스 보기 (GET /v2/{tenantId}/servers/{serverId}), response example. */
export const SERVER_SHOW = {
  server: {
    status: 'ACTIVE',
    updated: '2020-02-25T01:22:24Z',
    hostId: '078d06f898889699f8731d030812e43d2c417edb2cf641dda598c7bd',
    addresses: {
      vpc2: [
        {
          'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:54:a7:64',
          version: 4,
          addr: '172.16.0.40',
          'OS-EXT-IPS:type': 'fixed',
        },
      ],
    },
    links: [
      {
        href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
        rel: 'self',
      },
      {
        href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
        rel: 'bookmark',
      },
    ],
    key_name: 'access-key',
    image: {
      id: '8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11',
      links: [
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/images/8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11',
          rel: 'bookmark',
        },
      ],
    },
    'OS-EXT-STS:task_state': null,
    'OS-EXT-STS:vm_state': 'active',
    'OS-SRV-USG:launched_at': '2020-02-25T01:22:23.000000',
    flavor: {
      id: '35a73b57-58a7-434d-aa08-5249aaa95b3e',
      links: [
        {
          href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/flavors/35a73b57-58a7-434d-aa08-5249aaa95b3e',
          rel: 'bookmark',
        },
      ],
    },
    id: 'aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
    security_groups: [
      {
        name: 'default',
      },
    ],
    'OS-SRV-USG:terminated_at': null,
    'OS-EXT-AZ:availability_zone': 'kr-pub-b',
    user_id: 'b6ab578c20c94306ac1f41ffc4415b29',
    name: 'Web-Server',
    created: '2020-02-25T01:15:46Z',
    tenant_id: '6cdebe3eb0094910bc41f1d42ebe4cb7',
    'os-extended-volumes:volumes_attached': [
      {
        id: '90712f4f-2faa-4e4f-8eb1-9313a8595570',
      },
    ],
    accessIPv4: '',
    accessIPv6: '',
    progress: 0,
    'OS-EXT-STS:power_state': 1,
    config_drive: '',
    metadata: {
      os_distro: 'Windows',
      description: 'Windows 2012 R2 STD (2020.02.18)',
      os_version: '2012 R2 STD',
      project_domain: 'NORMAL',
      hypervisor_type: 'qemu',
      monitoring_agent: 'sysmon',
      image_name: 'Windows 2012 R2 STD (2020.02.18) EN',
      volume_size: '50',
      os_architecture: 'amd64',
      login_username: 'Administrator',
      os_type: 'Windows',
      tc_env: 'sysmon',
    },
    'NHN-EXT-ATTR:ephemeral_disk_size': 0,
    'NHN-EXT-ATTR:protect': false,
  },
};

/** Spec: 인스턴스 생성하기 (POST /v2/{tenantId}/servers), request example. */
export const SERVER_CREATE_REQUEST = {
  server: {
    name: 'DB-Master',
    imageRef: '9956f822-29c9-4f81-9410-0c392d9c8c24',
    flavorRef: 'a4b6a0f7-aeff-4d78-a8d5-7de9f007012d',
    networks: [
      {
        subnet: 'b83863ff-0355-4c73-8c10-0bdf66a69aab',
      },
    ],
    availability_zone: 'kr-pub-a',
    key_name: 'access-key',
    max_count: 1,
    min_count: 1,
    block_device_mapping_v2: [
      {
        source_type: 'image',
        uuid: '9956f822-29c9-4f81-9410-0c392d9c8c24',
        boot_index: 0,
        volume_size: 1000,
        destination_type: 'volume',
        delete_on_termination: 1,
      },
    ],
    security_groups: [
      {
        name: 'default',
      },
    ],
  },
  'os:scheduler_hints': {
    group: 'f878bd5b-49a7-499f-966e-1eceb21cb06b',
  },
};

/** Spec: 인스턴스 생성하기 (POST /v2/{tenantId}/servers), response example. */
export const SERVER_CREATE_RESPONSE = {
  server: {
    security_groups: [
      {
        name: 'default',
      },
    ],
    id: '3a005d5b-63cf-4493-bfc6-49db990b5b50',
    links: [
      {
        href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/3a005d5b-63cf-4493-bfc6-49db990b5b50',
        rel: 'self',
      },
      {
        href: 'https://kr1-api-instance-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/servers/3a005d5b-63cf-4493-bfc6-49db990b5b50',
        rel: 'bookmark',
      },
    ],
  },
};

/** Spec: 인스턴스 수정하기 (PUT /v2/{tenantId}/servers/{serverId}), request example. */
export const SERVER_UPDATE_REQUEST = {
  server: {
    name: 'new-server-test',
  },
};

/** Spec: 인스턴스에 연결된 블록 스토리지 목록 보기 (GET /v2/{tenantId}/servers/{serverId}/os-volume_attachments), response example. */
export const VOLUME_ATTACHMENTS_LIST = {
  volumeAttachments: [
    {
      device: '/dev/vda',
      id: '227cc671-f30b-4488-96fd-7d0bf13648d8',
      serverId: '4b293d31-ebd5-4a7f-be03-874b90021e54',
      volumeId: '227cc671-f30b-4488-96fd-7d0bf13648d8',
    },
    {
      device: '/dev/vdb',
      id: 'a07f71dc-8151-4e7d-a0cc-cd24a3f11113',
      serverId: '4b293d31-ebd5-4a7f-be03-874b90021e54',
      volumeId: 'a07f71dc-8151-4e7d-a0cc-cd24a3f11113',
    },
  ],
};

/** Spec: 인스턴스에 연결된 블록 스토리지 보기 (GET /v2/{tenantId}/servers/{serverId}/os-volume_attachments/{volumeId}), response example. */
export const VOLUME_ATTACHMENT_SHOW = {
  volumeAttachment: {
    device: '/dev/sdb',
    id: 'a07f71dc-8151-4e7d-a0cc-cd24a3f11113',
    serverId: '1ad6852e-6605-4510-b639-d0bff864b49a',
    volumeId: 'a07f71dc-8151-4e7d-a0cc-cd24a3f11113',
  },
};

/** Spec: 인스턴스에 추가 블록 스토리지 연결하기 (POST /v2/{tenantId}/servers/{serverId}/os-volume_attachments), request example. */
export const VOLUME_ATTACH_REQUEST = {
  volumeAttachment: {
    volumeId: 'a07f71dc-8151-4e7d-a0cc-cd24a3f11113',
  },
};

/** Spec: 인스턴스에 추가 블록 스토리지 연결하기 (POST /v2/{tenantId}/servers/{serverId}/os-volume_attachments), response example. */
export const VOLUME_ATTACH_RESPONSE = {
  volumeAttachment: {
    device: '/dev/vdc',
    id: '227cc671-f30b-4488-96fd-7d0bf13648d8',
    serverId: '4b293d31-ebd5-4a7f-be03-874b90021e54',
    volumeId: '227cc671-f30b-4488-96fd-7d0bf13648d8',
  },
};

/** Spec: 인스턴스 메타데이터 목록 보기 (GET /v2/{tenantId}/servers/{serverId}/metadata), response example. */
export const METADATA_LIST = {
  metadata: {
    os_distro: 'ubuntu',
    description: 'Ubuntu Server 20.04.6 LTS (2023.11.21)',
    volume_size: '20',
    project_domain: 'NORMAL',
    monitoring_agent: 'sysmon',
    image_name: 'Ubuntu Server 20.04.6 LTS (2023.11.21)',
    os_version: 'Server 20.04 LTS',
    os_architecture: 'amd64',
    login_username: 'ubuntu',
    os_type: 'linux',
    tc_env: 'sysmon,dfeac7db42a192a73959d5646117af58',
  },
};

/** Spec: 인스턴스 메타데이터 보기 (GET /v2/{tenantId}/servers/{serverId}/metadata/{key}), response example. */
export const METADATA_SHOW = {
  meta: {
    os_version: 'Server 20.04 LTS',
  },
};

/** Spec: 인스턴스 메타데이터 생성/수정하기 (PUT /v2/{tenantId}/servers/{serverId}/metadata/{key}), request example. */
export const METADATA_SET_REQUEST = {
  meta: {
    os_version: 'Server 20.04 LTS',
  },
};

/** Spec: 인스턴스 메타데이터 생성/수정하기 (PUT /v2/{tenantId}/servers/{serverId}/metadata/{key}), response example. */
export const METADATA_SET_RESPONSE = {
  meta: {
    os_version: 'Server 20.04 LTS',
  },
};

/** Spec: 배치 정책 생성하기 (POST /v2/{tenantId}/os-server-groups), request example. */
export const SERVER_GROUP_CREATE_REQUEST = {
  server_group: {
    name: 'policy-test1',
    policies: ['anti-affinity'],
  },
};

/** Spec: 배치 정책 생성하기 (POST /v2/{tenantId}/os-server-groups), response example. */
export const SERVER_GROUP_CREATE_RESPONSE = {
  server_group: {
    id: '11f5a850-9ecc-4895-af77-de6ea471b65a',
    name: 'policy-test1',
    policies: ['anti-affinity'],
    members: [],
    metadata: {},
  },
};

/** Spec: 배치 정책 목록 보기 (GET /v2/{tenantId}/os-server-groups), response example. */
export const SERVER_GROUPS_LIST = {
  server_groups: [
    {
      id: '11f5a850-9ecc-4895-af77-de6ea471b65a',
      name: 'policy-test1',
      policies: ['anti-affinity'],
      members: ['c040455d-6495-4628-ad81-ade79cf7b8d6', '524e7d81-f373-43a0-b2ff-0a15f8255bb5'],
      metadata: {},
    },
    {
      id: 'f947c657-cbe0-4bf2-a2aa-59d198f8e096',
      name: 'policy-test2',
      policies: ['anti-affinity'],
      members: [],
      metadata: {},
    },
  ],
};

/** Spec: 배치 정책 보기 (GET /v2/{tenantId}/os-server-groups/{servergroupId}), response example. */
export const SERVER_GROUP_SHOW = {
  server_group: {
    id: '11f5a850-9ecc-4895-af77-de6ea471b65a',
    name: 'policy-test1',
    policies: ['anti-affinity'],
    members: ['c040455d-6495-4628-ad81-ade79cf7b8d6', '524e7d81-f373-43a0-b2ff-0a15f8255bb5'],
    metadata: {},
  },
};

/** Spec: 인스턴스 추가 기능 (POST /v2/{tenantId}/servers/{serverId}/action), the request example of each action. */
export const ACTION_REQUESTS = {
  /** 중지된 인스턴스 시작 */
  start: {
    'os-start': null,
  },
  /** 종료된 인스턴스 시작 */
  unshelve: {
    unshelve: null,
  },
  /** 인스턴스 중지 */
  stop: {
    'os-stop': null,
  },
  /** 인스턴스 종료 */
  shelve: {
    shelve: null,
  },
  /** 인스턴스 재시작 */
  reboot: {
    reboot: {
      type: 'SOFT',
    },
  },
  /** 인스턴스 타입 변경 */
  resize: {
    resize: {
      flavorRef: 'b5f1c148-732c-417d-9d1b-1dffca105dbe',
    },
  },
  /** 인스턴스 이미지 생성 */
  createImage: {
    createImage: {
      name: 'foo-image',
      metadata: {
        meta_var: 'meta_val',
      },
    },
  },
  /** 보안 그룹 추가 */
  addSecurityGroup: {
    addSecurityGroup: {
      name: 'test',
    },
  },
  /** 보안 그룹 삭제 */
  removeSecurityGroup: {
    removeSecurityGroup: {
      name: 'test',
    },
  },
};

/** Block Storage: 블록 스토리지 상세 목록 보기 (GET /v2/{tenantId}/volumes/detail), response example. */
export const VOLUMES_DETAIL = {
  volumes: [
    {
      attachments: [],
      links: [
        {
          href: 'https://kr1-api-block-storage-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7/volumes/17975e9d-1533-40db-bd02-2072cd2ccb7f',
          rel: 'self',
        },
        {
          href: 'https://kr1-api-block-storage-infrastructure.nhncloudservice.com/6cdebe3eb0094910bc41f1d42ebe4cb7/volumes/17975e9d-1533-40db-bd02-2072cd2ccb7f',
          rel: 'bookmark',
        },
      ],
      availability_zone: 'kr-pub-a',
      encrypted: false,
      'os-volume-replication:extended_status': null,
      volume_type: 'General HDD',
      snapshot_id: null,
      id: '17975e9d-1533-40db-bd02-2072cd2ccb7f',
      size: 50,
      user_id: '5e6524d826084188ae549815b3e33380',
      'os-vol-tenant-attr:tenant_id': '6cdebe3eb0094910bc41f1d42ebe4cb7',
      metadata: {},
      status: 'available',
      description: null,
      multiattach: false,
      source_volid: null,
      consistencygroup_id: null,
      name: 'volume-f4f47065-300e-480e-8c9c-fb7ec985bffb',
      bootable: 'false',
      created_at: '2018-12-18T05:43:12.000000',
      'os-volume-replication:driver_data': null,
      replication_status: 'disabled',
    },
  ],
};

/** Block Storage: 블록 스토리지 생성하기 (POST /v2/{tenantId}/volumes), response example. */
export const VOLUME_CREATE_RESPONSE = {
  volume: {
    status: 'creating',
    user_id: '94acd5b4d2bf47dda734e34a113f96ff',
    attachments: [],
    links: [
      {
        href: 'https://kr1-api-block-storage-infrastructure.nhncloudservice.com/v2/c0e5e63026e449e6b7e94c779021d150/volumes/87882cf4-ca05-4ef2-b598-b93b2caf041e',
        rel: 'self',
      },
      {
        href: 'https://kr1-api-block-storage-infrastructure.nhncloudservice.com/c0e5e63026e449e6b7e94c779021d150/volumes/87882cf4-ca05-4ef2-b598-b93b2caf041e',
        rel: 'bookmark',
      },
    ],
    availability_zone: 'kr-pub-a',
    bootable: 'false',
    encrypted: false,
    created_at: '2020-03-03T10:54:33.163206',
    description: null,
    volume_type: 'General HDD',
    name: 'DATA',
    replication_status: 'disabled',
    consistencygroup_id: null,
    source_volid: null,
    snapshot_id: null,
    multiattach: false,
    metadata: {},
    id: '87882cf4-ca05-4ef2-b598-b93b2caf041e',
    size: 10,
  },
};

/** Block Storage: 스냅숏 목록 보기 (GET /v2/{tenantId}/snapshots), response example. */
export const SNAPSHOTS_LIST = {
  snapshots: [
    {
      status: 'available',
      description: '',
      created_at: '2020-03-03T11:03:40.000000',
      metadata: {},
      volume_id: '17975e9d-1533-40db-bd02-2072cd2ccb7f',
      size: 50,
      id: 'f63af601-43cd-41ab-8905-e1e93995f366',
      name: 'SNAPSHOT',
    },
  ],
};

/** Block Storage: 스냅숏 목록 상세 보기 (GET /v2/{tenantId}/snapshots/detail), response example. */
export const SNAPSHOTS_DETAIL = {
  snapshots: [
    {
      status: 'available',
      'os-extended-snapshot-attributes:progress': '100%',
      description: '',
      created_at: '2020-03-03T11:03:40.000000',
      metadata: {},
      volume_id: '17975e9d-1533-40db-bd02-2072cd2ccb7f',
      'os-extended-snapshot-attributes:project_id': '6cdebe3eb0094910bc41f1d42ebe4cb7',
      size: 50,
      id: 'f63af601-43cd-41ab-8905-e1e93995f366',
      name: 'SNAPSHOT',
    },
  ],
};

/** Block Storage: 스냅숏 보기 (GET /v2/{tenantId}/snapshots/{snapshotId}), response example. */
export const SNAPSHOT_SHOW = {
  snapshot: {
    status: 'available',
    'os-extended-snapshot-attributes:progress': '100%',
    description: '',
    created_at: '2020-03-03T11:03:40.000000',
    metadata: {},
    volume_id: '17975e9d-1533-40db-bd02-2072cd2ccb7f',
    'os-extended-snapshot-attributes:project_id': '6cdebe3eb0094910bc41f1d42ebe4cb7',
    size: 50,
    id: 'f63af601-43cd-41ab-8905-e1e93995f366',
    name: 'SNAPSHOT',
  },
};

/** Block Storage: 스냅숏 생성하기 (POST /v2/{tenantId}/snapshots), request example. */
export const SNAPSHOT_CREATE_REQUEST = {
  snapshot: {
    name: 'SNAPSHOT-001',
    description: 'Daily backup',
    volume_id: '5aa119a8-d25b-45a7-8d1b-88e127885635',
    force: true,
  },
};

/** Block Storage: 스냅숏 생성하기 (POST /v2/{tenantId}/snapshots), response example. */
export const SNAPSHOT_CREATE_RESPONSE = {
  snapshot: {
    status: 'creating',
    description: null,
    created_at: '2020-03-02T13:51:33.318695',
    metadata: {},
    volume_id: '5aa119a8-d25b-45a7-8d1b-88e127885635',
    size: 20,
    id: 'f2ae2667-b3b7-47ef-aa31-efab536888b9',
    name: 'SNAPSHOT',
  },
};

/**
 * Identity: iaas-token.ko.md, "IaaS 토큰 발급 요청하기 > 응답 > 예시": `access.user.name` is an opaque id, not
 * the NHN Cloud ID the request named, and the catalog lists KR2 before KR1.
 */
export const TOKEN_RESPONSE = {
  access: {
    token: {
      id: 'e42a092ed6ee4d99949bf25f5f6ecc60',
      expires: '2020-04-29T15:31:21Z',
      tenant: {
        id: 'f5073eaa26b64cffbee89411df94ce01',
        name: 'c_VKkasVsh',
        groupId: 'XEj2zkHrbA7modGU',
        description: '',
        enabled: true,
        project_domain: 'NORMAL',
      },
      issued_at: '2020-04-29T03:32:28.000405',
    },
    serviceCatalog: [
      {
        endpoints: [
          {
            region: 'KR2',
            publicURL:
              'https://kr2-api-instance-infrastructure.nhncloudservice.com/v2/f5073eaa26b64cffbee89411df94ce01',
          },
          {
            region: 'KR1',
            publicURL:
              'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/f5073eaa26b64cffbee89411df94ce01',
          },
        ],
        type: 'compute',
        name: 'nova',
      },
      {
        endpoints: [
          {
            region: 'KR2',
            publicURL: 'https://kr2-api-image-infrastructure.nhncloudservice.com',
          },
          {
            region: 'KR1',
            publicURL: 'https://kr1-api-image-infrastructure.nhncloudservice.com',
          },
        ],
        type: 'image',
        name: 'glance',
      },
      {
        endpoints: [
          {
            region: 'KR1',
            publicURL: 'https://api-identity-infrastructure.nhncloudservice.com/v2.0',
          },
        ],
        type: 'identity',
        name: 'keystone',
      },
      {
        endpoints: [
          {
            region: 'KR2',
            publicURL: 'https://kr2-api-key-manager-infrastructure.nhncloudservice.com',
          },
          {
            region: 'KR1',
            publicURL: 'https://kr1-api-key-manager-infrastructure.nhncloudservice.com',
          },
        ],
        type: 'key-manager',
        name: 'barbican',
      },
      {
        endpoints: [
          {
            region: 'KR2',
            publicURL:
              'https://kr2-api-block-storage-infrastructure.nhncloudservice.com/v2/f5073eaa26b64cffbee89411df94ce01',
          },
          {
            region: 'KR1',
            publicURL:
              'https://kr1-api-block-storage-infrastructure.nhncloudservice.com/v2/f5073eaa26b64cffbee89411df94ce01',
          },
        ],
        type: 'volumev2',
        name: 'cinderv2',
      },
      {
        endpoints: [
          {
            region: 'KR2',
            publicURL: 'https://kr2-api-network-infrastructure.nhncloudservice.com',
          },
          {
            region: 'KR1',
            publicURL: 'https://kr1-api-network-infrastructure.nhncloudservice.com',
          },
        ],
        type: 'network',
        name: 'neutron',
      },
    ],
    user: {
      id: '436f727b7c9142f896ddd56be591dd7f',
      username: '37be6ac0-d660-11e7-ae46-005056ac1497',
      name: '37be6ac0-d660-11e7-ae46-005056ac1497',
      roles: [
        {
          name: 'project_admin',
        },
      ],
      roles_links: [],
    },
    metadata: {
      roles: ['9fe2ff9ee4384b1894a90878d3e92bab'],
      is_admin: 0,
    },
  },
};

/** Network: vpc-api.ko.md, "VPC 목록 보기 > 응답 > 예시": the shared external network `public_network`. */
export const VPCS_LIST = {
  vpcs: [
    {
      'router:external': true,
      name: 'public_network',
      tenant_id: 'e873d250f2ca40b78e2c12cfbaaeb740',
      state: 'available',
      create_time: '2020-02-27 03:16:05',
      cidrv4: '0.0.0.0/0',
      shared: true,
      id: '751b8227-7b45-440a-9349-dbf829d0aba5',
    },
  ],
};
