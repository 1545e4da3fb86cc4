import type { z } from 'astro/zod';

/*
 * Turns a content schema into the field list of a git-based content manager
 * (Sveltia CMS, Decap-compatible), so the manager's forms cannot drift from
 * the rules the build applies: the structure, required fields and allowed
 * values all come from the schema; only the Vietnamese labels are written by hand.
 */

export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'datetime' | 'list' | 'object' | 'image' | 'hidden';
  required?: boolean;
  default?: unknown;
  hint?: string;
  options?: string[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  format?: string;
  time_format?: boolean;
  /** A regular expression the value must match, and the message when it does not. */
  pattern?: [string, string];
  /** Pictures come from the repository only, never from a web address. */
  choose_url?: boolean;
  media_folder?: string;
  public_folder?: string;
  /** How many items a list needs, and allows. */
  min?: number;
  max?: number;
  field?: CmsField;
  fields?: CmsField[];
}

/** A label (and optional hint) per field path, "cover.alt" or "quiz.question". */
export type Labels = Record<
  string,
  string | { label: string; hint?: string; long?: boolean; picture?: boolean; initial?: boolean; /** Vietnam wall-clock "YYYY-MM-DD HH:mm" text. */ when?: boolean }
>;

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; error?: (issue: object) => unknown } } }[];
}

const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of a schema's fields without a label: what the drift test reports. */
export function missingLabels(schema: z.ZodType, labels: Labels, prefix = ''): string[] {
  const { type, shape } = unwrap(schema).def;
  if (type !== 'object' || !shape) return [];
  return Object.entries(shape).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const inner = unwrap(child).def;
    const nested = inner.type === 'array' && inner.element ? inner.element : child;
    return [...(labels[path] ? [] : [path]), ...missingLabels(nested, labels, path)];
  });
}

function unwrap(schema: z.ZodType): { def: Def; required: boolean; fallback?: unknown } {
  let current = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const d = def(current);
    if (d.type === 'optional' && d.innerType) {
      required = false;
      current = d.innerType;
    } else if (d.type === 'default' && d.innerType) {
      required = false;
      fallback = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      current = d.innerType;
    } else if (d.type === 'pipe' && d.in) {
      // A preprocessed field (isoDate) is edited as what it becomes.
      current = def(d.in).type === 'transform' && d.out ? d.out : d.in;
    } else {
      return { def: d, required, ...(fallback === undefined ? {} : { fallback }) };
    }
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function toField(name: string, schema: z.ZodType, labels: Labels, path: string): CmsField {
  const { def: d, required, fallback } = unwrap(schema);
  const entry = labels[path];
  const label = typeof entry === 'string' ? entry : (entry?.label ?? name);
  const base: CmsField = { name, label, widget: 'string', ...(required ? {} : { required: false }), ...(fallback === undefined ? {} : { default: fallback }) };
  if (typeof entry === 'object' && entry.hint) base.hint = entry.hint;
  // A switch the schema leaves unset starts as the form's "off" unless told otherwise.
  if (typeof entry === 'object' && entry.initial !== undefined && fallback === undefined) base.default = entry.initial;
  switch (d.type) {
    case 'string': {
      const options: Partial<Exclude<Labels[string], string>> = typeof entry === 'object' ? entry : {};
      // A day and time is picked, and written as the schema's text.
      if (options.when) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD HH:mm' };
      // A path to a picture under content/media/ is chosen or uploaded, not typed.
      if (options.picture) return { ...base, widget: 'image', choose_url: false };
      // The schema's own pattern and message, so the form refuses what the build would.
      const regex = d.checks?.map((check) => check._zod.def).find((check) => check.format === 'regex' && check.pattern);
      const message = regex?.error?.({});
      return {
        ...base,
        widget: options.long ? 'text' : 'string',
        ...(regex?.pattern ? { pattern: [regex.pattern.source, typeof message === 'string' ? capitalise(message) : `Chưa đúng dạng: ${label}`] } : {}),
      };
    }
    case 'number':
      return { ...base, widget: 'number', value_type: d.checks?.some((check) => check._zod.def.format === 'safeint') ? 'int' : 'float' };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(d.entries ?? {}) };
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false };
    case 'custom':
      // Astro's image(): a picture file.
      return { ...base, widget: 'image', choose_url: false };
    case 'object':
      return { ...base, widget: 'object', fields: fieldsOf(schema, labels, path) };
    case 'array': {
      const element = d.element as z.ZodType;
      const inner = unwrap(element).def;
      const limits = d.checks?.map((check) => check._zod.def) ?? [];
      const min = limits.find((check) => check.check === 'min_length')?.minimum;
      const max = limits.find((check) => check.check === 'max_length')?.maximum;
      const counted = { ...base, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
      if (inner.type === 'object') return { ...counted, widget: 'list', fields: fieldsOf(element, labels, path) };
      if (inner.type === 'enum') return { ...counted, widget: 'select', multiple: true, options: Object.values(inner.entries ?? {}) };
      return { ...counted, widget: 'list', field: { ...toField(name, element, labels, path), label } };
    }
    default:
      // A union (a year or "hằng năm") and anything else is typed as text.
      return base;
  }
}

/** The manager's fields for an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodType, labels: Labels, prefix = ''): CmsField[] {
  const { def: d } = unwrap(schema);
  if (d.type !== 'object' || !d.shape) throw new Error(`not an object schema at "${prefix}"`);
  return Object.entries(d.shape).map(([name, child]) => toField(name, child, labels, prefix ? `${prefix}.${name}` : name));
}
