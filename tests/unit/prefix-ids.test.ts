import { describe, expect, it } from 'vitest';
import { prefixIds } from '../../src/lib/html/prefix-ids';

describe('prefixIds (booklet lessons)', () => {
  it('prefixes every id and the links, labels and descriptions that point at them', () => {
    const html =
      '<h2 id="vì-sao-cần-biết">Vì sao</h2><a href="#vì-sao-cần-biết">lên</a><a href="#noi-dung">trang</a>' +
      '<label for="o">Ô</label><input id="o" aria-describedby="o-goi-y ngoai"><p id="o-goi-y">Gợi ý</p>';
    const out = prefixIds(html, 'bai-a');
    expect(out).toContain('<h2 id="bai-a-vì-sao-cần-biết">');
    expect(out).toContain('<a href="#bai-a-vì-sao-cần-biết">');
    // An id outside the lesson (the page's main) is left as it is.
    expect(out).toContain('<a href="#noi-dung">');
    expect(out).toContain('<label for="bai-a-o">');
    expect(out).toContain('aria-describedby="bai-a-o-goi-y ngoai"');
    expect(out).not.toMatch(/\sid="(vì-sao-cần-biết|o|o-goi-y)"/);
  });

  it('gives two lessons with the same headings different ids', () => {
    const lesson = '<h2 id="làm-theo-từng-bước">Làm theo từng bước</h2>';
    const ids = [prefixIds(lesson, 'mot'), prefixIds(lesson, 'hai')].map((html) => /id="([^"]+)"/.exec(html)?.[1]);
    expect(new Set(ids).size).toBe(2);
  });
});
