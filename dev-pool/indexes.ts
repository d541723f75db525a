/**
 * Secondary indexes over the store's collections (users by folded name and sign-in
 * attributes, sign-ins by refresh token, codes by user, ...), so a lookup costs what it
 * finds, not the size of the pool. The store tells an index which record a write touched;
 * the index re-reads those records at its next lookup. That keeps it right however the
 * record changed (any field, any depth, deleted) without the operations knowing it exists.
 */
export class Index<T> {
  private readonly entries = new Map<string, Set<string>>();
  /** The index keys each record is filed under, to unfile it when it changes. */
  private readonly filed = new Map<string, string[]>();
  private readonly stale = new Set<string>();

  constructor(
    /** The collection as operations see it (tracked), so what a lookup returns stays tracked. */
    private readonly records: Record<string, T>,
    private readonly keysOf: (record: T) => string[],
  ) {
    for (const key of Object.keys(records)) this.stale.add(key);
  }

  /** A write touched this record (or created or deleted it). */
  touched(key: string): void {
    this.stale.add(key);
  }

  /** The records filed under `indexKey`, oldest filing first. */
  find(indexKey: string): T[] {
    this.refresh();
    const keys = this.entries.get(indexKey);
    if (!keys) return [];
    const found: T[] = [];
    for (const key of keys) {
      const record = Object.hasOwn(this.records, key) ? this.records[key] : undefined;
      if (record !== undefined) found.push(record);
    }
    return found;
  }

  private refresh(): void {
    if (this.stale.size === 0) return;
    for (const key of this.stale) {
      for (const indexKey of this.filed.get(key) ?? []) {
        const keys = this.entries.get(indexKey);
        keys?.delete(key);
        if (keys?.size === 0) this.entries.delete(indexKey);
      }
      const record = Object.hasOwn(this.records, key) ? this.records[key] : undefined;
      if (record === undefined) {
        this.filed.delete(key);
        continue;
      }
      const indexKeys = [...new Set(this.keysOf(record))];
      this.filed.set(key, indexKeys);
      for (const indexKey of indexKeys) {
        let keys = this.entries.get(indexKey);
        if (!keys) this.entries.set(indexKey, (keys = new Set()));
        keys.add(key);
      }
    }
    this.stale.clear();
  }
}

/** A store's indexes by name, each over one collection, told of every write to it. */
export class Indexes<State extends object> {
  private readonly byName = new Map<string, { collection: string; index: Index<unknown> }>();

  constructor(private readonly state: State) {}

  /** The named index, made on first use (its first lookup files every record once). */
  get<K extends keyof State & string>(
    name: string,
    collection: K,
    keysOf: (record: State[K][keyof State[K]]) => string[],
  ): Index<State[K][keyof State[K]]> {
    let entry = this.byName.get(name);
    if (!entry) {
      const records = this.state[collection] as Record<string, State[K][keyof State[K]]>;
      entry = { collection, index: new Index(records, keysOf) as Index<unknown> };
      this.byName.set(name, entry);
    }
    return entry.index as Index<State[K][keyof State[K]]>;
  }

  touched(collection: string, key: string): void {
    for (const entry of this.byName.values()) if (entry.collection === collection) entry.index.touched(key);
  }
}
