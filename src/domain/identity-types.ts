/** Wire types of the Identity (Keystone v2.0) token API (neighbour-apis.md). */

export interface TokenRequest {
  auth: {
    tenantId?: string;
    tenantName?: string;
    passwordCredentials: { username: string; password: string };
  };
}

/** What signing in takes: the tenant ID, the NHN Cloud ID and the API password. */
export interface PasswordCredentials {
  tenantId: string;
  username: string;
  password: string;
}

/** The token request for a tenant's password credentials (neighbour-apis.md, "Identity: issue a token"). */
export function passwordTokenRequest({
  tenantId,
  username,
  password,
}: PasswordCredentials): TokenRequest {
  return { auth: { tenantId, passwordCredentials: { username, password } } };
}

interface CatalogEndpoint {
  region: string;
  publicURL: string;
  internalURL?: string;
  adminURL?: string;
  id?: string;
}

export interface CatalogEntry {
  type: string;
  name: string;
  endpoints: CatalogEndpoint[];
  endpoints_links?: unknown[];
}

export interface TokenResponse {
  access: {
    token: {
      id: string;
      expires: string;
      issued_at: string;
      tenant: {
        id: string;
        name: string;
        enabled: boolean;
        description?: string | null;
        groupId?: string;
        project_domain?: string;
      };
      audit_ids?: string[];
    };
    serviceCatalog: CatalogEntry[];
    /** `name` and `username` are an opaque id on the real service, not the e-mail signed in with. */
    user: {
      id: string;
      name: string;
      username?: string;
      roles: { name: string }[];
      roles_links?: unknown[];
    };
    metadata?: unknown;
  };
}
