/**
 * Network API v2.0 (neighbour-apis.md, current/vpc-api.ko.md): NHN's VPCs and VPC subnets, their
 * OpenStack views (`networks`, `subnets`), security groups, ports (filter `device_id`) and
 * floating IPs. Every VPC and subnet list also shows the region's shared external network
 * (`router:external: true`, subnet `public_snat_gateway`), as the real service does.
 * Errors come in Neutron's shape.
 */
import { Hono } from 'hono';
import { authenticate, type Ctx, type Deps, type EmulatorEnv, requestOrigin } from '../context';
import { notFound } from '../errors';
import {
  renderExternalNetwork,
  renderExternalSubnet,
  renderExternalVpc,
  renderExternalVpcSubnet,
  renderFloatingIp,
  renderNetwork,
  renderPort,
  renderSecurityGroup,
  renderSubnet,
  renderVpc,
  renderVpcSubnet,
} from '../render-network';

/** Keeps items whose fields equal every given query filter (Neutron's `?field=value`). */
function filterBy<T extends object>(c: Ctx, items: T[], fields: (keyof T & string)[]): T[] {
  return items.filter((item) =>
    fields.every((field) => {
      const wanted = c.req.queries(field);
      if (!wanted || wanted.length === 0) return true;
      return wanted.includes(String(item[field]));
    }),
  );
}

