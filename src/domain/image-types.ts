/** Wire types of the Image API v2 (neighbour-apis.md). */
import type { ImageStatus } from './image-status';

type ImageVisibility = 'public' | 'private' | 'shared' | 'community';

export interface Image {
  id: string;
  name: string;
  status: ImageStatus;
  visibility: ImageVisibility;
  protected: boolean;
  container_format: string | null;
  disk_format: string | null;
  min_disk: number;
  min_ram: number;
  size: number | null;
  owner: string;
  created_at: string;
  updated_at: string;
  self: string;
  file: string;
  schema: string;
  tags: string[];
  /** `linux` or `windows`: the create form's Windows rules hang on it. */
  os_type?: string;
  os_distro?: string;
  os_version?: string;
  os_architecture?: string;
  login_username?: string;
  hypervisor_type?: string;
  description?: string;
  [extra: string]: unknown;
}

export interface ImageList {
  images: Image[];
  schema: string;
  first: string;
  next?: string;
}
