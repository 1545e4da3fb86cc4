/**
 * One value kept in this browser's localStorage, read through `parse` (which
 * keeps only valid data and answers its own "nothing saved" for null). The
 * browser may refuse storage (private mode, full, switched off): loading then
 * reads as nothing saved, saving answers false, clearing does nothing.
 */
export function storedValue<T, S = T>(key: string, parse: (raw: string | null) => T) {
  return {
    load(): T {
      let raw: string | null = null;
      try {
        raw = localStorage.getItem(key);
      } catch {
        // Refused: as if nothing were saved.
      }
      return parse(raw);
    },
    save(value: S): boolean {
      try {
        localStorage.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    clear(): void {
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
  };
}
