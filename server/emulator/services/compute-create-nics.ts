/**
 * POST /servers: each entry of `networks` (current guide: 인스턴스 생성하기, server.networks) as the
 * port it takes or the subnet and the addresses its ports get, one per new instance: a fixed IP
 * is checked against the subnet, others are allocated. Nothing changes here (compute-create.ts
 * checks everything before compute-create-build.ts makes anything).
 */
import { checkFixedIp, isHostInCidr } from '../../../src/domain/ipv4';
import { badRequest, conflict } from '../errors';
import { allocateIp } from '../ipv4';
import type { PortRecord, SubnetRecord } from '../state';
import type { CreateServerBody } from './compute-create-schema';
import type { ComputeScope } from './compute-scope';

/** An existing port to take, or a subnet and the address of each new instance's port on it. */
export type PlannedNic = { port: PortRecord } | { subnet: SubnetRecord; ips: string[] };

export function planNics(
  { tenant, regionState }: ComputeScope,
  networks: CreateServerBody['networks'],
  instances: number,
): PlannedNic[] {
  const usedIps = new Set(tenant.ports.map((p) => p.ipAddress));
  const external = regionState.externalNetwork;
  return networks.map((nic, i): PlannedNic => {
    const where = `networks[${i}]`;
    // The shared external network is listed with the tenant's VPCs, but it is where floating IPs
    // come from: no instance port goes on it.
    if (nic.uuid === external.id || nic.subnet === external.subnetId) {
      throw badRequest(
        `${where}: ${external.name} is an external network (router:external): instances cannot be attached to it; associate a floating IP instead.`,
      );
    }
    if (nic.port !== undefined) {
      const port = tenant.ports.find((p) => p.id === nic.port);
      if (!port) throw badRequest(`${where}: port ${nic.port} could not be found.`);
      if (port.deviceId) throw conflict(`${where}: port ${port.id} is still in use.`);
      if (instances > 1) throw badRequest('A port cannot be given to several new instances.');
      return { port };
    }
    let subnet: SubnetRecord | undefined;
    if (nic.subnet !== undefined) {
      subnet = tenant.subnets.find((s) => s.id === nic.subnet);
      if (!subnet) throw badRequest(`${where}: subnet ${nic.subnet} could not be found.`);
      if (nic.uuid !== undefined && subnet.vpcId !== nic.uuid) {
        throw badRequest(`${where}: subnet ${subnet.id} does not belong to network ${nic.uuid}.`);
      }
    } else if (nic.uuid !== undefined) {
      if (!tenant.vpcs.some((v) => v.id === nic.uuid))
        throw badRequest(`${where}: network ${nic.uuid} could not be found.`);
      const candidates = tenant.subnets.filter((s) => s.vpcId === nic.uuid);
      subnet = nic.fixed_ip
        ? candidates.find((s) => isHostInCidr(nic.fixed_ip ?? '', s.cidr))
        : candidates[0];
      if (!subnet)
        throw badRequest(`${where}: network ${nic.uuid} has no subnet for this address.`);
    } else if (nic.fixed_ip !== undefined) {
      subnet = tenant.subnets.find((s) => isHostInCidr(nic.fixed_ip ?? '', s.cidr));
      if (!subnet) throw badRequest(`${where}: no subnet contains ${nic.fixed_ip}.`);
    } else {
      throw badRequest(`${where}: give one of uuid, subnet, port or fixed_ip.`);
    }
    if (nic.fixed_ip !== undefined) {
      const problem = checkFixedIp(nic.fixed_ip, subnet, instances);
      if (problem === 'format')
        throw badRequest(`${where}: '${nic.fixed_ip}' is not an IPv4 address.`);
      if (problem === 'single')
        throw badRequest('A fixed IP cannot be given to several new instances.');
      if (problem) {
        throw badRequest(
          `${where}: fixed IP ${nic.fixed_ip} is not a usable address of ${subnet.cidr}.`,
        );
      }
      if (usedIps.has(nic.fixed_ip))
        throw badRequest(`Fixed IP address ${nic.fixed_ip} is already in use.`);
      usedIps.add(nic.fixed_ip);
      return { subnet, ips: [nic.fixed_ip] };
    }
    const ips: string[] = [];
    for (let n = 0; n < instances; n++) {
      const ip = allocateIp(subnet.cidr, subnet.gateway, usedIps);
      if (!ip) throw conflict(`No more IP addresses available on subnet ${subnet.id}.`);
      usedIps.add(ip);
      ips.push(ip);
    }
    return { subnet, ips };
  });
}
