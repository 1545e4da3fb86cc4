import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content/errors';
import { drillSchema, practiceSchema } from '../../src/lib/content/practice-schema';

describe('practice schemas explain what to fix', () => {
  const messages = (schema: z.ZodType, data: unknown) => {
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    return formatIssues('content/x', result.error?.issues ?? []);
  };
  const screen = (targets: number) => ({
    title: 'Trang chủ',
    description: 'Màn hình chính.',
    items: [
      { kind: 'button', label: 'Chuyển tiền', ...(targets > 0 ? { target: true } : {}) },
      { kind: 'button', label: 'Lịch sử', ...(targets > 1 ? { target: true } : {}) },
    ],
  });
  const exercise = (steps: unknown[]) => ({ title: 'T', description: 'D', course: 'c', lesson: 'c/l', app: 'Ứng dụng ngân hàng', steps, finish: 'Xong' });

  it('a step needs exactly one place to tap', () => {
    const step = (targets: number) => ({ instruction: 'Bấm', hint: 'Ở trên', screen: screen(targets) });
    expect(messages(practiceSchema, exercise([step(1), step(0)]))).toContain('"steps.1.screen.items": có 0 chỗ ghi target: true');
    expect(messages(practiceSchema, exercise([step(2), step(1)]))).toContain('"steps.0.screen.items": có 2 chỗ ghi target: true');
  });

  it('only a button or a QR code can be the place to tap', () => {
    const text = messages(practiceSchema, exercise([
      { instruction: 'Bấm', hint: 'Ở trên', screen: { title: 'A', description: 'B', items: [{ kind: 'text', label: 'Chữ', target: true }] } },
      { instruction: 'Bấm', hint: 'Ở trên', screen: screen(1) },
    ]));
    expect(text).toContain('"steps.0.screen.items.0.target": chỉ nút (kind: button) hoặc mã QR (kind: qr) mới bấm được.');
  });

  it('a scam scenario has a known answer and kind', () => {
    const text = messages(drillSchema, {
      scenarios: [{ id: 'a', kind: 'thư', from: 'Số lạ', content: ['Trúng thưởng'], answer: 'có thể', why: 'W', signs: ['S'], todo: 'T', lesson: 'c/l' }],
    });
    expect(text).toContain('"scenarios.0.kind": phải là một trong "tin nhắn", "cuộc gọi", "trang web", "màn hình điện thoại".');
    expect(text).toContain('"scenarios.0.answer": phải là một trong "lừa đảo", "an toàn".');
    expect(text).toContain('"scenarios": cần ít nhất 5 tình huống');
  });
});
