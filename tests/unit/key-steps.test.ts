import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keySteps } from '../../src/lib/content/key-steps';

describe('key steps for a poster', () => {
  it('takes the first sentence of the first three steps, without Markdown', () => {
    const body = [
      '<Steps>',
      '<Step>Mở ứng dụng ngân hàng. Đăng nhập như mọi khi.</Step>',
      '<Step image="a/b.svg" alt="Hình">\n\nBấm nút **Quét mã QR**. Camera bật lên.\n\n</Step>',
      '<Step>Xem [tên người nhận](https://example.gov.vn) rồi bấm `Xác nhận`</Step>',
      '<Step>Bước thứ tư.</Step>',
      '</Steps>',
    ].join('\n');
    expect(keySteps(body)).toEqual(['Mở ứng dụng ngân hàng.', 'Bấm nút Quét mã QR.', 'Xem tên người nhận rồi bấm Xác nhận']);
  });

  it('finds three steps in a real lesson', () => {
    const body = readFileSync('content/courses/an-toan-tren-mang/cuoc-goi-gia-danh-cong-an.mdx', 'utf8');
    const steps = keySteps(body);
    expect(steps).toHaveLength(3);
    for (const step of steps) expect(step).not.toMatch(/[<>*]/);
  });
});
