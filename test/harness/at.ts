/**
 * An item the test expects to be there: `at(rows, 2)` is `rows[2]`, or a clear failure naming the
 * index and the length when it is missing (instead of a TypeError one step later). With
 * `noUncheckedIndexedAccess`, this is how tests read cells, rows and entries they assert on.
 */
export function at<T>(items: ArrayLike<T>, index: number): T;
export function at<T>(record: Readonly<Record<string, T>>, key: string): T;
export function at<T>(items: ArrayLike<T> | Readonly<Record<string, T>>, key: number | string): T {
  if (typeof key === "number") {
    const list = items as ArrayLike<T>;
    if (!Number.isInteger(key) || key < 0 || key >= list.length)
      throw new Error(`expected an item at index ${key}, but there are ${list.length}`);
    return list[key] as T;
  }
  if (!Object.prototype.hasOwnProperty.call(items, key))
    throw new Error(`expected an entry "${key}", but there is none`);
  return (items as Readonly<Record<string, T>>)[key] as T;
}
