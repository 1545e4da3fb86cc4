import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, type CalendarEvent, foldLines } from '../../src/lib/campaign/ics';
import { chartScale, describe as describeIndicator, formatAmount, shareOfTarget } from '../../src/lib/campaign/indicators';
import { paginate } from '../../src/lib/campaign/paginate';
import { splitEvents } from '../../src/lib/campaign/split';
import { formatEventTime, isoLocal, parseLocalTime } from '../../src/lib/campaign/time';
import { routes } from '../../src/lib/routes';

const at = (local: string) => {
  const instant = parseLocalTime(local);
  if (!instant) throw new Error(`bad time ${local}`);
  return instant;
};

describe('event times in Vietnam', () => {
  it('reads wall-clock time as UTC+7', () => {
    expect(at('2026-10-10 08:00').toISOString()).toBe('2026-10-10T01:00:00.000Z');
    expect(at('2026-12-19 19:00').toISOString()).toBe('2026-12-19T12:00:00.000Z');
    expect(at('2027-01-01 00:30').toISOString()).toBe('2026-12-31T17:30:00.000Z');
  });

  it('refuses times that are not real or not in the editors\' format', () => {
    for (const bad of ['2026-11-31 08:00', '2026-13-01 08:00', '2026-10-10 24:00', '10/10/2026 08:00', '2026-10-10', '2026-10-10 8h']) {
      expect(parseLocalTime(bad), bad).toBeNull();
    }
  });

  it('is written the Vietnamese way, with the weekday', () => {
    expect(formatEventTime(at('2026-10-10 08:00'), at('2026-10-10 11:00'))).toBe('Thứ Bảy, 10/10/2026, 8:00–11:00');
    expect(formatEventTime(at('2026-11-29 07:30'), at('2026-11-29 09:05'))).toBe('Chủ nhật, 29/11/2026, 7:30–9:05');
    expect(formatEventTime(at('2026-10-09 14:00'), at('2026-10-10 11:00'))).toBe('Thứ Sáu, 9/10/2026, 14:00 – Thứ Bảy, 10/10/2026, 11:00');
  });

  it('gives machine-readable times with the offset', () => {
    expect(isoLocal(at('2026-10-10 08:00'))).toBe('2026-10-10T08:00:00+07:00');
  });
});

