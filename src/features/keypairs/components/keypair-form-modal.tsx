/**
 * Create (the server generates the pair) or import (an OpenSSH public key) a key pair. Every input
 * is checked before anything is sent, and what NHN Cloud refuses is shown next to its field.
 *
 * A generated private key lives only in this dialog's state: it is downloaded at once, shown once,
 * and dropped when the dialog closes. The mutation is reset as soon as its result has been taken,
 * so react-query's mutation cache keeps no copy either.
 */
import { Modal } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeypairForm, type KeypairFormMode } from './keypair-form';
import { type KeypairSecret, SecretStep } from './keypair-secret-step';

export function KeypairFormModal({
  mode,
  onClose,
  existingNames,
}: {
  mode: KeypairFormMode | null;
  onClose: () => void;
  /** The names the list knows, to refuse a duplicate before asking. */
  existingNames: readonly string[] | undefined;
}) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<KeypairSecret | null>(null);
  // Keeps the content while the dialog animates out.
  const lastMode = useRef<KeypairFormMode>('create');
  if (mode) lastMode.current = mode;
  const shown = mode ?? lastMode.current;

  const close = () => {
    setSecret(null);
    onClose();
  };

  return (
    <Modal
      opened={mode !== null}
      onClose={close}
      size="lg"
      title={
        secret
          ? t('keypairs.secret.title')
          : shown === 'create'
            ? t('keypairs.form.createTitle')
            : t('keypairs.form.importTitle')
      }
      // A click beside the dialog must not throw away a private key that is shown once.
      closeOnClickOutside={!secret}
      closeOnEscape={!secret}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="keypair-modal"
    >
      {secret ? (
        <SecretStep secret={secret} onDone={close} />
      ) : mode ? (
        <KeypairForm
          key={mode}
          mode={mode}
          existingNames={existingNames}
          onCreated={setSecret}
          onImported={close}
          onCancel={close}
        />
      ) : null}
    </Modal>
  );
}
