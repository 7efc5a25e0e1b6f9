// A route's first requests, sent before the console's code arrives (issue 10: navigation → first
// rows, overview: time to content). The page's HTML loads this small file first; the requests
// then travel while the browser downloads and runs the console's scripts, which take them over
// (src/api/early-requests.ts) instead of asking again. They are exactly what the route's loader
// asks (src/app/route-data.ts), which src/app/early-requests-script.test.ts checks: the instances
// list its first screen of servers (limit=50), the flavors and the images; the overview the
// largest page of servers (limit=1000) and the flavors. Anything else, or no session: nothing.
//
// Plain script (no module, no bundling), so it runs as soon as it arrives. It reads the tenant and
// expiry the console keeps in sessionStorage (src/session/session.ts); the token itself
// travels in the HttpOnly session cookie, which the browser adds (issue 12).
(() => {
  // The console's code came first and asks for itself (src/api/early-requests.ts).
  if (window.__nhnEarlyRequests) return;
  try {
    const route = /^\/([a-z]{2}\d+)(\/instances)?\/?$/.exec(location.pathname);
    if (!route) return;
    const session = JSON.parse(sessionStorage.getItem('nhn-console.session') || 'null');
    if (!session || typeof session.tenantId !== 'string' || !(session.expiresAt > Date.now())) {
      return;
    }
    const compute = `/api/compute/${route[1]}/v2/${session.tenantId}`;
    const urls = route[2]
      ? [
          `${compute}/servers/detail?limit=50`,
          `${compute}/flavors/detail`,
          `/api/image/${route[1]}/v2/images?limit=1000&sort_key=name&sort_dir=asc`,
        ]
      : [`${compute}/servers/detail?limit=1000`, `${compute}/flavors/detail`];
    const requests = {};
    for (const url of urls) {
      const response = fetch(url, {
        headers: { Accept: 'application/json', 'X-Requested-With': 'nhn-console' },
      });
      // Whoever takes it over sees a failure; left alone it is no unhandled rejection.
      response.catch(() => undefined);
      requests[url] = { at: Date.now(), response };
    }
    window.__nhnEarlyRequests = requests;
  } catch {
    // No storage, a session that does not parse: the console asks for itself.
  }
})();
