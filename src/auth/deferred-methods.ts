type AsyncMethods<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * An object with the methods of the one `load` resolves to, for code a page should download only
 * when it is first used: each call waits for `load` (once; again after a failure, such as a
 * download while offline) and returns the method's promise. The methods must be asynchronous
 * already, so callers see no difference. Not a thenable: `await` on it gives it back as it is.
 */
export function deferredMethods<T extends AsyncMethods<T>>(load: () => Promise<T>): T {
  let loading: Promise<T> | undefined;
  const target = () => {
    loading ??= load();
    loading.catch(() => (loading = undefined));
    return loading;
  };
  return new Proxy({} as T, {
    get: (_, name) =>
      typeof name === 'string' && name !== 'then'
        ? (...args: never[]) => target().then((loaded) => (loaded[name as keyof T] as (...a: never[]) => Promise<unknown>)(...args))
        : undefined,
  });
}
