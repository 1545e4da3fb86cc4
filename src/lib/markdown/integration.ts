import type { AstroIntegration } from 'astro';
import type { HastPluginEntry } from 'satteri';
import { baseLinks } from './base-links.ts';
import { linkItems } from './link-items.ts';

interface SatteriOptions {
  hastPlugins: HastPluginEntry[];
}

/**
 * Adds the base-links plugin to the Markdown processor (Sätteri, Astro's
 * default), which MDX bodies go through too: lessons, news, events, course
 * pages and the booklets that print lesson bodies. An integration rather than a
 * `markdown.processor` entry, so other plugins can be configured beside it.
 */
export default function markdownBaseLinks(base: string): AstroIntegration {
  return {
    name: 'hvs:markdown-base-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (processor.name !== 'satteri') {
          throw new Error(`hvs:markdown-base-links needs the satteri Markdown processor, not ${processor.name}.`);
        }
        const options = processor.options as SatteriOptions;
        // Raw HTML stays off: the content check refuses it in every body (lib/content/body.ts).
        options.hastPlugins.push(baseLinks(base), linkItems());
      },
    },
  };
}
