// A bounded memory of worked-out answers: inputs repeat within a sheet (hosts, dates, names, messages), and forgetting
// everything once `atMost` are held keeps a long run from growing without end.

/** Keeps `value` as the answer for `key` and returns it; first empties `memory` when it already holds `atMost`. */
export function remember<K, V>(memory: Map<K, V>, atMost: number, key: K, value: V): V {
  if (memory.size >= atMost) memory.clear();
  memory.set(key, value);
  return value;
}
