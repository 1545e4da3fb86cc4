import type { Check } from './element-data';

// Checks for data-* JSON (HvsElement.json). Kept out of element-data.ts, which every page loads:
// only the elements that read JSON need them.

export const isStringList: Check<string[]> = (value) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined);

export const isStringRecord: Check<Record<string, string>> = (value) =>
  value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string') ? (value as Record<string, string>) : undefined;
