import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { eventJsonLd, jsonLd, lessonJsonLd, newsJsonLd } from '../../src/lib/json-ld';

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

describe('the three builders', () => {
  const course = { title: 'An toàn trên mạng', description: 'Nhận biết lừa đảo.', url: 'https://phuong.example.vn/khoa-hoc/an-toan-tren-mang/' };

  it('describes a lesson as a free learning resource inside its course, published by the ward', () => {
    const data = lessonJsonLd({
      title: 'Bị lừa thì làm gì',
      description: 'Các bước báo ngay.',
      url: 'https://phuong.example.vn/khoa-hoc/an-toan-tren-mang/bi-lua/',
      level: 'cơ bản',
      minutes: 12,
      objectives: ['báo ngân hàng khóa tài khoản'],
      audiences: ['người cao tuổi', 'mọi người'],
      lastChecked: new Date('2026-11-25T00:00:00Z'),
      sources: [{ url: 'https://chinhphu.vn/' }],
      course,
      provider: 'UBND phường An Bình',
    });
    expect(data).toMatchObject({
      '@type': 'LearningResource',
      name: 'Bị lừa thì làm gì',
      timeRequired: 'PT12M',
      dateModified: '2026-11-25',
      isAccessibleForFree: true,
      citation: ['https://chinhphu.vn/'],
      audience: [{ audienceType: 'người cao tuổi' }, { audienceType: 'mọi người' }],
      isPartOf: { '@type': 'Course', url: course.url, provider: { '@type': 'GovernmentOrganization', name: 'UBND phường An Bình' } },
    });
  });

  it('gives an event its times in Vietnam and its place', () => {
    const data = eventJsonLd({
      title: 'Lớp điện thoại thông minh',
      summary: 'Học dùng Zalo.',
      start: new Date('2026-10-10T01:00:00Z'),
      end: new Date('2026-10-10T03:00:00Z'),
      free: true,
      url: 'https://phuong.example.vn/lich-hoc/lop/',
      place: { name: 'Nhà văn hóa khu phố 3', address: '12 Lê Lợi' },
      organiser: 'Đoàn Thanh niên',
      audiences: ['người cao tuổi', 'mọi người'],
    });
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2026-10-10T08:00:00+07:00',
      endDate: '2026-10-10T10:00:00+07:00',
      location: { name: 'Nhà văn hóa khu phố 3', address: { streetAddress: '12 Lê Lợi', addressCountry: 'VN' } },
      audience: { audienceType: 'người cao tuổi, mọi người' },
    });
  });

  it('names a news item’s section with a capital and its publisher apart from its author', () => {
    const data = newsJsonLd({
      title: 'Khai giảng lớp mới',
      summary: 'Đăng ký tại phường.',
      date: new Date('2026-09-01T00:00:00Z'),
      category: 'lớp học',
      publisher: 'Hội Người cao tuổi',
      url: 'https://phuong.example.vn/tin-tuc/khai-giang/',
      image: 'https://phuong.example.vn/tin-tuc/anh/khai-giang.png',
      site: { name: 'UBND phường An Bình', url: 'https://anbinh.example.vn/' },
    });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2026-09-01',
      articleSection: 'Lớp học',
      image: ['https://phuong.example.vn/tin-tuc/anh/khai-giang.png'],
      author: { name: 'Hội Người cao tuổi' },
      publisher: { name: 'UBND phường An Bình', url: 'https://anbinh.example.vn/' },
    });
  });
});
