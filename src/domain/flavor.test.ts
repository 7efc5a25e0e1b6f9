import { describe, expect, it } from 'vitest';
import { flavorFamily, isGpuFlavor, isKnownFamily, isU2Flavor, usesLocalRootDisk } from './flavor';

describe('flavor names', () => {
  it('read the family before the dot', () => {
    expect(flavorFamily('m2.c2m4')).toBe('m2');
    expect(flavorFamily('X1.c32m256')).toBe('x1');
    expect(isKnownFamily(flavorFamily('r2.c2m16'))).toBe(true);
    expect(isKnownFamily(flavorFamily('g2.c8m64'))).toBe(true);
    expect(isKnownFamily(flavorFamily('z9.c8m64'))).toBe(false);
  });
  it('know U2', () => {
    expect(isU2Flavor('u2.c1m1')).toBe(true);
    expect(isU2Flavor('m2.c1m2')).toBe(false);
  });
  it('know GPU flavors, which boot from a local disk like U2', () => {
    expect(isGpuFlavor('g2.c8m64')).toBe(true);
    expect(isGpuFlavor('G4.c16m128')).toBe(true);
    expect(isGpuFlavor('m2.c1m2')).toBe(false);
    expect(isGpuFlavor('gx.c1m2')).toBe(false);
    expect(usesLocalRootDisk('g2.c8m64')).toBe(true);
    expect(usesLocalRootDisk('u2.c1m1')).toBe(true);
    expect(usesLocalRootDisk('m2.c2m4')).toBe(false);
  });
});
