/** Address allocation in VPC subnets; the IPv4 rules themselves are in src/domain/ipv4.ts. */
import { type Cidr, cidrBlock, intToIp } from '../../src/domain/ipv4';

function parseCidr(cidr: string): Cidr {
  const block = cidrBlock(cidr);
  if (!block) throw new Error(`bad CIDR ${cidr}`);
  return block;
}

/**
 * The first free host address of a subnet, skipping the gateway and the first ten addresses
 * that NHN Cloud reserves for its own use.
 */
export function allocateIp(
  cidr: string,
  gateway: string,
  used: ReadonlySet<string>,
): string | null {
  const { network, size } = parseCidr(cidr);
  for (let value = network + 11; value < network + size - 1; value++) {
    const ip = intToIp(value);
    if (ip !== gateway && !used.has(ip)) return ip;
  }
  return null;
}

/** Host addresses a subnet offers to instances. */
export function usableHostCount(cidr: string): number {
  const { size } = parseCidr(cidr);
  return Math.max(0, size - 2 - 10);
}
