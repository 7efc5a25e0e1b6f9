/**
 * `npm start`: the Vite dev server, with the NHN Cloud emulator alongside unless NHN_BACKEND=nhn.
 * Arguments after `--` go to Vite (`npm start -- --port 3000`). Stopping this process stops both.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { configFromEnv } from './emulator/config';
import { describeEmulator, startEmulator } from './emulator/main';
import { backendFromEnv } from './proxy/upstreams';

const backend = backendFromEnv();
let stopEmulator = async () => {};

if (backend === 'emulator') {
  const { server, url } = startEmulator(configFromEnv());
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error) =>
      reject(new Error(`the emulator could not start: ${error.message}`)),
    );
  }).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
  console.log(describeEmulator(url));
  stopEmulator = () => new Promise((resolve) => server.close(() => resolve()));
} else {
  console.log('NHN_BACKEND=nhn: the proxy forwards to the real NHN Cloud hosts.');
}

const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const vite = spawn(process.execPath, [viteBin, ...process.argv.slice(2)], { stdio: 'inherit' });

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  vite.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

vite.on('exit', async (code, signal) => {
  await stopEmulator();
  process.exit(code ?? (signal ? 0 : 1));
});