describe('the upcoming/past split', () => {
  const events = [
    { id: 'a', start: at('2026-12-05 08:00'), end: at('2026-12-05 10:30') },
    { id: 'b', start: at('2026-11-21 08:30'), end: at('2026-11-21 10:30') },
    { id: 'c', start: at('2027-01-09 08:00'), end: at('2027-01-09 10:00') },
    { id: 'd', start: at('2026-10-10 07:30'), end: at('2026-10-10 09:00') },
  ];
  const ids = (list: { id: string }[]) => list.map((event) => event.id);

  it('lists upcoming events soonest first and past ones latest first', () => {
    const { upcoming, past } = splitEvents(events, at('2026-11-25 12:00'));
    expect(ids(upcoming)).toEqual(['a', 'c']);
    expect(ids(past)).toEqual(['b', 'd']);
  });

  it('keeps a class that has started but not ended among the upcoming', () => {
    expect(ids(splitEvents(events, at('2026-12-05 09:00')).upcoming)).toEqual(['a', 'c']);
    expect(ids(splitEvents(events, at('2026-12-05 10:30')).upcoming)).toEqual(['c']);
  });

  it('moves everything to the past once it has all ended', () => {
    const { upcoming, past } = splitEvents(events, at('2030-01-01 00:00'));
    expect(upcoming).toEqual([]);
    expect(ids(past)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('pagination', () => {
  it('cuts a list into pages of ten', () => {
    const pages = paginate(Array.from({ length: 25 }, (_, index) => index), 10);
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 5]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages.every((page) => page.count === 3)).toBe(true);
    expect(pages[2]?.items[0]).toBe(20);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  it('puts later pages under trang/', () => {
    expect(routes.listPage('tin-tuc/', 1)).toBe('tin-tuc/');
    expect(routes.listPage('tin-tuc/chuyen-muc/lop-hoc/', 3)).toBe('tin-tuc/chuyen-muc/lop-hoc/trang/3/');
  });
});

describe('progress figures', () => {
  const households = { name: 'Hộ gia đình được phổ biến', unit: '%', value: 86, targets: [{ value: 80, by: '2025' }, { value: 100, by: '2026' }] };
  const elders = { name: 'Người cao tuổi đã dự lớp', unit: 'người', value: 1240, targets: [{ value: 2050, by: '2026' }] };
  const mentees = { name: 'Người học của mỗi Đại sứ số', unit: 'người học', value: 5.4, targets: [{ value: 5, by: 'hằng năm' }] };

  it('writes numbers the Vietnamese way', () => {
    expect(formatAmount(1240, 'người')).toBe('1.240 người');
    expect(formatAmount(5.4, 'người học')).toBe('5,4 người học');
    expect(formatAmount(86, '%')).toBe('86%');
  });

  it('says every figure the chart draws', () => {
    expect(describeIndicator(households)).toBe('Hộ gia đình được phổ biến: hiện nay 86%. Mục tiêu: 80% năm 2025, 100% năm 2026.');
    expect(describeIndicator(elders)).toBe('Người cao tuổi đã dự lớp: hiện nay 1.240 người (bằng 60% mục tiêu). Mục tiêu: 2.050 người năm 2026.');
    expect(describeIndicator(mentees)).toContain('Mục tiêu: 5 người học hằng năm. Đã đạt mục tiêu.');
  });

  it('scales the bar and the target marks to the largest figure', () => {
    expect(chartScale(households)).toEqual({ value: 86, targets: [80, 100] });
    expect(chartScale(mentees)).toEqual({ value: 100, targets: [92.6] });
    expect(shareOfTarget(elders)).toBe(60);
  });
});

describe('calendar files', () => {
  const event: CalendarEvent = {
    slug: 'lop-vneid',
    title: 'Lớp học dùng VNeID cho người cao tuổi',
    summary: 'Tập mở VNeID; xuất trình căn cước, điện tử.',
    start: at('2026-12-05 08:00'),
    end: at('2026-12-05 10:30'),
    place: { name: 'Nhà văn hóa tổ dân phố số 3', address: 'Số 12 ngõ 5 phố Hòa Bình' },
    organiser: 'Tổ công nghệ số cộng đồng',
    howToJoin: 'Đến trực tiếp.',
    contactEmail: 'ubnd@example.gov.vn',
    url: 'https://example.gov.vn/lich-hoc/lop-vneid/',
  };

  it('parse, and give the class its local time', () => {
    const calendar = new ICAL.Component(ICAL.parse(calendarFile([event], { host: 'example.gov.vn', name: 'Lịch học' })));
    const [vevent] = calendar.getAllSubcomponents('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.summary).toBe(event.title);
    expect(parsed.location).toBe('Nhà văn hóa tổ dân phố số 3, Số 12 ngõ 5 phố Hòa Bình');
    expect(parsed.uid).toBe('lop-vneid@example.gov.vn');
    expect(parsed.description).toContain('Tập mở VNeID; xuất trình căn cước, điện tử.');
    const local = (date: Date) =>
      new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(date);
    expect(local(parsed.startDate.toJSDate())).toBe(local(new Date('2026-12-05T08:00:00+07:00')));
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-12-05T01:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-12-05T03:30:00.000Z');
  });

  it('holds every event of the feed', () => {
    const second = { ...event, slug: 'lop-qr', title: 'Lớp nhận tiền bằng mã QR', start: at('2026-12-12 14:00'), end: at('2026-12-12 16:00') };
    const calendar = new ICAL.Component(ICAL.parse(calendarFile([event, second], { host: 'example.gov.vn', name: 'Lịch học' })));
    expect(calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).summary)).toEqual([event.title, second.title]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lịch học');
  });

  it('fold every line at 75 octets of UTF-8, never inside a letter, and unfold to the same text', () => {
    const long = {
      ...event,
      summary: 'Người cao tuổi được hướng dẫn từng bước: cài đặt ứng dụng, kích hoạt tài khoản định danh điện tử mức độ hai, đổi mật khẩu, bật xác thực sinh trắc học, xuất trình giấy tờ 🪪 khi làm thủ tục.',
    };
    const text = calendarFile([long], { host: 'example.gov.vn', name: 'Lịch học' });
    const lines = text.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      // A line cut inside a character would not survive a round trip through UTF-8.
      expect(Buffer.from(line, 'utf8').toString('utf8'), line).toBe(line);
      expect(line, line).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    const description = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') ?? undefined).description;
    expect(description).toContain(long.summary);
  });

  it('fold a line of three-octet letters at the last whole letter', () => {
    const line = `DESCRIPTION:${'ệ'.repeat(40)}`;
    const [first = '', second = ''] = foldLines(line).split('\r\n');
    // 12 octets of name, then 21 letters of 3 octets: 75; the rest after a space.
    expect(first).toBe(`DESCRIPTION:${'ệ'.repeat(21)}`);
    expect(second).toBe(` ${'ệ'.repeat(19)}`);
    expect(foldLines(line).replace(/\r\n /g, '')).toBe(line);
  });
});
