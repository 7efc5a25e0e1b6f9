import { describe, expect, it } from 'vitest';
import { snapshotSources } from '../../domain/snapshot-rules';
import { web01Root, web01RootSnap } from '../../domain/test-volumes';
import {
  availableZoneNames,
  type CreateVolumeFormValues,
  checkCreateVolumeForm,
  chosenSource,
  defaultVolumeType,
  initialVolumeFormValues,
  minimumSizeGb,
  preferredZone,
  volumeBody,
} from './create-volume-form';

const TYPES = ['General HDD', 'General SSD', 'Encrypted HDD', 'Encrypted SSD'];
const sources = snapshotSources([web01RootSnap], [web01Root]);
const fromSnapshot = sources[0];

const values = (overrides: Partial<CreateVolumeFormValues> = {}): CreateVolumeFormValues => ({
  ...initialVolumeFormValues(),
  zone: 'kr-pub-b',
  ...overrides,
});

describe('the create-volume form (블록 스토리지 생성하기)', () => {
  it('sends a blank volume in the chosen zone, with only what was typed', () => {
    expect(volumeBody(values({ name: ' data ', size: 30 }), undefined)).toEqual({
      size: 30,
      name: 'data',
      availability_zone: 'kr-pub-b',
      volume_type: 'General HDD',
    });
    expect(checkCreateVolumeForm(values(), undefined, TYPES)).toEqual([]);
  });

  it('makes a volume from a snapshot in its volume’s zone, with snapshot_id', () => {
    const form = values({ source: 'snapshot', snapshotId: web01RootSnap.id, size: 20 });
    const source = chosenSource(form, sources);
    expect(source).toBe(fromSnapshot);
    // The zone chosen for a blank volume (kr-pub-b) does not apply: the snapshot's does.
    expect(volumeBody(form, source)).toEqual({
      size: 20,
      availability_zone: 'kr-pub-a',
      volume_type: 'General HDD',
      snapshot_id: web01RootSnap.id,
    });
    expect(checkCreateVolumeForm(form, source, TYPES)).toEqual([]);
  });

  it('refuses a size below the snapshot’s, before sending', () => {
    const form = values({ source: 'snapshot', snapshotId: web01RootSnap.id, size: 10 });
    expect(minimumSizeGb(fromSnapshot)).toBe(20);
    expect(checkCreateVolumeForm(form, chosenSource(form, sources), TYPES)).toEqual([
      { field: 'size', code: 'belowSnapshot', min: 20, snapshot: 20 },
    ]);
  });

  it('asks for the snapshot when the source is a snapshot, and for a zone otherwise', () => {
    const form = values({ source: 'snapshot', snapshotId: null, zone: '' });
    expect(chosenSource(form, sources)).toBeUndefined();
    expect(checkCreateVolumeForm(form, undefined, TYPES)).toEqual([
      { field: 'snapshotId', code: 'required' },
    ]);
    expect(checkCreateVolumeForm(values({ zone: '' }), undefined, TYPES)).toEqual([
      { field: 'zone', code: 'required' },
    ]);
  });

  it('keeps the size rules of a blank volume', () => {
    expect(checkCreateVolumeForm(values({ size: '' }), undefined)).toEqual([
      { field: 'size', code: 'required' },
    ]);
    expect(checkCreateVolumeForm(values({ size: 10.5 }), undefined)).toEqual([
      { field: 'size', code: 'notInteger' },
    ]);
    expect(checkCreateVolumeForm(values({ size: 2001 }), undefined)).toEqual([
      { field: 'size', code: 'outOfRange', min: 10, max: 2000 },
    ]);
  });

  it('starts as the snapshot volume’s type, else General HDD, else the first the region has', () => {
    expect(defaultVolumeType(TYPES, fromSnapshot)).toBe('General SSD');
    expect(defaultVolumeType(TYPES)).toBe('General HDD');
    expect(defaultVolumeType(['SSD only'])).toBe('SSD only');
    expect(defaultVolumeType([])).toBeUndefined();
  });

  it('takes the types the region lists (GET /types)', () => {
    expect(checkCreateVolumeForm(values({ type: 'Premium SSD' }), undefined, TYPES)).toEqual([
      { field: 'type', code: 'unknown' },
    ]);
    // While the types are not known, the API decides.
    expect(checkCreateVolumeForm(values({ type: 'Premium SSD' }), undefined)).toEqual([]);
  });

  it('asks for both halves of the key of an encrypted type, and sends them as nhn_encryption', () => {
    const encrypted = values({ type: 'Encrypted SSD' });
    expect(checkCreateVolumeForm(encrypted, undefined, TYPES)).toEqual([
      { field: 'encryption.appKey', code: 'required' },
      { field: 'encryption.keyId', code: 'required' },
    ]);
    const keyed = values({ type: 'Encrypted SSD', encryption: { appKey: 'app', keyId: 'key' } });
    expect(checkCreateVolumeForm(keyed, undefined, TYPES)).toEqual([]);
    expect(volumeBody(keyed, undefined).nhn_encryption).toEqual({
      skm_appkey: 'app',
      skm_key_id: 'key',
    });
    // A key typed for an encrypted type and left behind is not sent with a plain one.
    expect(
      volumeBody(values({ encryption: { appKey: 'app', keyId: 'key' } }), undefined),
    ).not.toHaveProperty('nhn_encryption');
  });
});

describe('the zone of a blank volume', () => {
  const zone = (zoneName: string, available = true) => ({ zoneName, zoneState: { available } });

  it("offers the region's available zones, by name", () => {
    expect(
      availableZoneNames([zone('kr-pub-b'), zone('kr-pub-c', false), zone('kr-pub-a')]),
    ).toEqual(['kr-pub-a', 'kr-pub-b']);
  });

  it('preselects the zone the page filters on when it is offered, else the first', () => {
    expect(preferredZone(['kr-pub-a', 'kr-pub-b'], 'kr-pub-b')).toBe('kr-pub-b');
    expect(preferredZone(['kr-pub-a', 'kr-pub-b'], 'kr-pub-c')).toBe('kr-pub-a');
    expect(preferredZone(['kr-pub-a'], undefined)).toBe('kr-pub-a');
    expect(preferredZone([], 'kr-pub-a')).toBeUndefined();
  });
});
