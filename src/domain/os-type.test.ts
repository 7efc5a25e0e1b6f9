import { describe, expect, it } from 'vitest';
import { metadataText, serverOsName, serverOsType } from './os-type';
import { checkResizeTarget } from './resize-rules';
import {
  FROM_VOLUME,
  testImage as image,
  serverWith as server,
  UBUNTU,
  WINDOWS,
} from './test-servers';

/** The resize rule's verdict on a 1 GB flavor for a server of this OS type. */
const resizeToSmall = (osType: string | null) =>
  checkResizeTarget(
    { id: 'f-4', name: 'm2.c4m8' },
    { id: 'f-1', name: 'm2.c1m1', ram: 1024 },
    osType ? { osType } : null,
  );

describe('the OS of a server', () => {
  it("is the image's os_type, else the metadata's, in lower case", () => {
    expect(serverOsType(server({}), UBUNTU)).toBe('linux');
    expect(serverOsType(FROM_VOLUME, undefined)).toBe('linux');
    // NHN writes "Windows" into the metadata.
    const windowsFromVolume = server({ image: '', metadata: { os_type: 'Windows' } });
    expect(serverOsType(windowsFromVolume, undefined)).toBe('windows');
    expect(serverOsType(server({ image: '' }), undefined)).toBeNull();
  });

  it("drives the resize dialog's Windows rule for a Windows server booted from a volume", () => {
    const windowsFromVolume = server({ image: '', metadata: { os_type: 'Windows' } });
    const osType = serverOsType(windowsFromVolume, undefined);
    const current = { id: 'f-4', name: 'm2.c4m8' };
    const small = { id: 'f-1', name: 'm2.c1m1', ram: 1024 };
    expect(checkResizeTarget(current, small, osType ? { osType } : null)).toMatchObject({
      code: 'windowsRam',
    });
  });

  it('is named by os_distro and os_version, from the image or the metadata', () => {
    expect(serverOsName(server({}), UBUNTU)).toBe('Ubuntu 22.04');
    expect(serverOsName(FROM_VOLUME, undefined)).toBe('Rocky 9.4');
    expect(serverOsName(server({ image: '', metadata: { os_distro: 'Debian' } }), undefined)).toBe(
      'Debian',
    );
    expect(serverOsName(server({ image: '' }), undefined)).toBeNull();
  });

  it('takes the image over the metadata, and a blank os_type as none', () => {
    const relabelled = server({
      image: { id: WINDOWS.id, links: [] },
      metadata: { os_type: 'Linux' },
    });
    expect(serverOsType(relabelled, WINDOWS)).toBe('windows');
    expect(
      serverOsType(
        server({ metadata: { os_type: 'Windows' } }),
        image({ id: 'i', name: 'i', os_type: '' }),
      ),
    ).toBe('windows');
    expect(serverOsType(server({ metadata: { os_type: '  ' } }), undefined)).toBeNull();
  });
});

describe('resize: the list and the details page judge a server alike', () => {
  // The list reads the collection's copy of a server while its image list may still be loading;
  // the details page reads the server's own answer, maybe after the image list has come. Both
  // hand the resize dialog serverOsType's answer, so the offered flavors are the same.
  const windows = server({
    image: { id: WINDOWS.id, links: [] },
    metadata: { os_type: 'Windows', image_name: WINDOWS.name },
  });

  it('refuses a small flavor to a Windows server however its OS is known', () => {
    const readings = [
      serverOsType(windows, WINDOWS), // the image list is in
      serverOsType(windows, undefined), // it is loading, or no longer lists the image
      serverOsType(server({ image: '', metadata: windows.metadata }), undefined), // from a volume
    ];
    expect(readings).toEqual(['windows', 'windows', 'windows']);
    for (const osType of readings) expect(resizeToSmall(osType)?.code).toBe('windowsRam');
  });

  it('lets a Linux server, or one whose OS nobody says, take the small flavor', () => {
    expect(resizeToSmall(serverOsType(server({}), UBUNTU))).toBeNull();
    expect(resizeToSmall(serverOsType(FROM_VOLUME, undefined))).toBeNull();
    expect(resizeToSmall(serverOsType(server({ image: '' }), undefined))).toBeNull();
  });
});

describe('a metadata key as text', () => {
  it('is the value, or null when absent or blank', () => {
    expect(metadataText(FROM_VOLUME, 'os_distro')).toBe('Rocky');
    expect(metadataText(FROM_VOLUME, 'login_username')).toBeNull();
    expect(metadataText(server({ metadata: { image_name: ' ' } }), 'image_name')).toBeNull();
  });
});
