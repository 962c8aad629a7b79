/**
 * localStorage that never throws: storage can be disabled, full, or blocked
 * in private windows, and reading must go on regardless.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the reader simply is not remembered.
  }
}
