/**
 * Names that come from requests (sort keys, token ids, JSON body keys) used as keys of objects
 * (issue 12). A plain object answers `__proto__`, `constructor`, `toString`, `hasOwnProperty`, …
 * from Object.prototype, so `table[name]` with such a name finds a function or the prototype
 * itself, and `object[name] = value` with `__proto__` replaces a prototype instead of storing a
 * value. Lookups here see own properties only, so those names are ordinary unknown names.
 */

/** `record[key]` if `record` has that key itself, else undefined (never an inherited member). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Where a parsed JSON body has a key `__proto__` (JSON.parse makes it an own property), as a
 * field path such as `server.metadata.__proto__`; null when it has none.
 *
 * The emulator refuses such bodies with a 400 instead of storing the key: zod drops `__proto__`
 * from the records it parses (it would replace the prototype of the object it builds), so the
 * key would otherwise vanish without a word, and any later `Object.assign` or `obj[key] = …`
 * of it would be a prototype change rather than a stored value. The walk keeps its own stack:
 * a body of deeply nested arrays (up to the 1 MB body limit) cannot overflow the call stack.
 */
export function protoKeyPath(json: unknown): string | null {
  interface Step {
    value: unknown;
    key: string;
    parent: Step | null;
  }
  const pathOf = (step: Step): string => {
    const keys: string[] = [];
    for (let at: Step | null = step; at?.parent; at = at.parent) keys.push(at.key);
    return keys.reverse().join('.');
  };
  const stack: Step[] = [{ value: json, key: '', parent: null }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    const { value } = step;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        stack.push({ value: value[i], key: String(i), parent: step });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child: Step = {
        value: (value as Record<string, unknown>)[key],
        key,
        parent: step,
      };
      if (key === '__proto__') return pathOf(child);
      stack.push(child);
    }
  }
  return null;
}
