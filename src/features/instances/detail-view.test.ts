import { describe, expect, it } from 'vitest';
import type { SecurityGroup } from '../../domain/network-types';
import { testServer } from '../../domain/test-servers';
import { volume } from '../../domain/test-volumes';
import {
  attachableVolumes,
  attachmentRows,
  attachmentsChanging,
  securityGroupChoices,
  serverAddresses,
} from './detail-view';

const attached = (serverId: string) => [
  {
    server_id: serverId,
    attachment_id: 'a',
    volume_id: 'v',
    device: '/dev/vdb',
    id: 'v',
  },
];

describe("the details page's networking", () => {
  it('lists every address of every network with its network', () => {
    const server = testServer('web-01', 0, {
      addresses: {
        'Default Network': [
          {
            version: 4,
            addr: '192.168.0.11',
            'OS-EXT-IPS:type': 'fixed',
            'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:01',
          },
          {
            version: 4,
            addr: '133.186.210.40',
            'OS-EXT-IPS:type': 'floating',
            'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:01',
          },
        ],
        Other: [],
      },
    });
    expect(serverAddresses(server).map((a) => [a.network, a.addr])).toEqual([
      ['Default Network', '192.168.0.11'],
      ['Default Network', '133.186.210.40'],
    ]);
    expect(serverAddresses(testServer('bare', 0))).toEqual([]);
  });

  it('offers the security groups not applied yet', () => {
    const group = (name: string): SecurityGroup => ({
      id: name,
      name,
      description: '',
      tenant_id: 't',
      security_group_rules: [],
    });
    const server = testServer('web-01', 0, { security_groups: [{ name: 'default' }] });
    const choices = securityGroupChoices(server, [group('default'), group('web')]);
    expect(choices.applied).toEqual(['default']);
    expect(choices.addable.map((g) => g.name)).toEqual(['web']);
    // Before the groups are in, nothing to add; a server without groups has none applied.
    expect(securityGroupChoices(server, undefined).addable).toEqual([]);
    expect(securityGroupChoices(testServer('bare', 0), []).applied).toEqual([]);
  });
});

describe("the details page's volumes", () => {
  it('follows the attachments while one of its own volumes attaches or detaches', () => {
    expect(
      attachmentsChanging([volume({ status: 'detaching', attachments: attached('s1') })], 's1'),
    ).toBe(true);
    // Another server's volume changing, or its own settled: nothing to follow.
    expect(
      attachmentsChanging([volume({ status: 'detaching', attachments: attached('s2') })], 's1'),
    ).toBe(false);
    expect(
      attachmentsChanging([volume({ status: 'in-use', attachments: attached('s1') })], 's1'),
    ).toBe(false);
    expect(attachmentsChanging(undefined, 's1')).toBe(false);
  });

  it('offers the free available volumes of the server zone only', () => {
    const volumes = [
      volume({ id: 'ok' }),
      volume({ id: 'other-zone', availability_zone: 'kr-pub-b' }),
      volume({ id: 'busy', status: 'creating' }),
      volume({ id: 'attached', attachments: attached('s2') }),
    ];
    expect(attachableVolumes(volumes, 'kr-pub-a').map((v) => v.id)).toEqual(['ok']);
    expect(attachableVolumes(undefined, 'kr-pub-a')).toEqual([]);
  });

  it('names each attachment by its volume, else its id, and marks the root', () => {
    const data = volume({ id: 'v-data', name: 'data' });
    const rootVolume = volume({ id: 'v-root', name: null });
    const rows = attachmentRows(
      [
        { id: '1', device: '/dev/vda', serverId: 's1', volumeId: 'v-root' },
        { id: '2', device: '/dev/vdb', serverId: 's1', volumeId: 'v-data' },
        { id: '3', device: '/dev/vdc', serverId: 's1', volumeId: 'v-unlisted' },
      ],
      new Map([data, rootVolume].map((v) => [v.id, v] as const)),
    );
    expect(rows.map((row) => [row.label, row.root, row.volume?.id])).toEqual([
      ['v-root', true, 'v-root'],
      ['data', false, 'v-data'],
      ['v-unlisted', false, undefined],
    ]);
  });
});
