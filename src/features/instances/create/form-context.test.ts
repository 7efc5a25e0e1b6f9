import { describe, expect, it } from 'vitest';
import { formContext } from './form-context';
import { formValues, image, m2, snapshot, volume, web01Root } from './test-data';

describe('formContext', () => {
  it('finds what the form chose in the lists loaded so far', () => {
    const context = formContext(formValues({ bootSource: 'snapshot', snapshotId: snapshot().id }), {
      images: [image()],
      volumes: [volume(), web01Root],
      snapshots: [snapshot()],
      flavors: [m2],
      volumeTypes: ['General HDD'],
      securityGroups: [
        { id: 'sg-1', name: 'default', description: '', tenant_id: 't', security_group_rules: [] },
      ],
      placementPolicies: [
        { id: 'pp-1', name: 'spread', policies: ['anti-affinity'], members: [], metadata: {} },
      ],
    });
    expect(context.image?.id).toBe('img-ubuntu');
    expect(context.flavor).toBe(m2);
    expect(context.snapshot?.id).toBe('snap-web-01-root');
    // The snapshot's volume, for the OS it holds.
    expect(context.snapshotVolume).toBe(web01Root);
    expect(context.volume).toBe(null);
    expect(context.volumeTypes).toEqual(['General HDD']);
    expect(context.securityGroupNames).toEqual(['default']);
    expect(context.placementPolicyIds).toEqual(['pp-1']);
  });

  it('knows nothing of a list not loaded yet, and nothing chosen that is not in one', () => {
    const context = formContext(formValues({ imageId: 'img-gone' }), { images: [image()] });
    expect(context).toMatchObject({
      image: null,
      flavor: null,
      subnet: null,
      snapshotVolume: null,
    });
    expect(context.volumeTypes).toBeUndefined();
    expect(context.securityGroupNames).toBeUndefined();
  });
});
