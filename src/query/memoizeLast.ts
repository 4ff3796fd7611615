/**
 * Remembers the last call of a pure function: called again with the same
 * arguments (compared with `===`, one by one), it returns the same result
 * object without recomputing. One entry is enough for selectors: the app
 * calls them with the current state, and the same state again on re-render.
 *
 * Selectors pass the dataset plus only the primitive parts of the filters they
 * read (e.g. `kinds.join(',')`), so that a change of an unrelated filter does
 * not recompute, and an equal value rebuilt by the store still hits.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs !== undefined && sameArgs(lastArgs, args)) return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Computes a value once per object (typically the dataset) and keeps it as
 * long as the object lives: indexes by id, normalised search keys.
 */
export function memoizeByObject<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key: K): R => {
    if (cache.has(key)) return cache.get(key) as R;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
