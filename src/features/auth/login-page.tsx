import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { type Credentials, openSession } from '../../api/identity';
import { ColorSchemeToggle } from '../../components/color-scheme-toggle';
import { IconAlertCircle, IconFlask, IconInfoCircle } from '../../components/icons';
import { LanguageSwitch } from '../../components/language-switch';
import { useIsEmulator } from '../../components/use-is-emulator';
import { landingPath } from '../../session/landing-region';
import { sessionFromToken, sessionStore } from '../../session/session';
import { useSession } from '../../session/use-session';
import { DEMO_CREDENTIALS } from './backend';

const TENANT_ID = /^[0-9a-f]{32}$/i;

/** Only paths inside the console: never an absolute or protocol-relative URL. */
function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return null;
  return next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const emulator = useIsEmulator();
  const next = safeNext(params.get('next'));
  const reason = params.get('reason');

  const form = useForm<Credentials>({
    mode: 'controlled',
    initialValues: { tenantId: '', username: '', password: '' },
    validate: {
      tenantId: (value) =>
        value.trim() === ''
          ? t('auth.required')
          : TENANT_ID.test(value.trim())
            ? null
            : t('auth.tenantIdFormat'),
      username: (value) => (value.trim() === '' ? t('auth.required') : null),
      password: (value) => (value === '' ? t('auth.required') : null),
    },
  });

  const signIn = useMutation({
    mutationFn: (credentials: Credentials) =>
      openSession({
        ...credentials,
        tenantId: credentials.tenantId.trim(),
        username: credentials.username.trim(),
      }),
    onSuccess: (response, credentials) => {
      // The user menu shows the ID typed here: the token names the user only by an opaque id.
      const newSession = sessionFromToken(response, credentials.username);
      if (newSession.regions.length === 0) throw new Error(t('auth.noRegions'));
      sessionStore.save(newSession);
      // The password leaves memory with the form.
      form.reset();
      navigate(next ?? landingPath(newSession), { replace: true });
    },
  });

  useEffect(() => {
    document.title = `${t('auth.title')} · ${t('app.name')}`;
  }, [t]);

  if (session) return <Navigate to={next ?? landingPath(session)} replace />;

  const error = signIn.error;
  const errorText = !error
    ? null
    : isApiError(error) && error.status === 401
      ? t('auth.wrongCredentials')
      : isApiError(error) && error.kind !== 'http'
        ? t('errors.network')
        : error.message;

  return (
    <Box mih="100vh" bg="var(--mantine-color-body)">
      <Group justify="flex-end" p="md" gap="xs">
        <LanguageSwitch />
        <ColorSchemeToggle />
      </Group>
      <Center px="md" pb="xl">
        <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440}>
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                {t('auth.title')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('auth.subtitle')}
              </Text>
            </div>

            {reason === 'expired' && (
              <Alert color="yellow" icon={<IconInfoCircle />} role="status">
                {t('auth.expired')}
              </Alert>
            )}
            {reason === 'signedOut' && (
              <Alert color="blue" icon={<IconInfoCircle />} role="status">
                {t('auth.signedOut')}
              </Alert>
            )}

            {emulator && (
              <Alert
                color="grape"
                icon={<IconFlask />}
                title={t('auth.emulatorTitle')}
                data-testid="emulator-banner"
                role="note"
              >
                <Stack gap="xs">
                  <Text size="sm">{t('auth.emulatorText')}</Text>
                  <Text size="xs" ff="monospace">
                    {DEMO_CREDENTIALS.tenantId} · {DEMO_CREDENTIALS.username}
                  </Text>
                  <Button
                    color="grape"
                    size="xs"
                    variant="filled"
                    onClick={() => {
                      form.setValues(DEMO_CREDENTIALS);
                      signIn.mutate(DEMO_CREDENTIALS);
                    }}
                  >
                    {t('auth.useDemo')}
                  </Button>
                </Stack>
              </Alert>
            )}

            {errorText && (
              <Alert color="red" icon={<IconAlertCircle />} title={t('auth.failed')} role="alert">
                {errorText}
                {isApiError(error) &&
                  error.status === 401 &&
                  error.message &&
                  !error.fromConsole && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {t('errors.upstream', { message: error.message })}
                    </Text>
                  )}
              </Alert>
            )}

            <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
              <Stack gap="sm">
                <TextInput
                  label={t('auth.tenantId')}
                  description={t('auth.tenantIdHint')}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  {...form.getInputProps('tenantId')}
                />
                <TextInput
                  label={t('auth.username')}
                  description={t('auth.usernameHint')}
                  autoComplete="username"
                  required
                  {...form.getInputProps('username')}
                />
                <PasswordInput
                  label={t('auth.password')}
                  description={t('auth.passwordHint')}
                  autoComplete="off"
                  required
                  {...form.getInputProps('password')}
                />
                <Button type="submit" loading={signIn.isPending} mt="xs" fullWidth>
                  {signIn.isPending ? t('auth.signingIn') : t('auth.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
