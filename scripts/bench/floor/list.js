// The floor of the instances list (issue 10): a plain page that makes the console's request
// (`?api=`, else the first page of 50) and renders the rows into a <table>. `?all` loads every
// server in pages of 1,000 and filters them in memory as the name is typed, showing 50 rows;
// `?poll` keeps them fresh with changes-since.
import { compute, get, keepFresh, restOfServers } from './common.js';

const params = new URLSearchParams(location.search);
const asked = params.get('api');
const api = asked?.startsWith(`${compute}/servers/detail`)
  ? asked
  : `${compute}/servers/detail?limit=50`;
const all = params.has('all');
const shown = all ? 50 : Number.POSITIVE_INFINITY;

const servers = new Map();
const add = (list) => {
  for (const server of list) servers.set(server.id, server);
};
const tbody = document.querySelector('tbody');
const filter = document.getElementById('filter');
const region = compute.split('/')[3];

function row(server) {
  const tr = document.createElement('tr');
  const name = document.createElement('td');
  const link = document.createElement('a');
  link.href = `/${region}/instances/${server.id}`;
  link.textContent = server.name;
  name.append(link);
  tr.append(name);
  for (const value of [server.status, server['OS-EXT-AZ:availability_zone'], server.created]) {
    const td = document.createElement('td');
    td.textContent = value;
    tr.append(td);
  }
  return tr;
}

function render() {
  const needle = filter.value.trim().toLowerCase();
  const rows = [];
  for (const server of servers.values()) {
    if (rows.length >= shown) break;
    if (!needle || server.name.toLowerCase().includes(needle)) rows.push(row(server));
  }
  tbody.replaceChildren(...rows);
}
filter.addEventListener('input', render);

const first = await get(api);
add(first.body.servers);
render();
if (all) {
  await restOfServers(first.body, add);
  render();
}
if (params.has('poll')) keepFresh(servers, first.date, render);
