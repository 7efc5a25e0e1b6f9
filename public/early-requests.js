// The first page of servers, asked for before the console's code arrives (issue 10: navigation →
// first rows, overview: time to content). The page's HTML loads this small file first; the request
// then travels while the browser downloads and runs the console's scripts, which take it over
// (src/api/early-requests.ts) instead of asking again. It asks exactly what the route's loader
// would (src/app/route-data.ts), which src/api/early-requests.test.ts checks: the instances list
// its first screen (limit=50), the overview the largest page (limit=1000). Anything else, or no
// session: nothing.
//
// Plain script (no module, no bundling), so it runs as soon as it arrives. It reads the session
// the console keeps in sessionStorage (src/features/auth/session.ts); once the token lives in an
// HttpOnly cookie (issue 12), it sends the cookie instead and reads only the tenant.
(() => {
  // The console's code came first and asks for itself (src/api/early-requests.ts).
  if (window.__nhnEarlyRequests) return;
  try {
    const route = /^\/([a-z]{2}\d+)(\/instances)?\/?$/.exec(location.pathname);
    if (!route) return;
    const session = JSON.parse(sessionStorage.getItem('nhn-console.session') || 'null');
    if (!session || typeof session.token !== 'string' || !(session.expiresAt > Date.now())) return;
    const limit = route[2] ? 50 : 1000;
    const url = `/api/compute/${route[1]}/v2/${session.tenantId}/servers/detail?limit=${limit}`;
    const response = fetch(url, {
      headers: { Accept: 'application/json', 'X-Auth-Token': session.token },
    });
    // Whoever takes it over sees a failure; left alone it is no unhandled rejection.
    response.catch(() => undefined);
    window.__nhnEarlyRequests = { [url]: { token: session.token, at: Date.now(), response } };
  } catch {
    // No storage, a session that does not parse: the console asks for itself.
  }
})();
