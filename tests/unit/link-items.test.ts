import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { LINK_ITEM, linkItems } from '../../src/lib/markdown/link-items';

const plugins = { hastPlugins: [linkItems()] };

describe('linkItems', () => {
  it('marks a list item that is only a link, tight or loose', async () => {
    const tight = await markdownToHtml('- [Cài VNeID](/khoa-hoc/a/b/)\n- [Lộ trình](/lo-trinh/)\n', plugins);
    expect(tight.html.match(new RegExp(`<li class="${LINK_ITEM}">`, 'g'))).toHaveLength(2);
    const loose = await markdownToHtml('- [Cài VNeID](/khoa-hoc/a/b/)\n\n- [Lộ trình](/lo-trinh/)\n', plugins);
    expect(loose.html.match(new RegExp(`<li class="${LINK_ITEM}">`, 'g'))).toHaveLength(2);
  });

  it('leaves an item alone where the link sits in a sentence', async () => {
    const { html } = await markdownToHtml('- Nếu chưa có, bạn xem bài [Cài VNeID](/khoa-hoc/a/b/).\n- [Bài](/x/).\n- **Giấy** [x](/y/)\n', plugins);
    expect(html).not.toContain(LINK_ITEM);
  });

  it('works in MDX bodies too', async () => {
    const { code } = await mdxToJs('- [Cài VNeID](/khoa-hoc/a/b/)\n- Xem [bài](/x/) trước.\n', plugins);
    expect(code.match(new RegExp(LINK_ITEM, 'g'))).toHaveLength(1);
  });
});
