import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../url.ts';

/*
 * Editors write site links as they read them on the portal's root
 * ("/khoa-hoc/an-toan-tren-mang/", the editors' guide says so), in Markdown
 * links, pictures and raw HTML tags alike. This HAST plugin puts the
 * deployment base in front of them once, for every Markdown and MDX body, so
 * nobody has to remember a component.
 */

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'action', 'formAction', 'formaction', 'cite']);
/** Attributes that hold a srcset list (hast says srcSet, JSX srcSet or srcset). */
const SRCSET_ATTRIBUTES = new Set(['srcSet', 'srcset']);

function prefix(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The URL under the base when it is root-relative ("/tro-nang/"); anything
 * else (relative, "//host", "https:", "#top", "mailto:") and a path already
 * under the base are returned unchanged.
 */
export function rebaseUrl(url: string, base: string): string {
  const under = prefix(base);
  if (under === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url.startsWith(under) || url === under.slice(0, -1)) return url;
  return withBase(url, under);
}

/** Each candidate of a srcset ("/a.png 1x, /b.png 2x") through {@link rebaseUrl}. */
export function rebaseSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + rebaseUrl(url, base)))
    .join(',');
}

function rebased(name: string, value: string, base: string): string | undefined {
  const next = URL_ATTRIBUTES.has(name) ? rebaseUrl(value, base) : SRCSET_ATTRIBUTES.has(name) ? rebaseSrcset(value, base) : value;
  return next === value ? undefined : next;
}

/**
 * The plugin. Only HTML elements are rewritten: an MDX JSX tag whose name
 * starts with a capital is a component (Figure, Video, Step), whose `src` or
 * `image` names a file under content/media/, not a URL.
 */
export function baseLinks(base: string): HastPluginDefinition {
  const jsx = {
    filter: [],
    visit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
      if (!node.name || !/^[a-z]/.test(node.name)) return;
      for (const attribute of node.attributes) {
        // {expressions} are left alone: the content rules keep them out of bodies.
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        const next = rebased(attribute.name, attribute.value, base);
        if (next !== undefined) ctx.setProperty(node, attribute.name, next);
      }
    },
  };
  return {
    name: 'hvs:base-links',
    element: {
      filter: [],
      visit(node, ctx) {
        for (const [name, value] of Object.entries(node.properties)) {
          if (typeof value !== 'string') continue;
          const next = rebased(name, value, base);
          if (next !== undefined) ctx.setProperty(node, name, next);
        }
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
}
