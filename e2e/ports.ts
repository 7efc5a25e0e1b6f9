/**
 * Ports of the consoles and emulators during browser tests. Each Playwright worker gets its own
 * console and emulator (an emulator is reset before each test, so workers cannot share one):
 * worker i uses the base ports plus 100 × i.
 */
export const E2E_WORKERS = Number(process.env.E2E_WORKERS || (process.env.CI ? 2 : 1));
const BASE_CONSOLE_PORT = Number(process.env.E2E_CONSOLE_PORT || 5317);
const BASE_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT || 18774);

export const consolePort = (worker: number) => BASE_CONSOLE_PORT + 100 * worker;
export const emulatorPort = (worker: number) => BASE_EMULATOR_PORT + 100 * worker;
export const consoleUrl = (worker: number) => `http://127.0.0.1:${consolePort(worker)}`;
export const emulatorUrl = (worker: number) => `http://127.0.0.1:${emulatorPort(worker)}`;
