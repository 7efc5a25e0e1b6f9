import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A stable UUID derived from its parts, so the seed has the same ids after every reset. */
export function stableUuid(...parts: (string | number)[]): string {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16) + hex.slice(18, 20),
    hex.slice(20, 32),
  ].join('-');
}

export function newUuid(): string {
  return randomUUID();
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function stableHex(length: number, ...parts: (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, length);
}

/** An OpenStack-style MAC address (fa:16:3e:…). */
export function macFrom(...parts: (string | number)[]): string {
  const hex = stableHex(6, 'mac', ...parts);
  return `fa:16:3e:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}
