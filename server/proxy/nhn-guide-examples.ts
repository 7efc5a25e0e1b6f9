/**
 * NHN Cloud's own example bodies from its current public guides (../shared/nhn-docs/current/),
 * copied as published, for the NHN_BACKEND=nhn proxy test (nhn-guide-examples.test.ts): a stand-in
 * for NHN Cloud answers with them, and the console's own code must read them.
 */

/**
 * iaas-token.ko.md, "IaaS 토큰 발급 요청하기 > 응답 > 예시": `access.user.name` is an opaque id, not
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

/** The NHN Cloud ID of the token request example (iaas-token.ko.md, "요청 > 예시"). */
export const SIGN_IN_ID = 'user@example.com';

/**
 * instance-api-v2.ko.md, "인스턴스 목록 상세 보기 > 응답 > 예시": a server with
 * `NHN-EXT-ATTR:ephemeral_disk_size` and `NHN-EXT-ATTR:protect`.
 */
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

/** vpc-api.ko.md, "VPC 목록 보기 > 응답 > 예시": the shared external network `public_network`. */
export const VPCS = {
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

/**
 * vpc-api.ko.md, "VPC 서브넷 목록 보기 > 응답 > 예시" (a tenant subnet), followed by the external
 * subnet `public_snat_gateway` of "VPC 보기 > 응답 > 예시" (the guide shows no list with both; the
 * real service lists both, current/README.md "Neighbouring facts").
 */
export const VPC_SUBNETS = {
  vpcsubnets: [
    ...{
      vpcsubnets: [
        {
          'router:external': false,
          name: 'vpc-subnet-2',
          tenant_id: '1fb0cf13afb341b699f74bbbecab2117',
          state: 'available',
          id: '8136b0e0-6360-4392-8947-48febf857cad',
          routingtable: {
            gateway_id: '4d6f3b31-f58d-4b39-9787-c1c39c6282ac',
            default_table: true,
            explicit: false,
            id: '01ea946c-08d0-44fe-8e65-3c2cddfaa527',
            name: 'vpc-8a725559-671f',
          },
          create_time: '2023-01-16 07:24:01',
          available_ip_count: 251,
          vpc: {
            shared: false,
            state: 'available',
            id: '8a725559-671f-486f-96f0-8d77a21f6394',
            cidrv4: '192.168.0.0/16',
            name: 'hcpak-network',
          },
          vpc_id: '8a725559-671f-486f-96f0-8d77a21f6394',
          routes: [
            {
              subnet_id: '8136b0e0-6360-4392-8947-48febf857cad',
              tenant_id: '1fb0cf13afb341b699f74bbbecab2117',
              mask: 24,
              gateway: '192.168.100.1',
              cidr: '192.168.100.0/24',
              id: 'c7f7b8cb-e2f4-498d-9e66-c7cfef0dcdad',
            },
          ],
          shared: false,
          cidr: '192.168.1.0/24',
          gateway: '192.168.1.1',
        },
      ],
    }.vpcsubnets,
    {
      'router:external': true,
      name: 'public_snat_gateway',
      enable_dhcp: true,
      tenant_id: 'e873d250f2ca40b78e2c12cfbaaeb740',
      gateway: '100.127.64.1',
      routes: [
        {
          subnet_id: '00ef6956-f03d-406b-81c5-eb05739a578e',
          tenant_id: 'e873d250f2ca40b78e2c12cfbaaeb740',
          mask: 24,
          gateway: '192.168.100.1',
          cidr: '192.168.100.0/24',
          id: 'c7f7b8cb-e2f4-498d-9e66-c7cfef0dcdad',
        },
      ],
      state: 'available',
      create_time: '2020-04-16 05:10:37',
      available_ip_count: 1,
      vpc: {
        shared: true,
        state: 'available',
        id: '751b8227-7b45-440a-9349-dbf829d0aba5',
        cidrv4: '0.0.0.0/0',
        name: 'public_network',
      },
      shared: true,
      id: '00ef6956-f03d-406b-81c5-eb05739a578e',
      vpc_id: '751b8227-7b45-440a-9349-dbf829d0aba5',
      hidden: false,
      cidr: '100.127.64.0/24',
    },
  ],
};

/**
 * A refusal in NHN's API-gateway convention, `{"header": {"isSuccessful", "resultCode",
 * "resultMessage"}}`, which may come with HTTP 200 (issue 9). None of the current compute, network
 * or identity guides prints one, so this is the only body here not copied from a guide: the shape
 * is the issue's, the code and message are made up.
 */
export const GATEWAY_REFUSAL = {
  header: {
    isSuccessful: false,
    resultCode: -1,
    resultMessage: 'Unauthorized access.',
  },
};
