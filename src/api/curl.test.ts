/**
 * Copy-as-curl runs as written: bash reads it, the token request carries the operator's own
 * credentials from the environment, and the request itself sends the token it got (curl and jq
 * stand-ins record what they were asked; nothing leaves the machine).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toCurl } from './curl';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';
const request = {
  method: 'POST',
  path: `/api/compute/kr1/v2/${TENANT}/servers/s-1/action`,
  body: { 'os-stop': null, note: "it's" },
};

/** Runs `script` in bash with curl and jq replaced by recorders; returns each curl's arguments. */
function run(script: string, env: Record<string, string>): string[][] {
  const recorder = `
curl() { printf '%s\\x1f' "$@" >> "$CALLS"; printf '\\x1e' >> "$CALLS"; echo '{"access":{}}'; }
jq() { cat > /dev/null; echo tok-from-identity; }
CALLS=$(mktemp)
${script}
cat "$CALLS"; rm -f "$CALLS"`;
  const out = execFileSync('bash', ['--noprofile', '--norc', '-c', recorder], {
    env: { PATH: process.env.PATH, ...env },
  });
  return out
    .toString()
    .split('\x1e')
    .filter((call) => call !== '')
    .map((call) => call.split('\x1f').filter((arg) => arg !== ''));
}

describe('copy as curl', () => {
  it('sends the token as $NHN_TOKEN to NHN Cloud’s host, never a token of the console', () => {
    const command = toCurl(request, false, 'https://console.example');
    expect(command).toContain('-H "X-Auth-Token: $NHN_TOKEN"');
    expect(command).toContain(
      `'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/${TENANT}/servers/s-1/action'`,
    );
    expect(command).toContain(
      "'https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens'",
    );
  });

  it('gets a token with the operator’s own credentials when NHN_TOKEN is unset, then uses it', () => {
    const calls = run(toCurl(request, false, 'https://console.example'), {
      NHN_USERNAME: 'operator@example.com',
      NHN_API_PASSWORD: 'pa$$ word',
    });
    expect(calls).toHaveLength(2);
    const [identity, action] = calls as [string[], string[]];
    expect(identity).toContain(
      'https://api-identity-infrastructure.nhncloudservice.com/v2.0/tokens',
    );
    const body = JSON.parse(identity[identity.indexOf('-d') + 1] ?? '');
    expect(body).toEqual({
      auth: {
        tenantId: TENANT,
        passwordCredentials: { username: 'operator@example.com', password: 'pa$$ word' },
      },
    });
    expect(action).toContain('X-Auth-Token: tok-from-identity');
    expect(JSON.parse(action[action.indexOf('-d') + 1] ?? '')).toEqual(request.body);
  });

  it('asks Identity for nothing when NHN_TOKEN is set', () => {
    const calls = run(toCurl(request, false, 'https://console.example'), { NHN_TOKEN: 'mine' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toContain('X-Auth-Token: mine');
  });

  it('with the emulator, asks the console’s own address for both', () => {
    const command = toCurl(request, true, 'http://127.0.0.1:5173');
    expect(command).toContain("'http://127.0.0.1:5173/api/identity/v2.0/tokens'");
    expect(command).toContain(
      `'http://127.0.0.1:5173/api/compute/kr1/v2/${TENANT}/servers/s-1/action'`,
    );
  });
});
