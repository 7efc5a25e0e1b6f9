import { describe, expect, it } from 'vitest';
import { instanceSubnets, isExternalNetwork } from './network';

describe('networks for instances', () => {
  it('never offers the shared external network (router:external)', () => {
    const own = { name: 'default-subnet', 'router:external': false };
    const external = { name: 'public_snat_gateway', 'router:external': true };
    expect(isExternalNetwork(external)).toBe(true);
    expect(isExternalNetwork(own)).toBe(false);
    expect(instanceSubnets([external, own])).toEqual([own]);
  });
});
