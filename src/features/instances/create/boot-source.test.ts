import { describe, expect, it } from 'vitest';
import {
  bootFacts,
  bootImageName,
  bootVolumeChoices,
  snapshotChoices,
  snapshotSource,
  sourceZone,
  volumeImageFacts,
  volumeLabel,
  volumeSource,
} from './boot-source';
import { image, snapshot, volume, web01Root } from './test-data';

describe('the OS of a volume', () => {
  it('comes from volume_image_metadata, whose numbers are strings', () => {
    expect(volumeImageFacts(volume())).toEqual({ osType: 'linux', minDiskGb: 10, minRamMb: 0 });
    expect(
      volumeImageFacts(volume({ volume_image_metadata: { os_type: 'windows', min_disk: '50' } })),
    ).toEqual({ osType: 'windows', minDiskGb: 50, minRamMb: undefined });
  });

  it('is unknown for a volume made blank', () => {
    expect(volumeImageFacts(volume({ volume_image_metadata: undefined }))).toBeNull();
    expect(volumeImageFacts(null)).toBeNull();
  });

  it('follows the boot source: the image, the volume, or the snapshot’s volume', () => {
    const windowsRoot = volume({ volume_image_metadata: { os_type: 'windows' } });
    const lookups = { image: image(), volume: windowsRoot, snapshotVolume: web01Root };
    expect(bootFacts('image', lookups)?.osType).toBe('linux');
    expect(bootFacts('volume', lookups)?.osType).toBe('windows');
    expect(bootFacts('snapshot', lookups)?.osType).toBe('linux');
    expect(bootImageName('volume', { volume: volume() })).toBe(
      'Ubuntu Server 22.04.4 LTS (2024.05.21)',
    );
    expect(bootImageName('image', { image: image() })).toBe(image().name);
  });
});

describe('bootable volumes offered', () => {
  it('are the available ones whose bootable is the string "true", by name', () => {
    const offered = bootVolumeChoices([
      volume({ id: 'b', name: 'web-restore' }),
      volume({ id: 'a', name: 'app-root' }),
      volume({ id: 'c', name: 'attached', status: 'in-use' }),
      volume({ id: 'd', name: 'data', bootable: 'false' }),
      volume({ id: 'e', name: 'busy', status: 'creating' }),
    ]);
    expect(offered.map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('are named by their id when they have no name', () => {
    expect(volumeLabel(volume({ id: '0123456789abcdef', name: null }))).toBe('01234567');
  });
});

describe('snapshots offered', () => {
  it('are the available ones, each with its volume, and say which cannot boot', () => {
    const data = volume({ id: 'vol-data', name: 'db-data', bootable: 'false' });
    const choices = snapshotChoices(
      [
        snapshot(),
        snapshot({ id: 's-data', name: 'db-data-snap', volume_id: 'vol-data' }),
        snapshot({ id: 's-gone', name: 'orphan', volume_id: 'vol-gone' }),
        snapshot({ id: 's-new', name: 'creating-snap', status: 'creating' }),
      ],
      [web01Root, data],
    );
    expect(choices.map((c) => [c.snapshot.id, c.volume?.id, c.problem])).toEqual([
      ['s-data', 'vol-data', 'notBootable'],
      ['s-gone', undefined, 'volumeUnknown'],
      ['snap-web-01-root', 'vol-web-01-root', undefined],
    ]);
  });
});

describe('sources as the rules see them', () => {
  it('take status, bootable, size and zone from the volume', () => {
    expect(volumeSource(volume())).toEqual({
      kind: 'volume',
      status: 'available',
      bootable: true,
      sizeGb: 20,
      zone: 'kr-pub-a',
    });
    expect(snapshotSource(snapshot({ size: 30 }), web01Root)).toEqual({
      kind: 'snapshot',
      status: 'available',
      bootable: true,
      sizeGb: 30,
      zone: 'kr-pub-a',
    });
  });

  it('fix the zone: the volume’s, or the snapshot’s volume’s; none for an image', () => {
    const other = volume({ availability_zone: 'kr-pub-b' });
    expect(sourceZone('volume', { volume: other })).toBe('kr-pub-b');
    expect(sourceZone('snapshot', { snapshot: snapshot(), snapshotVolume: web01Root })).toBe(
      'kr-pub-a',
    );
    expect(sourceZone('image', { volume: other })).toBeUndefined();
    expect(sourceZone('volume', {})).toBeUndefined();
  });
});
