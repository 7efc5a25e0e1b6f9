import { describe, expect, it } from 'vitest';
import {
  IMAGE_STATUSES,
  imageProgress,
  isImageReady,
  isImageSettled,
  isImageStatus,
} from './image-status';

describe('image statuses', () => {
  it('a new image is made through queued and saving, and is ready when active', () => {
    expect(['queued', 'saving', 'active'].map(imageProgress)).toEqual([
      'making',
      'making',
      'ready',
    ]);
    expect(isImageReady('active')).toBe(true);
    expect(isImageReady('saving')).toBe(false);
  });

  it('killed, deleted and pending_delete never become active: following them stops', () => {
    expect(imageProgress('killed')).toBe('failed');
    expect(imageProgress('deleted')).toBe('gone');
    expect(imageProgress('pending_delete')).toBe('gone');
    for (const status of ['active', 'killed', 'deleted', 'pending_delete'])
      expect(isImageSettled(status), status).toBe(true);
  });

  it('an unknown status, or none yet, is still under way', () => {
    expect(isImageSettled(undefined)).toBe(false);
    expect(isImageSettled('uploading')).toBe(false);
    expect(isImageReady('__proto__')).toBe(false);
  });

  it('knows the six statuses the Image API names, and no other', () => {
    expect([...IMAGE_STATUSES]).toEqual([
      'queued',
      'saving',
      'active',
      'killed',
      'deleted',
      'pending_delete',
    ]);
    for (const status of IMAGE_STATUSES) expect(isImageStatus(status), status).toBe(true);
    for (const status of ['uploading', 'ACTIVE', '', '__proto__', 'constructor'])
      expect(isImageStatus(status), status).toBe(false);
  });
});
