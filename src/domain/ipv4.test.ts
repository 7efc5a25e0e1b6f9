import { describe, expect, it } from 'vitest';
import { checkFixedIp, cidrBlock, intToIp, ipToInt, isHostInCidr } from './ipv4';

describe('the fixed IP', () => {
  const subnet = { cidr: '192.168.0.0/24', gateway: '192.168.0.1' };
  it('parses IPv4 only', () => {
    expect(ipToInt('192.168.0.1')).toBe(0xc0a80001);
    for (const bad of ['192.168.0', '192.168.0.256', 'a.b.c.d', '192.168.0.01', '', '::1']) {
      expect(ipToInt(bad)).toBeNull();
    }
  });

  it('must be a host of the subnet, not its gateway, for one instance', () => {
    expect(checkFixedIp('192.168.0.50', subnet, 1)).toBeNull();
    expect(checkFixedIp('192.168.1.50', subnet, 1)).toBe('outside');
    expect(checkFixedIp('10.0.0.5', subnet, 1)).toBe('outside');
    expect(checkFixedIp('192.168.0.0', subnet, 1)).toBe('reserved');
    expect(checkFixedIp('192.168.0.255', subnet, 1)).toBe('reserved');
    expect(checkFixedIp('192.168.0.1', subnet, 1)).toBe('gateway');
    expect(checkFixedIp('192.168.0.x', subnet, 1)).toBe('format');
    expect(checkFixedIp('192.168.0.50', subnet, 2)).toBe('single');
  });

  it('works for other prefix lengths', () => {
    const small = { cidr: '10.1.2.16/28', gateway: '10.1.2.17' };
    expect(checkFixedIp('10.1.2.20', small, 1)).toBeNull();
    expect(checkFixedIp('10.1.2.32', small, 1)).toBe('outside');
    expect(checkFixedIp('10.1.2.31', small, 1)).toBe('reserved');
  });
});

describe('subnets', () => {
  it('reads a CIDR block, clearing host bits, and refuses what is not one', () => {
    expect(cidrBlock('192.168.0.0/24')).toEqual({ network: 0xc0a80000, size: 256 });
    expect(cidrBlock('10.1.2.20/28')).toEqual({ network: ipToInt('10.1.2.16'), size: 16 });
    for (const bad of ['192.168.0.0', '192.168.0.0/33', '192.168.0.0/x', '1.2.3/8', '']) {
      expect(cidrBlock(bad)).toBeNull();
    }
  });

  it('knows the host addresses of a subnet', () => {
    expect(isHostInCidr('192.168.0.1', '192.168.0.0/24')).toBe(true);
    expect(isHostInCidr('192.168.0.254', '192.168.0.0/24')).toBe(true);
    expect(isHostInCidr('192.168.0.0', '192.168.0.0/24')).toBe(false);
    expect(isHostInCidr('192.168.0.255', '192.168.0.0/24')).toBe(false);
    expect(isHostInCidr('192.168.1.1', '192.168.0.0/24')).toBe(false);
    expect(isHostInCidr('192.168.0.010', '192.168.0.0/24')).toBe(false);
  });

  it('writes numbers back as addresses', () => {
    expect(intToIp(0xc0a8000b)).toBe('192.168.0.11');
    expect(intToIp(ipToInt('10.0.255.1') ?? 0)).toBe('10.0.255.1');
  });
});