export function networkService(deps: Deps) {
  const { store } = deps;
  const app = new Hono<EmulatorEnv>();

  const versions = (c: Ctx) =>
    c.json({
      versions: [
        {
          status: 'CURRENT',
          id: 'v2.0',
          links: [
            {
              href: `${requestOrigin(c, deps.config)}/network/${c.req.param('region')}/v2.0/`,
              rel: 'self',
            },
          ],
        },
      ],
    });
  app.get('/:region', versions);
  app.get('/:region/', versions);

  app.use('/:region/v2.0/*', authenticate(deps, { tenantInPath: false }));

  const scope = (c: Ctx) => {
    const region = c.get('region');
    const tenantId = c.get('auth').user.tenantId;
    return {
      region,
      tenantId,
      tenant: store.tenant(region, tenantId),
      external: store.region(region).externalNetwork,
    };
  };

  app.get('/:region/v2.0', (c) => c.json({ resources: [] }));

  app.get('/:region/v2.0/vpcs', (c) => {
    const { tenant, tenantId, external } = scope(c);
    const vpcs = [
      ...tenant.vpcs.map((v) => renderVpc(v, tenantId)),
      renderExternalVpc(external, false),
    ];
    return c.json({
      vpcs: filterBy(c, vpcs, ['id', 'name', 'router:external', 'shared', 'tenant_id']),
    });
  });
  app.get('/:region/v2.0/vpcs/:id', (c) => {
    const { tenant, tenantId, external } = scope(c);
    if (c.req.param('id') === external.id)
      return c.json({ vpc: renderExternalVpc(external, true) });
    const vpc = tenant.vpcs.find((v) => v.id === c.req.param('id'));
    if (!vpc)
      throw notFound(`VPC ${c.req.param('id').slice(0, 64)} could not be found.`, 'VpcNotFound');
    return c.json({
      vpc: renderVpc(
        vpc,
        tenantId,
        tenant.subnets.filter((s) => s.vpcId === vpc.id),
        tenant.ports,
      ),
    });
  });

  app.get('/:region/v2.0/vpcsubnets', (c) => {
    const { tenant, tenantId, external } = scope(c);
    const subnets = [
      ...tenant.subnets.map((s) =>
        renderVpcSubnet(
          s,
          tenant.vpcs.find((v) => v.id === s.vpcId),
          tenantId,
          tenant.ports,
        ),
      ),
      renderExternalVpcSubnet(external),
    ];
    return c.json({
      vpcsubnets: filterBy(c, subnets, [
        'id',
        'name',
        'vpc_id',
        'cidr',
        'shared',
        'router:external',
      ]),
    });
  });
  app.get('/:region/v2.0/vpcsubnets/:id', (c) => {
    const { tenant, tenantId, external } = scope(c);
    if (c.req.param('id') === external.subnetId)
      return c.json({ vpcsubnet: renderExternalVpcSubnet(external) });
    const subnet = tenant.subnets.find((s) => s.id === c.req.param('id'));
    if (!subnet)
      throw notFound(
        `VPC subnet ${c.req.param('id').slice(0, 64)} could not be found.`,
        'VpcsubnetNotFound',
      );
    return c.json({
      vpcsubnet: renderVpcSubnet(
        subnet,
        tenant.vpcs.find((v) => v.id === subnet.vpcId),
        tenantId,
        tenant.ports,
      ),
    });
  });

  app.get('/:region/v2.0/networks', (c) => {
    const { tenant, tenantId, external } = scope(c);
    const networks = [
      ...tenant.vpcs.map((v) => renderNetwork(v, tenantId, tenant.subnets)),
      renderExternalNetwork(external),
    ];
    return c.json({
      networks: filterBy(c, networks, ['id', 'name', 'router:external', 'shared']),
    });
  });
  app.get('/:region/v2.0/networks/:id', (c) => {
    const { tenant, tenantId, external } = scope(c);
    if (c.req.param('id') === external.id)
      return c.json({ network: renderExternalNetwork(external) });
    const vpc = tenant.vpcs.find((v) => v.id === c.req.param('id'));
    if (!vpc)
      throw notFound(
        `Network ${c.req.param('id').slice(0, 64)} could not be found.`,
        'NetworkNotFound',
      );
    return c.json({ network: renderNetwork(vpc, tenantId, tenant.subnets) });
  });

  app.get('/:region/v2.0/subnets', (c) => {
    const { tenant, tenantId, external } = scope(c);
    const subnets = [
      ...tenant.subnets.map((s) => renderSubnet(s, tenantId)),
      renderExternalSubnet(external),
    ];
    return c.json({ subnets: filterBy(c, subnets, ['id', 'name', 'network_id', 'cidr']) });
  });
  app.get('/:region/v2.0/subnets/:id', (c) => {
    const { tenant, tenantId, external } = scope(c);
    if (c.req.param('id') === external.subnetId)
      return c.json({ subnet: renderExternalSubnet(external) });
    const subnet = tenant.subnets.find((s) => s.id === c.req.param('id'));
    if (!subnet)
      throw notFound(
        `Subnet ${c.req.param('id').slice(0, 64)} could not be found.`,
        'SubnetNotFound',
      );
    return c.json({ subnet: renderSubnet(subnet, tenantId) });
  });

  app.get('/:region/v2.0/security-groups', (c) => {
    const { tenant, tenantId } = scope(c);
    const groups = tenant.securityGroups.map((g) => renderSecurityGroup(g, tenantId));
    return c.json({ security_groups: filterBy(c, groups, ['id', 'name']) });
  });
  app.get('/:region/v2.0/security-groups/:id', (c) => {
    const { tenant, tenantId } = scope(c);
    const group = tenant.securityGroups.find((g) => g.id === c.req.param('id'));
    if (!group) {
      throw notFound(
        `Security group ${c.req.param('id').slice(0, 64)} does not exist`,
        'SecurityGroupNotFound',
      );
    }
    return c.json({ security_group: renderSecurityGroup(group, tenantId) });
  });

  app.get('/:region/v2.0/ports', (c) => {
    const { tenant, tenantId } = scope(c);
    const ports = tenant.ports.map((p) => renderPort(p, tenantId));
    return c.json({
      ports: filterBy(c, ports, ['id', 'device_id', 'network_id', 'mac_address', 'status']),
    });
  });
  app.get('/:region/v2.0/ports/:id', (c) => {
    const { tenant, tenantId } = scope(c);
    const port = tenant.ports.find((p) => p.id === c.req.param('id'));
    if (!port)
      throw notFound(`Port ${c.req.param('id').slice(0, 64)} could not be found.`, 'PortNotFound');
    return c.json({ port: renderPort(port, tenantId) });
  });

  app.get('/:region/v2.0/floatingips', (c) => {
    const { tenant, tenantId, external } = scope(c);
    const fips = tenant.floatingIps.map((f) => renderFloatingIp(f, tenant, tenantId, external.id));
    return c.json({
      floatingips: filterBy(c, fips, ['id', 'port_id', 'floating_ip_address', 'status']),
    });
  });

  return app;
}
