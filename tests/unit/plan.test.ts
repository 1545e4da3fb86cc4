import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/lib/content/event-schema';
import { formatIssues } from '../../src/lib/content/errors';
import { newsSchema } from '../../src/lib/content/news-schema';
import { indicatorsSchema, loadIndicators, loadNetwork, loadPlan, planSchema } from '../../src/lib/content/plan';

/** The seed as one line: its table breaks phrases across lines. */
const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').replace(/ ([.,;:])/g, '$1').trim();
const seed = flat(readFileSync('content/wards/mau/plan/phu-luc-ke-hoach-03-kh-du.txt', 'utf8'));

describe('the plan data file', () => {
  const loaded = loadPlan();
  if (!loaded) throw new Error('the sample ward has a plan');
  const plan = loaded;

  it('holds the appendix\'s 17 tasks in three groups (5, 5 and 7)', () => {
    expect(plan.tasks).toHaveLength(17);
    expect(plan.groups.map((group) => plan.tasks.filter((task) => task.id.startsWith(`${group.number}.`)).length)).toEqual([5, 5, 7]);
    for (const group of plan.groups) expect(seed).toContain(`${group.number}. ${flat(group.title)}`);
  });

  it('keeps each task\'s wording, lead agency and expected result as in the seed', () => {
    for (const task of plan.tasks) {
      expect(seed, `${task.id} content`).toContain(flat(task.content));
      expect(seed, `${task.id} lead`).toContain(flat(task.lead));
      // 3.2's result runs across the appendix's page break, where the header row repeats.
      if (task.id !== '3.2') expect(seed, `${task.id} result`).toContain(flat(task.result));
    }
  });

  it('names each indicator after a task of the plan', () => {
    const ids = plan.tasks.map((task) => task.id);
    for (const indicator of loadIndicators()) expect(ids).toContain(indicator.task);
  });

  it('lists the support network with public contacts only', () => {
    const network = loadNetwork();
    if (!network) throw new Error('the sample ward has a network file');
    expect(network.teams.length).toBeGreaterThan(0);
    expect(network.youth.phone).toMatch(/^024 /);
  });
});

describe('campaign schemas explain what to fix', () => {
  const messages = (schema: z.ZodType, data: unknown) => {
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    return formatIssues('content/x', result.error?.issues ?? []);
  };

  it('a news item with a wrong category and no cover alt', () => {
    const text = messages(newsSchema, {
      title: 'Tin',
      date: '2026-10-10',
      category: 'sự kiện',
      summary: 'Tóm tắt',
      cover: { src: 'tin-tuc/a.svg' },
      publisher: 'UBND',
    });
    expect(text).toContain('"category": phải là một trong "hoạt động", "lớp học", "gương điển hình", "thi đua", "thông báo"');
    expect(text).toContain('"cover.alt": bị thiếu');
  });

  it('an event that ends before it starts, or has a time in the wrong form', () => {
    const base = {
      title: 'Lớp',
      kind: 'lớp học',
      summary: 'Học',
      place: { name: 'Nhà văn hóa', address: 'Số 1' },
      audiences: ['người cao tuổi'],
      organiser: 'UBND',
      howToJoin: 'Đến trực tiếp',
      free: true,
    };
    expect(messages(eventSchema, { ...base, start: '2026-12-05 10:00', end: '2026-12-05 08:00' })).toContain('"end": phải sau giờ bắt đầu (2026-12-05 10:00)');
    expect(messages(eventSchema, { ...base, start: '5/12/2026 8:00', end: '2026-12-05 10:00' })).toContain(
      '"start": phải là một ngày giờ có thật, dạng năm-tháng-ngày giờ:phút theo giờ Việt Nam, ví dụ: start: 2026-12-05 08:00',
    );
    expect(messages(eventSchema, { ...base, start: '2026-12-05 08:00', end: '2026-12-05 10:00', tasks: ['2.9'] })).toContain('"tasks.0"');
  });

  it('a plan task without its lead agency, or a task number used twice', () => {
    const task = { id: '1.1', slug: 'a', title: 'A', content: 'C', partners: 'P', result: 'R', time: 'T', plain: 'P' };
    const groups = [{ number: 1, title: 'G' }];
    expect(messages(planSchema, { source: 'S', groups, tasks: [task] })).toContain('"tasks.0.lead": bị thiếu. Chép cơ quan chủ trì đúng như trong kế hoạch.');
    const twice = { ...task, lead: 'L' };
    expect(messages(planSchema, { source: 'S', groups, tasks: [twice, twice] })).toContain('"tasks.1.id": số nhiệm vụ "1.1" bị trùng');
  });

  it('an indicator without a target', () => {
    const text = messages(indicatorsSchema, {
      indicators: [{ id: 'a', name: 'A', task: '1.4', unit: '%', value: 10, targets: [], asOf: '2026-11-15', source: 'S' }],
    });
    expect(text).toContain('"indicators.0.targets": cần ít nhất một mục tiêu.');
  });
});

