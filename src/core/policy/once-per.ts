// A policy's term lists are compiled into matchers once, not for every draft: the worker and the CLI
// review many drafts against the same policy object. Keyed weakly, so that the matchers of a policy
// that has been replaced go with it.

/** `compile`, run once per object (a term list, a crisis) and remembered while that object lives. */
export function oncePer<K extends object, V>(compile: (key: K) => V): (key: K) => V {
  const compiled = new WeakMap<K, V>();
  return (key) => {
    let value = compiled.get(key);
    if (value === undefined) {
      value = compile(key);
      compiled.set(key, value);
    }
    return value;
  };
}
