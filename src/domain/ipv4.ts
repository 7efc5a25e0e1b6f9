/**
 * IPv4 addresses and VPC subnets (NHN Cloud's VPCs are IPv4 only), and the rule for a fixed IP
 * given at create time (spec: 인스턴스 생성, `networks.fixed_ip`). The create form and the emulator
 * both check a fixed IP with `checkFixedIp`.
 */

/** The address as a number, or null unless it is four decimal octets without leading zeros. */
export function ipToInt(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    // "010" is octal to some tools and decimal to others: refuse it rather than guess.
    if (n > 255 || (part.length > 1 && part.startsWith('0'))) return null;
    value = value * 256 + n;
  }
  return value;
}

export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export interface Cidr {
  /** The first address of the block (host bits of the written address cleared). */
  network: number;
  size: number;
}

/** The block a CIDR names, or null when it is not `a.b.c.d/n`. */
export function cidrBlock(cidr: string): Cidr | null {
  const [ip = '', bits = ''] = cidr.split('/');
  const address = ipToInt(ip);
  const prefix = /^\d{1,2}$/.test(bits) ? Number(bits) : Number.NaN;
  if (address === null || !(prefix >= 0 && prefix <= 32)) return null;
  const size = 2 ** (32 - prefix);
  return { network: address - (address % size), size };
}

/** Whether `ip` is a host address of the subnet (not its network or broadcast address). */
export function isHostInCidr(ip: string, cidr: string): boolean {
  const value = ipToInt(ip);
  const block = cidrBlock(cidr);
  if (value === null || !block) return false;
  const { network, size } = block;
  if (size <= 2) return value >= network && value < network + size;
  return value > network && value < network + size - 1;
}

export type FixedIpProblem = 'format' | 'outside' | 'reserved' | 'gateway' | 'single';

/**
 * A fixed IP must be an IPv4 host address of the chosen subnet (not its network or broadcast
 * address, not its gateway), and can be given to one new instance only.
 */
export function checkFixedIp(
  ip: string,
  subnet: { cidr: string; gateway: string },
  count: number,
): FixedIpProblem | null {
  const value = ipToInt(ip);
  if (value === null) return 'format';
  const block = cidrBlock(subnet.cidr);
  if (!block) return null;
  const { network, size } = block;
  if (value < network || value >= network + size) return 'outside';
  if (!isHostInCidr(ip, subnet.cidr)) return 'reserved';
  if (ip === subnet.gateway) return 'gateway';
  if (count > 1) return 'single';
  return null;
}
