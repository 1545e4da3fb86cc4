import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '../../src/lib/url';

describe('withBase', () => {
  it.each([
    ['/', '/', '/'],
    ['khoa-hoc/', '/', '/khoa-hoc/'],
    ['/khoa-hoc/', '/', '/khoa-hoc/'],
    ['/', '/binh-dan-hoc-vu-so/', '/binh-dan-hoc-vu-so/'],
    ['/khoa-hoc/', '/binh-dan-hoc-vu-so/', '/binh-dan-hoc-vu-so/khoa-hoc/'],
    ['pagefind/', '/binh-dan-hoc-vu-so', '/binh-dan-hoc-vu-so/pagefind/'],
    ['khoa-hoc/#an-toan-tren-mang', '/binh-dan-hoc-vu-so/', '/binh-dan-hoc-vu-so/khoa-hoc/#an-toan-tren-mang'],
  ])('puts %j under base %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it.each(['https://dichvucong.gov.vn/', 'mailto:a@b.vn', 'tel:02400000000', '#noi-dung'])('leaves %j alone', (href) => {
    expect(withBase(href, '/binh-dan-hoc-vu-so/')).toBe(href);
  });
});

describe('withoutBase', () => {
  it.each([
    ['/binh-dan-hoc-vu-so/tro-nang/', '/binh-dan-hoc-vu-so/', '/tro-nang/'],
    ['/binh-dan-hoc-vu-so/', '/binh-dan-hoc-vu-so/', '/'],
    ['/tro-nang/', '/', '/tro-nang/'],
  ])('takes the base off %j', (pathname, base, expected) => {
    expect(withoutBase(pathname, base)).toBe(expected);
  });
});
