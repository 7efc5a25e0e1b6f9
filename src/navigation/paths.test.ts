import { describe, expect, it } from 'vitest';
import {
  createInstancePath,
  flavorsPath,
  homePath,
  instancePath,
  instancesPath,
  keypairPath,
  keypairsPath,
  loginPath,
  overviewPath,
  placementPoliciesPath,
  samePageInRegion,
  volumesPath,
} from './paths';

describe('the route table', () => {
  it('builds each page of a region', () => {
    expect(homePath()).toBe('/');
    expect(overviewPath('kr1')).toBe('/kr1');
    expect(instancesPath('kr1')).toBe('/kr1/instances');
    expect(createInstancePath('kr2')).toBe('/kr2/instances/new');
    expect(instancePath('jp1', '9b7a4a2e-0d5c-4c1b-9d38-1f0e8b6c2a11')).toBe(
      '/jp1/instances/9b7a4a2e-0d5c-4c1b-9d38-1f0e8b6c2a11',
    );
    expect(flavorsPath('kr1')).toBe('/kr1/flavors');
    expect(keypairsPath('kr1')).toBe('/kr1/keypairs');
    expect(keypairPath('kr1', 'ops-key')).toBe('/kr1/keypairs/ops-key');
    expect(volumesPath('kr3')).toBe('/kr3/volumes');
    expect(placementPoliciesPath('kr1')).toBe('/kr1/placement-policies');
  });

  it('encodes a path segment, so a key pair name stays one segment', () => {
    expect(keypairPath('kr1', 'a/b c?d#e')).toBe('/kr1/keypairs/a%2Fb%20c%3Fd%23e');
    expect(instancePath('kr1', '../x')).toBe('/kr1/instances/..%2Fx');
  });

  it('hands the instances list the filters the overview and the other pages give it', () => {
    expect(instancesPath('kr1', { status: 'ERROR' })).toBe('/kr1/instances?status=ERROR');
    expect(instancesPath('kr1', { family: 'm2' })).toBe('/kr1/instances?family=m2');
    expect(instancesPath('kr1', { zone: 'kr-pub-a' })).toBe('/kr1/instances?zone=kr-pub-a');
    expect(instancesPath('kr1', { flavor: 'f-1' })).toBe('/kr1/instances?flavor=f-1');
    expect(instancesPath('kr1', { reservation: 'r-4x2b' })).toBe(
      '/kr1/instances?reservation_id=r-4x2b',
    );
    // In the list's own order, whatever the order given; empty values are left out.
    expect(
      instancesPath('kr1', { family: 'c2', zone: '', status: 'ACTIVE', name: 'web 01&x' }),
    ).toBe('/kr1/instances?name=web%2001%26x&status=ACTIVE&family=c2');
    expect(instancesPath('kr1', { zone: 'kr pub/a' })).toBe('/kr1/instances?zone=kr%20pub%2Fa');
  });

  it('hands the volumes list its filters and the volume whose details open', () => {
    expect(volumesPath('kr1', { attached: 'no' })).toBe('/kr1/volumes?attached=no');
    expect(volumesPath('kr1', { status: 'error' })).toBe('/kr1/volumes?status=error');
    expect(volumesPath('kr1', { volume: 'v-1', status: 'available' })).toBe(
      '/kr1/volumes?status=available&volume=v-1',
    );
    expect(volumesPath('kr1', { attached: undefined })).toBe('/kr1/volumes');
  });

  it('opens the create form with a placement policy chosen', () => {
    expect(createInstancePath('kr1', { placementPolicy: 'g-1' })).toBe(
      '/kr1/instances/new?placementPolicy=g-1',
    );
  });

  it('sends to the sign-in page with where to go next and why', () => {
    expect(loginPath()).toBe('/login');
    expect(loginPath({ next: '/kr1/instances?status=ERROR', reason: 'expired' })).toBe(
      '/login?next=%2Fkr1%2Finstances%3Fstatus%3DERROR&reason=expired',
    );
    expect(loginPath({ reason: 'signedOut' })).toBe('/login?reason=signedOut');
  });

  it('keeps the page but not the resource or the filters when the region changes', () => {
    expect(samePageInRegion('/kr1', 'kr2')).toBe('/kr2');
    expect(samePageInRegion('/kr1/', 'kr2')).toBe('/kr2');
    expect(samePageInRegion('/kr1/instances', 'jp1')).toBe('/jp1/instances');
    expect(samePageInRegion('/kr1/instances/9b7a/', 'jp1')).toBe('/jp1/instances');
    expect(samePageInRegion('/kr1/keypairs/ops-key', 'kr3')).toBe('/kr3/keypairs');
  });
});
