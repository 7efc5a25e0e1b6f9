/**
 * NHN Cloud's own example bodies from its current public guides (../shared/nhn-docs/current/),
 * for the NHN_BACKEND=nhn proxy test (nhn-guide-examples.test.ts): a stand-in for NHN Cloud
 * answers with them, and the console's own code must read them. The examples copied verbatim live
 * once, in server/emulator/spec-examples.ts (the emulator's contract tests compare with them too);
 * here are the ones this test assembles from them.
 */
import { SERVERS_DETAIL, TOKEN_RESPONSE, VPCS_LIST } from '../emulator/spec-examples';

export { SERVERS_DETAIL, TOKEN_RESPONSE };
export const VPCS = VPCS_LIST;

/** The NHN Cloud ID of the token request example (iaas-token.ko.md, "요청 > 예시"). */
export const SIGN_IN_ID = 'user@example.com';

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
