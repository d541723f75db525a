/**
 * Write tracking for the store's journal: the state handed to operations is a proxy that
 * records which record (user, code, sign-in, identity) a write touched, however deep, so a
 * request's cost on disk is the records it changed, not the size of the pool. Reads record
 * nothing; the same object always comes back as the same proxy, so identity comparisons hold.
 */
type Dirty = (collection: string, key: string) => void;

const targets = new WeakMap<object, object>();

export const unwrap = <T>(value: T): T =>
  value !== null && typeof value === 'object' ? ((targets.get(value) as T | undefined) ?? value) : value;

/** A record (and everything inside it): any write marks `collection/key` dirty. */
function trackRecord<T extends object>(value: T, mark: () => void, cache: WeakMap<object, object>): T {
  const cached = cache.get(value);
  if (cached) return cached as T;
  const proxy = new Proxy(value, {
    get(target, property, receiver) {
      const inner = Reflect.get(target, property, receiver) as unknown;
      return inner !== null && typeof inner === 'object' ? trackRecord(inner, mark, cache) : inner;
    },
    set(target, property, inner) {
      mark();
      return Reflect.set(target, property, unwrap(inner));
    },
    deleteProperty(target, property) {
      mark();
      return Reflect.deleteProperty(target, property);
    },
    defineProperty(target, property, descriptor) {
      mark();
      return Reflect.defineProperty(target, property, { ...descriptor, value: unwrap(descriptor.value) });
    },
  });
  cache.set(value, proxy);
  targets.set(proxy, value);
  return proxy;
}

/** A keyed collection: records are tracked by key; adding or deleting one marks that key. */
export function trackCollection<T extends object>(collection: string, dict: Record<string, T>, dirty: Dirty): Record<string, T> {
  const cache = new WeakMap<object, object>();
  return new Proxy(dict, {
    get(target, property) {
      const record = Reflect.get(target, property) as T | undefined;
      if (typeof property !== 'string' || record === undefined || record === null || typeof record !== 'object') return record;
      return trackRecord(record, () => dirty(collection, property), cache);
    },
    set(target, property, record) {
      if (typeof property === 'string') dirty(collection, property);
      return Reflect.defineProperty(target, property, { value: unwrap(record), writable: true, enumerable: true, configurable: true });
    },
    defineProperty(target, property, descriptor) {
      if (typeof property === 'string') dirty(collection, property);
      return Reflect.defineProperty(target, property, { ...descriptor, value: unwrap(descriptor.value) });
    },
    deleteProperty(target, property) {
      if (typeof property === 'string') dirty(collection, property);
      return Reflect.deleteProperty(target, property);
    },
  });
}

/** An append-mostly list (the inbox): `appended` on a push, `rewritten` on anything else. */
export function trackList<T extends object>(list: T[], appended: () => void, rewritten: () => void): T[] {
  return new Proxy(list, {
    set(target, property, value) {
      const index = typeof property === 'string' ? Number(property) : NaN;
      if (property === 'length') {
        if ((value as number) < target.length) rewritten();
      } else if (Number.isInteger(index) && index >= target.length) {
        appended();
      } else {
        rewritten();
      }
      return Reflect.set(target, property, unwrap(value));
    },
    deleteProperty(target, property) {
      rewritten();
      return Reflect.deleteProperty(target, property);
    },
  });
}
