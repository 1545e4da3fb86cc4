import { fill } from '../lib/text/fill.ts';
import { vi, type StringKey } from './vi.ts';

/** Looks up a UI string and fills its {placeholders}. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return fill(vi[key], params);
}
