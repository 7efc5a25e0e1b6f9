/**
 * The OS of a server, read one way by every screen (issue 11: the instances list, the details page
 * and their resize dialogs). The image a server names carries `os_type`, `os_distro` and
 * `os_version`; a server booted from a volume or a snapshot names no image (`"image": ""`), and
 * one whose image was deleted names an image nobody lists, so NHN copies those properties into the
 * instance metadata at create (current guide, 인스턴스 메타데이터: 기본 정보 > OS, 접속 정보),
 * writing `Windows` where the image says `windows`. The image wins; the metadata fills in.
 * Pure: no React, no fetch; the emulator's resize reads it too, so both refuse the same flavors.
 */
import type { Server } from './compute-types';
import type { Image } from './image-types';

type ServerOsFacts = Pick<Server, 'metadata'>;
type ImageOsFacts = Pick<Image, 'os_type' | 'os_distro' | 'os_version'>;

/** A metadata key's text; absent, not a string, or blank: null. */
export function metadataText(server: ServerOsFacts, key: string): string | null {
  const value = server.metadata?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The server's OS type in lower case (`linux`, `windows`): the image's `os_type`, else the
 * metadata's, else null (unknown: no Windows rule applies). `image` is the image the server names
 * when the image list has it, else undefined (booted from a volume, image deleted, list loading).
 * Every rule that depends on the OS (resize-rules.ts: Windows needs enough RAM) reads it here.
 */
export function serverOsType(
  server: ServerOsFacts,
  image: ImageOsFacts | undefined,
): string | null {
  const fromImage =
    typeof image?.os_type === 'string' && image.os_type !== '' ? image.os_type : null;
  const osType = fromImage ?? metadataText(server, 'os_type');
  return osType ? osType.toLowerCase() : null;
}

/** "Rocky 9.4": the image's os_distro and os_version, else the metadata's; null when neither says. */
export function serverOsName(
  server: ServerOsFacts,
  image: ImageOsFacts | undefined,
): string | null {
  const distro = image?.os_distro || metadataText(server, 'os_distro');
  if (!distro) return null;
  const version = image?.os_distro ? image.os_version : metadataText(server, 'os_version');
  return version ? `${distro} ${version}` : distro;
}
