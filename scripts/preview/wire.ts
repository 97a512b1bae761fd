// What google.script.run lets cross between the browser and the server: primitives, null, plain objects and arrays of
// them. A Date, a function or anything else anywhere in an argument or a result fails the call, as it does in Apps Script.

/** Throws (with the path to the offending value) when `value` could not cross google.script.run. */
export function assertTransferable(value: unknown, path = 'value', seen: Set<object> = new Set()): void {
  if (value === null || value === undefined) return;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return;
  if (type === 'number') return;
  if (type !== 'object') throw new TypeError(`Failed due to illegal value in property: ${path} (${type})`);
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]')
    throw new TypeError(`Failed due to illegal value in property: ${path} (a Date: pass an ISO string instead)`);
  if (tag !== '[object Object]' && tag !== '[object Array]')
    throw new TypeError(`Failed due to illegal value in property: ${path} (${tag})`);
  const object = value as object;
  if (seen.has(object)) throw new TypeError(`Failed due to illegal value in property: ${path} (a circular reference)`);
  seen.add(object);
  for (const [key, item] of Object.entries(object)) assertTransferable(item, `${path}.${key}`, seen);
  seen.delete(object);
}

/** The value as the other side receives it: checked, then JSON round-tripped (undefined in arrays becomes null). */
export function overTheWire(value: unknown): string {
  assertTransferable(value);
  return JSON.stringify(value === undefined ? null : value);
}
