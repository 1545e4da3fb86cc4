import { vi, type StringKey } from './vi.ts';

/** Looks up a UI string and fills its {placeholders}. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
