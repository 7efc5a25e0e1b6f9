/** The right answers the list's rows are held to, from every server the API lists. Pure. */

/** Alphabetical by name, as the console's name column sorts (lower case, then localeCompare). */
export function firstByName(names: readonly string[]): string | null {
  let first: string | null = null;
  for (const name of names) {
    if (first === null || name.toLowerCase().localeCompare(first.toLowerCase()) < 0) first = name;
  }
  return first;
}

/**
 * A name to type into the name filter: one that no other name contains (so the filter's result
 * is exactly that one row, whether the filter matches a substring or the API's regular
 * expression), made of letters, digits and dashes only, from the middle of the list.
 */
export function uniqueFilterTarget(names: readonly string[]): string | null {
  const lower = names.map((name) => name.toLowerCase());
  const candidates = names
    .filter((name) => /^[a-z0-9-]{6,}$/i.test(name))
    .sort((a, b) => a.localeCompare(b));
  const middle = Math.floor(candidates.length / 2);
  for (let offset = 0; offset < candidates.length; offset++) {
    const index = middle + (offset % 2 === 0 ? offset / 2 : -(offset + 1) / 2);
    const name = candidates[index];
    if (name === undefined) continue;
    const needle = name.toLowerCase();
    if (lower.filter((other) => other.includes(needle)).length === 1) return name;
  }
  return null;
}
