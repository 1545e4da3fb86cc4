import { describe, expect, it } from 'vitest';
import { checkLessons, checkPaths, mediaTags } from '../../src/lib/content/check';

const lesson = (overrides: Partial<Parameters<typeof checkLessons>[0][number]> = {}) => ({
  id: 'an-toan-tren-mang/cuoc-goi',
  file: 'content/courses/an-toan-tren-mang/cuoc-goi.mdx',
  course: 'an-toan-tren-mang',
  order: 1,
  body: '',
  ...overrides,
});
const courses = ['an-toan-tren-mang', 'thanh-toan-khong-dung-tien-mat'];
const media = (path: string) => ['a/anh.svg', 'a/video.mp4', 'a/video.vtt'].includes(path);

describe('mediaTags', () => {
  it('reads attributes in either quote style and the children of a tag', () => {
    const tags = mediaTags(`<Figure src="a/anh.svg" alt='Nút > Đăng nhập' />\n<Video src="a/video.mp4" captions="a/video.vtt" title="x">\nLời thoại.\n</Video>`);
    expect(tags).toEqual([
      { name: 'Figure', attributes: { src: 'a/anh.svg', alt: 'Nút > Đăng nhập' }, children: null },
      { name: 'Video', attributes: { src: 'a/video.mp4', captions: 'a/video.vtt', title: 'x' }, children: '\nLời thoại.\n' },
    ]);
  });
});

describe('checkLessons', () => {
  it('accepts a good lesson', () => {
    const body = '<Figure src="a/anh.svg" alt="Màn hình có nút Đăng nhập." />\n<Video src="a/video.mp4" captions="a/video.vtt" title="x">Lời thoại.</Video>';
    expect(checkLessons([lesson({ body })], courses, media)).toEqual([]);
  });

  it.each([
    ['an unknown course', lesson({ course: 'khoa-hoc-la' }), ['"course"', 'khoa-hoc-la', 'an-toan-tren-mang, thanh-toan-khong-dung-tien-mat']],
    ['a course that is not its folder', lesson({ course: 'thanh-toan-khong-dung-tien-mat' }), ['"course"', 'thư mục "an-toan-tren-mang"']],
    ['a figure without alt', lesson({ body: '<Figure src="a/anh.svg" />' }), ['<Figure src="a/anh.svg">', 'thiếu alt']],
    ['a step picture with empty alt', lesson({ body: '<Step image="a/anh.svg" alt="">Bấm.</Step>' }), ['<Step image="a/anh.svg">', 'thiếu alt']],
    ['a missing picture', lesson({ body: '<Figure src="a/khong-co.svg" alt="x" />' }), ['content/media/a/khong-co.svg']],
    ['a video without captions', lesson({ body: '<Video src="a/video.mp4" title="x">Lời.</Video>' }), ['thiếu phụ đề', 'WebVTT']],
    ['a video without transcript', lesson({ body: '<Video src="a/video.mp4" captions="a/video.vtt" title="x" />' }), ['thiếu bản chữ']],
  ])('rejects %s, naming the file and the fix', (_, broken, fragments) => {
    const problems = checkLessons([broken], courses, media).join('\n');
    expect(problems).toContain(broken.file);
    for (const fragment of fragments) expect(problems).toContain(fragment);
  });

  it('rejects a duplicate order within a course, naming both files', () => {
    const other = lesson({ id: 'an-toan-tren-mang/mat-khau', file: 'content/courses/an-toan-tren-mang/mat-khau.mdx' });
    const problems = checkLessons([lesson(), other], courses, media).join('\n');
    expect(problems).toContain('"order"');
    expect(problems).toContain('mat-khau.mdx');
    expect(problems).toContain('cuoc-goi.mdx');
  });
});

describe('checkPaths', () => {
  it('rejects unknown lessons and a file not named after its audience', () => {
    const problems = checkPaths(
      [{ id: 'nguoi-gia', file: 'content/paths/nguoi-gia.yaml', audience: 'người cao tuổi', lessons: ['a/khong-co'] }],
      ['an-toan-tren-mang/cuoc-goi'],
    ).join('\n');
    expect(problems).toContain('không có bài "a/khong-co"');
    expect(problems).toContain('nguoi-cao-tuoi.yaml');
  });
});
