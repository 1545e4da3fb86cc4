import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { jsonLd } from '../../src/lib/json-ld';

const BREAKOUT = 'Cảnh giác thẻ </script><img src=x onerror=alert(1)> giả';

describe('jsonLd', () => {
  it.each([
    [BREAKOUT],
    ['</SCRIPT ><script>alert(2)</script>'],
    ['<!-- <script> -->'],
    ['Đỗ & Lê: 5 > 3 < 4'],
    ['Dòng\u2028mới\u2029đoạn'],
    ['Giá trị thường: “Bình dân học vụ số”'],
  ])('writes %j as JSON that reads back unchanged and holds no <, >, & or line separator', (headline) => {
    const text = jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, about: [{ name: headline }] });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, about: [{ name: headline }] });
  });

  it('keeps the whole value inside one script element of an HTML page', () => {
    const html = `<head><script type="application/ld+json">${jsonLd({ '@context': 'https://schema.org', '@type': 'Event', name: BREAKOUT })}</script></head><body><p>x</p></body>`;
    const document = parseDocument(html);
    const scripts = DomUtils.getElementsByTagName('script', document);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(DomUtils.textContent(scripts))).toMatchObject({ name: BREAKOUT });
    expect(DomUtils.getElementsByTagName('img', document)).toHaveLength(0);
  });
});
