/** Ports of the console and the emulator during browser tests (apart from a developer's own). */
export const CONSOLE_PORT = Number(process.env.E2E_CONSOLE_PORT || 5317);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT || 18774);
export const CONSOLE_URL = `http://127.0.0.1:${CONSOLE_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
