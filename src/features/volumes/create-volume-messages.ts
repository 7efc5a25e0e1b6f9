/** The create-volume form's problems (create-volume-form.ts) in the operator's language. */
import type { TFunction } from 'i18next';
import type { VolumeFormProblem } from './create-volume-form';

export function volumeFormMessage(t: TFunction, problem: VolumeFormProblem, type: string): string {
  switch (problem.field) {
    case 'name':
      return t('volumes.createForm.nameTooLong', { max: problem.max });
    case 'size':
      switch (problem.code) {
        case 'required':
          return t('volumes.createForm.sizeRequired');
        case 'notInteger':
          return t('volumes.createForm.sizeNotInteger');
        case 'belowSnapshot':
          return t('volumes.createForm.sizeBelowSnapshot', {
            min: problem.min,
            snapshot: problem.snapshot,
          });
        case 'outOfRange':
          return t('volumes.createForm.sizeOutOfRange', { min: problem.min, max: problem.max });
      }
      break;
    case 'zone':
      return t('volumes.createForm.zoneRequired');
    case 'snapshotId':
      return t('volumes.createForm.snapshotRequired');
    case 'type':
      return problem.code === 'unknown'
        ? t('volumes.createForm.typeUnknown', { type })
        : t('volumes.createForm.typeRequired');
    // The create-instance form's words for the same key (one vocabulary for nhn_encryption).
    case 'encryption.appKey':
      return t('createInstance.validation.appKeyRequired');
    case 'encryption.keyId':
      return t('createInstance.validation.keyIdRequired');
  }
}
