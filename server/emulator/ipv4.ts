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

/**
 * Hands out a subnet's free host addresses in order, resuming where it stopped: seeding thousands
 * of servers (NHN_EMULATOR_SERVERS, issue 10) takes O(1) per address, where `allocateIp` from the
 * start with a fresh set of every used address made it O(n²). Same rules as `allocateIp`.
 */
export class AddressCursor {
  private next: number;
  private readonly end: number;

  constructor(
    cidr: string,
    private readonly gateway: string,
    private readonly used: ReadonlySet<string> = new Set(),
  ) {
    const { network, size } = parseCidr(cidr);
    this.next = network + 11;
    this.end = network + size - 1;
  }

  take(): string | null {
    while (this.next < this.end) {
      const ip = intToIp(this.next++);
      if (ip !== this.gateway && !this.used.has(ip)) return ip;
    }
    return null;
  }
}

/** The addresses a subnet hands out: after the ten reserved ones, up to before the broadcast. */
export function allocationPool(cidr: string): { start: string; end: string } {
  const { network, size } = parseCidr(cidr);
  return { start: intToIp(network + 11), end: intToIp(network + size - 2) };
}

/** Host addresses a subnet offers to instances. */
export function usableHostCount(cidr: string): number {
  const { size } = parseCidr(cidr);
  return Math.max(0, size - 2 - 10);
}
