import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssues } from '../../src/lib/content/errors';
import { lessonSchema } from '../../src/lib/content/lesson-schema';

const schema = lessonSchema(z.string());

const good = {
  title: 'Trả tiền bằng mã QR',
  description: 'Cách trả tiền ở chợ bằng mã QR.',
  course: 'thanh-toan-khong-dung-tien-mat',
  order: 1,
  audiences: ['người cao tuổi', 'tiểu thương'],
  level: 'cơ bản',
  minutes: 10,
  objectives: ['trả tiền bằng mã QR'],
  easyRead: ['Mã QR là ô vuông đen trắng.'],
  sources: [{ title: 'NAPAS', url: 'https://napas.com.vn' }],
  lastChecked: '2026-11-25',
  cover: { src: '../../media/x.svg', alt: 'Hình vẽ mã QR.' },
  teachingGuide: { steps: ['Cho xem mã QR.'], prepare: ['Điện thoại.'], mistakes: ['Quên kiểm tra tên.'], check: ['Người học tự quét mã.'] },
  quiz: [{ question: 'Trước khi trả tiền, bạn xem gì?', options: ['Tên người nhận', 'Màu mã QR'], answer: 'Tên người nhận', explanation: 'Tên đúng thì mới trả.' }],
};

const messageFor = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? '' : formatIssues('content/courses/x/y.mdx', result.error.issues);
};

describe('lessonSchema', () => {
  it('accepts a complete lesson', () => {
    expect(messageFor(good)).toBe('');
    expect(messageFor({ ...good, searchTerms: ['trả tiền chợ bằng điện thoại'] })).toBe('');
  });

  it.each([
    ['a missing title', { ...good, title: undefined }, ['"title"', 'bị thiếu', 'title: Trả tiền bằng mã QR']],
    ['a cover without alt', { ...good, cover: { src: 'x.svg' } }, ['"cover.alt"', 'bị thiếu']],
    ['a source that is not https', { ...good, sources: [{ title: 'x', url: 'http://napas.com.vn' }] }, ['"sources.0.url"', 'https://']],
    ['a relative source', { ...good, sources: [{ title: 'x', url: '/tin-tuc/' }] }, ['"sources.0.url"', 'https://']],
    ['no sources', { ...good, sources: [] }, ['"sources"', 'ít nhất một nguồn']],
    ['an answer not among the options', { ...good, quiz: [{ ...good.quiz[0], answer: 'Số tiền' }] }, ['"quiz.0.answer"', '"Số tiền" không có trong options']],
    ['an unknown level', { ...good, level: 'khó' }, ['"level"', '"cơ bản", "nâng cao"']],
    ['an unknown audience', { ...good, audiences: ['người già'] }, ['"audiences.0"', '"người cao tuổi"']],
    ['a bad date', { ...good, lastChecked: 'hôm qua' }, ['"lastChecked"', '2026-11-25']],
    ['everyday names written on one line', { ...good, searchTerms: 'đóng tiền điện, tiền nước' }, ['"searchTerms"', 'mỗi dòng bắt đầu bằng "- "']],
    ['an empty everyday name', { ...good, searchTerms: ['đóng tiền điện', ' '] }, ['"searchTerms.1"', 'đang để trống']],
    ['too many everyday names', { ...good, searchTerms: Array.from({ length: 9 }, (_, i) => `cách gọi ${i}`) }, ['"searchTerms"', 'nhiều nhất 8 dòng']],
  ])('rejects %s with the field and the fix', (_, data, fragments) => {
    const message = messageFor(data);
    expect(message).toContain('content/courses/x/y.mdx');
    for (const fragment of fragments) expect(message).toContain(fragment);
  });
});

describe('the lesson template editors copy', () => {
  it('passes the schema as it stands', () => {
    const frontmatter = readFileSync('content/mau/bai-hoc.mdx', 'utf8').split('---')[1] ?? '';
    expect(messageFor(parse(frontmatter))).toBe('');
  });
});
