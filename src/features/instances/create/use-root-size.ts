/**
 * The boot volume's size follows the chosen source's minimum (the image's, the snapshot's) until
 * the operator sizes it; a snapshot's size is a floor it never stays below.
 */
import type { UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import type { Snapshot, Volume } from '../../../domain/block-storage-types';
import type { Image } from '../../../domain/image-types';
import { imageFacts, volumeImageFacts } from './boot-source';
import { type CreateInstanceFormValues, DEFAULT_ROOT_GB, minimumRootGb } from './create-form';

export function useRootSize(
  form: UseFormReturnType<CreateInstanceFormValues>,
  /** The form came back from a kept draft: its size was the operator's. */
  kept: boolean,
  volumes: readonly Volume[] | undefined,
) {
  const sizeEdited = useRef(false);
  if (kept) sizeEdited.current = true;

  const followMinimum = (minimum: number, hardMinimum = 0) => {
    const current = Number(form.values.rootVolume.sizeGb);
    if (!sizeEdited.current || !(current >= hardMinimum)) {
      form.setFieldValue('rootVolume.sizeGb', Math.max(DEFAULT_ROOT_GB, minimum));
    }
  };

  return {
    imageChosen: (image: Image | undefined) => {
      if (image) followMinimum(minimumRootGb(imageFacts(image)));
    },
    snapshotChosen: (snapshot: Snapshot | undefined) => {
      if (!snapshot) return;
      const volume = volumes?.find((candidate) => candidate.id === snapshot.volume_id);
      const minimum = minimumRootGb(volumeImageFacts(volume), snapshot.size);
      followMinimum(minimum, minimum);
    },
    /** The operator sized it: from now on it is theirs. */
    sized: (next: number | string) => {
      sizeEdited.current = true;
      form.setFieldValue('rootVolume.sizeGb', next);
    },
  };
}
