import { getEntry, render } from 'astro:content';
import { kind, type KindName } from './registry.ts';

type PageKind = Extract<KindName, 'movementPage' | 'accessibilityPage' | 'leaflet' | 'festivalPage' | 'mentorSection'>;

/**
 * The prose an editor wrote for a page, ready to render. The content check
 * that runs before the build has made sure the file is there and valid.
 */
export async function pageProse(name: PageKind) {
  const id = kind(name).pattern.replace(/\.mdx$/, '');
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`Thiếu tệp content/pages/${kind(name).pattern}.`);
  const { Content } = await render(entry);
  return { ...entry.data, Content };
}
