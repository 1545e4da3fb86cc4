import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks, rebaseSrcset, rebaseUrl } from '../../src/lib/markdown/base-links';

const SUB = '/binh-dan-hoc-vu-so/';

describe('rebaseUrl', () => {
  it.each([
    ['/khoa-hoc/an-toan-tren-mang/', SUB, '/binh-dan-hoc-vu-so/khoa-hoc/an-toan-tren-mang/'],
    ['/tro-nang/#co-chu', SUB, '/binh-dan-hoc-vu-so/tro-nang/#co-chu'],
    ['/tim-kiem/?q=vneid', SUB, '/binh-dan-hoc-vu-so/tim-kiem/?q=vneid'],
    ['/', SUB, '/binh-dan-hoc-vu-so/'],
    ['/khoa-hoc/', '/binh-dan-hoc-vu-so', '/binh-dan-hoc-vu-so/khoa-hoc/'],
    // Already under the base: never twice.
    ['/binh-dan-hoc-vu-so/khoa-hoc/', SUB, '/binh-dan-hoc-vu-so/khoa-hoc/'],
    ['/binh-dan-hoc-vu-so', SUB, '/binh-dan-hoc-vu-so'],
    // A path that only starts like the base is another path.
    ['/binh-dan-hoc-vu-so-cu/', SUB, '/binh-dan-hoc-vu-so/binh-dan-hoc-vu-so-cu/'],
    ['/khoa-hoc/', '/', '/khoa-hoc/'],
  ])('%j under %j is %j', (url, base, expected) => {
    expect(rebaseUrl(url, base)).toBe(expected);
  });

  it.each(['//cdn.example.vn/a.png', 'https://dichvucong.gov.vn/', 'mailto:a@b.vn', 'tel:1900', '#noi-dung', 'tro-nang/', '../x/', '?q=1', ''])(
    'leaves %j alone',
    (url) => {
      expect(rebaseUrl(url, SUB)).toBe(url);
    },
  );
});

describe('rebaseSrcset', () => {
  it('rebases each root-relative candidate and keeps the descriptors', () => {
    expect(rebaseSrcset('/a.png 1x, /b.png 2x,https://x.vn/c.png 3x', SUB)).toBe(
      '/binh-dan-hoc-vu-so/a.png 1x, /binh-dan-hoc-vu-so/b.png 2x,https://x.vn/c.png 3x',
    );
  });
});

describe('the base-links plugin', () => {
  const plugins = { hastPlugins: [baseLinks(SUB)] };

  it('rebases Markdown links and pictures in MDX, and JSX tags written as HTML', async () => {
    const source = [
      'Xem [bài trước](/khoa-hoc/cho-so-4t/mo-hinh-4t-la-gi/) và ![Sơ đồ](/og-image.png).',
      '',
      '<a href="/tro-nang/">Trợ năng</a> và <a href="https://vneid.gov.vn/">VNeID</a>',
      '',
      '<img src="/icon-192.png" srcSet="/icon-192.png 1x, /icon-512.png 2x" alt="Biểu tượng" />',
      '',
      '<video poster="/og-image.png" src="/phong-trao.mp4"></video>',
      '',
      '<a href="/binh-dan-hoc-vu-so/phong-trao/">Phong trào</a> <a href="#cau-hoi">Câu hỏi</a>',
    ].join('\n');
    const { code } = await mdxToJs(source, plugins);
    for (const rebased of [
      'href: "/binh-dan-hoc-vu-so/khoa-hoc/cho-so-4t/mo-hinh-4t-la-gi/"',
      'src: "/binh-dan-hoc-vu-so/og-image.png"',
      'href: "/binh-dan-hoc-vu-so/tro-nang/"',
      'src: "/binh-dan-hoc-vu-so/icon-192.png"',
      'srcSet: "/binh-dan-hoc-vu-so/icon-192.png 1x, /binh-dan-hoc-vu-so/icon-512.png 2x"',
      'poster: "/binh-dan-hoc-vu-so/og-image.png"',
      'src: "/binh-dan-hoc-vu-so/phong-trao.mp4"',
      'href: "/binh-dan-hoc-vu-so/phong-trao/"',
      'href: "https://vneid.gov.vn/"',
      'href: "#cau-hoi"',
    ]) {
      expect(code).toContain(rebased);
    }
    expect(code).not.toMatch(/(href|src|srcSet|poster): "\/(?!binh-dan-hoc-vu-so\/)/);
    expect(code).not.toContain('/binh-dan-hoc-vu-so/binh-dan-hoc-vu-so/');
  });

  it('leaves the props of lesson components alone: they name files under content/media/', async () => {
    const { code } = await mdxToJs('<Figure src="/an-toan-tren-mang/buoc-1.svg" alt="Bước 1" />\n\n<Step image="/a.svg" alt="A">x</Step>', plugins);
    expect(code).toContain('src: "/an-toan-tren-mang/buoc-1.svg"');
    expect(code).toContain('image: "/a.svg"');
  });

  it('rebases links and raw HTML in a Markdown body (a course page)', async () => {
    const { html } = await markdownToHtml('[Lộ trình](/lo-trinh/) <a href="/tro-nang/">Trợ năng</a>', {
      ...plugins,
      features: { rawHtml: true },
    });
    expect(html).toContain('<a href="/binh-dan-hoc-vu-so/lo-trinh/">Lộ trình</a>');
    expect(html).toContain('<a href="/binh-dan-hoc-vu-so/tro-nang/">Trợ năng</a>');
  });

  it('changes nothing at the root', async () => {
    const { code } = await mdxToJs('[Bài](/khoa-hoc/a/b/) <a href="/tro-nang/">x</a>', { hastPlugins: [baseLinks('/')] });
    expect(code).toContain('href: "/khoa-hoc/a/b/"');
    expect(code).toContain('href: "/tro-nang/"');
  });
});
