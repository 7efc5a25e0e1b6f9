/** IPv4 arithmetic for address allocation in VPC subnets (NHN Cloud is IPv4 only). */

export function ipToInt(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export interface Cidr {
  network: number;
  size: number;
}

export function parseCidr(cidr: string): Cidr {
  const [ip = '', bits = ''] = cidr.split('/');
  const network = ipToInt(ip);
  const prefix = Number(bits);
  if (network === null || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
    throw new Error(`bad CIDR ${cidr}`);
  }
  return { network, size: 2 ** (32 - prefix) };
}

/** Whether `ip` is a host address of the subnet (not its network or broadcast address). */
export function isHostInCidr(ip: string, cidr: string): boolean {
  const value = ipToInt(ip);
  const { network, size } = parseCidr(cidr);
  return value !== null && value > network && value < network + size - 1;
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
