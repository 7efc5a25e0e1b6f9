/** Wire types of the Identity (Keystone v2.0) token API (neighbour-apis.md). */

export interface TokenRequest {
  auth: {
    tenantId?: string;
    tenantName?: string;
    passwordCredentials: { username: string; password: string };
  };
}

export interface CatalogEndpoint {
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
      tenant: { id: string; name: string; enabled: boolean; description?: string | null };
      audit_ids?: string[];
    };
    serviceCatalog: CatalogEntry[];
    user: { id: string; name: string; username?: string; roles: { name: string }[] };
    metadata?: unknown;
  };
}
