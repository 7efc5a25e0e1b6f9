/**
 * Files the key pair pages hand to the operator, built in memory: the generated private key
 * (`<name>.pem`) and a public key (`<name>.pub`). Nothing is written to any storage.
 */

export const privateKeyFile = (name: string) => `${name}.pem`;
export const publicKeyFile = (name: string) => `${name}.pub`;

/** Saves `text` as a download named `filename`, from a Blob that is released right after. */
export function downloadText(filename: string, text: string, type = 'application/x-pem-file') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Nova's times (`2020-02-07T03:46:48.000000`, spec: 키페어 보기 `created_at`) are UTC without a zone;
 * an ISO string with one, for dayjs and Date.
 */
export function novaTimeToIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const match =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      value.trim(),
    );
  if (!match) return value;
  const [, date, time, fraction = '0', zone = 'Z'] = match;
  return `${date}T${time}.${fraction.padEnd(3, '0').slice(0, 3)}${zone}`;
}
