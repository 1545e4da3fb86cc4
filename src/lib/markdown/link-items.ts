import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/*
 * A list item that is nothing but a link ("- [Cài VNeID](/khoa-hoc/…/)") is a
 * target of its own and gets the 44 px height (class LINK_ITEM, global.css).
 * CSS cannot tell it from a sentence that holds a link ("Nếu chưa có, bạn xem
 * bài [Cài VNeID](…).", where :only-child still matches, as text is not an
 * element); made a box there, the link would push the full stop onto a line
 * of its own.
 */

export const LINK_ITEM = 'hvs-link-item';

const meaningful = (children: readonly ElementContent[]) =>
  children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'comment');

/** True when the item holds one link and nothing else (in a loose list, inside its one paragraph). */
export function isLinkItem(item: Readonly<Element>): boolean {
  let inner = meaningful(item.children);
  if (inner.length === 1 && inner[0]?.type === 'element' && inner[0].tagName === 'p') inner = meaningful(inner[0].children);
  return inner.length === 1 && inner[0]?.type === 'element' && inner[0].tagName === 'a';
}

export function linkItems(): HastPluginDefinition {
  return {
    name: 'hvs:link-items',
    element: {
      filter: ['li'],
      visit(node, ctx) {
        if (!isLinkItem(node)) return;
        const existing: unknown = node.properties['className'];
        const classes = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(' ') : [];
        ctx.setProperty(node, 'className', [...classes, LINK_ITEM]);
      },
    },
  };
}
