// The floor of the overview (issue 10): the same data the plainest way — every server in pages of
// 1,000, the flavors and the volumes — counted and listed; `?poll` keeps the servers fresh with
// changes-since.
import { blockStorage, compute, get, keepFresh, restOfServers } from './common.js';

const servers = new Map();
const add = (list) => {
  for (const server of list) servers.set(server.id, server);
};
const region = compute.split('/')[3];

function counts(key) {
  const result = new Map();
  for (const server of servers.values()) {
    const value = key(server);
    result.set(value, (result.get(value) || 0) + 1);
  }
  return [...result].sort((a, b) => b[1] - a[1]);
}

function list(testId, entries, link) {
  document.querySelector(`[data-testid="${testId}"]`).replaceChildren(
    ...entries.map(([label, count]) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = link(label);
      a.textContent = `${label} ${count}`;
      li.append(a);
      return li;
    }),
  );
}

let flavors = new Map();
let volumes = [];
function render() {
  const flavorOf = (server) => flavors.get(server.flavor.id);
  list(
    'overview-status-list',
    counts((s) => s.status),
    (s) => `/${region}/instances?status=${s}`,
  );
  list(
    'overview-family-list',
    counts((s) => (flavorOf(s)?.name ?? '?').split('.')[0]),
    (f) => `/${region}/instances?family=${f}`,
  );
  list(
    'overview-zone-list',
    counts((s) => s['OS-EXT-AZ:availability_zone']),
    (z) => `/${region}/instances?zone=${z}`,
  );
  let vcpus = 0;
  let ram = 0;
  for (const server of servers.values()) {
    vcpus += flavorOf(server)?.vcpus ?? 0;
    ram += flavorOf(server)?.ram ?? 0;
  }
  document.getElementById('resources').textContent =
    `${vcpus} vCPUs, ${Math.round(ram / 1024)} GB RAM`;
  const size = volumes.reduce((total, volume) => total + volume.size, 0);
  document.getElementById('volumes').textContent = `${volumes.length} volumes, ${size} GB`;
}

const [first, flavorList, volumeList] = await Promise.all([
  get(`${compute}/servers/detail?limit=1000`),
  get(`${compute}/flavors/detail`),
  get(`${blockStorage}/volumes/detail`),
]);
flavors = new Map(flavorList.body.flavors.map((flavor) => [flavor.id, flavor]));
volumes = volumeList.body.volumes;
add(first.body.servers);
await restOfServers(first.body, add);
render();
if (new URLSearchParams(location.search).has('poll')) keepFresh(servers, first.date, render);
