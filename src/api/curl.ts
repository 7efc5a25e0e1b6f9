/**
 * Copy-as-curl: the exact request an action sends, as a shell command an operator can run outside
 * the console. The token is `$NHN_TOKEN`, never the console's (its server keeps that in an
 * HttpOnly cookie, issue 12); when it is unset, the command first asks Identity for one with the
 * operator's own credentials, the password left as a variable (neighbour-apis.md, "Identity: issue a
 * token"; jq reads the token from the answer).
 */
import { externalUrl, IDENTITY_BASE } from './endpoints';

export interface PreviewRequest {
  method: string;
  /** The console's path (`/api/compute/kr1/v2/{tenantId}/…`). */
  path: string;
  body?: unknown;
}

/** A shell-safe single-quoted string. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The tenant a service path names (`…/v2/{tenantId}/…`), if it names one. */
function tenantOf(path: string): string | null {
  return /\/v2(?:\.0)?\/([0-9a-f]{32})(?:\/|$)/i.exec(path)?.[1] ?? null;
}

/**
 * `NHN_TOKEN` from Identity, only when it is not set already. The JSON is single-quoted with the
 * two variables spliced in double quotes, so the shell expands them and nothing else.
 */
function tokenCommand(identityUrl: string, tenantId: string): string {
  const body =
    `{"auth":{"tenantId":"${tenantId}","passwordCredentials":` +
    `{"username":"'"$NHN_USERNAME"'","password":"'"$NHN_API_PASSWORD"'"}}}`;
  return [
    `: "\${NHN_TOKEN:=$(curl -s -X POST ${shellQuote(`${identityUrl}/tokens`)}`,
    `  -H 'Content-Type: application/json'`,
    `  -d '${body}'`,
    `  | jq -r .access.token.id)}"`,
  ].join(' \\\n');
}

/** The request as curl, preceded by how to get its token. */
export function toCurl(request: PreviewRequest, emulator: boolean, origin: string): string {
  const url = externalUrl(request.path, emulator, origin);
  const lines = [`curl -X ${request.method} ${shellQuote(url)}`, `  -H "X-Auth-Token: $NHN_TOKEN"`];
  if (request.body !== undefined) {
    lines.push(
      `  -H 'Content-Type: application/json'`,
      `  -d ${shellQuote(JSON.stringify(request.body))}`,
    );
  }
  const command = lines.join(' \\\n');
  const tenantId = tenantOf(request.path);
  if (!tenantId) return command;
  const identityUrl = externalUrl(IDENTITY_BASE, emulator, origin);
  return `${tokenCommand(identityUrl, tenantId)}\n${command}`;
}
