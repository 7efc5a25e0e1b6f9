import { describe, expect, it } from 'vitest';
import { checkAction } from '../../domain/server-actions';
import { FROM_VOLUME, serverWith as server, UBUNTU, WINDOWS } from '../../domain/test-servers';
import { actionSubject, isDeletionProtected, placementPolicyOf, serverImage } from './server-facts';

const IMAGES = new Map([UBUNTU, WINDOWS].map((i) => [i.id, i] as const));

describe('deletion protection (NHN-EXT-ATTR:protect)', () => {
  it('is on only when the API says true', () => {
    expect(isDeletionProtected(server({ 'NHN-EXT-ATTR:protect': true }))).toBe(true);
    expect(isDeletionProtected(server({ 'NHN-EXT-ATTR:protect': false }))).toBe(false);
    // An older edition of the service does not send the field.
    expect(isDeletionProtected(server({}))).toBe(false);
  });

  it('reaches the action table: delete is refused with the reason, the rest is not', () => {
    const subject = actionSubject(server({ 'NHN-EXT-ATTR:protect': true }), 'm2.c2m4');
    expect(subject).toEqual({
      id: 'srv-1',
      status: 'ACTIVE',
      taskState: null,
      flavorName: 'm2.c2m4',
      protected: true,
    });
    expect(checkAction('delete', subject)).toEqual({ allowed: false, reason: 'protected' });
    expect(checkAction('stop', subject)).toEqual({ allowed: true });
    expect(checkAction('delete', actionSubject(server({})))).toEqual({ allowed: true });
  });
});

describe('the image a server came from', () => {
  it('is the listed image it names', () => {
    expect(serverImage(server({}), IMAGES)).toEqual({
      imageId: UBUNTU.id,
      image: UBUNTU,
      name: UBUNTU.name,
      nameFrom: 'image',
    });
  });

  it('booted from a volume or snapshot ("image": ""), is what the metadata names', () => {
    expect(serverImage(FROM_VOLUME, IMAGES)).toEqual({
      imageId: null,
      image: undefined,
      name: 'Rocky Linux 9.4 (2024.06.18)',
      nameFrom: 'metadata',
    });
    // Even before the image list has loaded: nothing to wait for.
    expect(serverImage(FROM_VOLUME, undefined).name).toBe('Rocky Linux 9.4 (2024.06.18)');
  });

  it('falls back to the metadata when the image it names is no longer listed', () => {
    const gone = server({
      image: { id: 'img-deleted', links: [] },
      metadata: { image_name: 'Old' },
    });
    expect(serverImage(gone, IMAGES)).toMatchObject({ imageId: 'img-deleted', name: 'Old' });
    expect(serverImage(gone, IMAGES).nameFrom).toBe('metadata');
    // While the list loads, the image is not yet unknown.
    expect(serverImage(gone, undefined).name).toBeNull();
  });

  it('has no name when neither the image nor the metadata says', () => {
    expect(serverImage(server({ image: '' }), IMAGES)).toEqual({
      imageId: null,
      image: undefined,
      name: null,
      nameFrom: null,
    });
    expect(serverImage(server({ image: '', metadata: { image_name: '  ' } }), IMAGES).name).toBe(
      null,
    );
  });
});

describe('the placement policy of a server', () => {
  const group = (id: string, members: string[]) => ({
    id,
    name: `policy-${id}`,
    policies: ['anti-affinity'],
    members,
    metadata: {},
  });
  it('is the policy whose members include it', () => {
    const groups = [group('a', ['srv-2']), group('b', ['srv-3', 'srv-1'])];
    expect(placementPolicyOf(groups, 'srv-1')?.name).toBe('policy-b');
    expect(placementPolicyOf(groups, 'srv-9')).toBeUndefined();
    expect(placementPolicyOf(undefined, 'srv-1')).toBeUndefined();
  });
});
