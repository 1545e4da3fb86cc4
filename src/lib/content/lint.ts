import { gzipSync } from 'node:zlib';
import { mediaTags } from './check.ts';
import { isStale, STALE_MONTHS } from './facts.ts';

/*
 * Editorial checks on one lesson that go beyond its schema: the parts every
 * lesson needs, sources, spelling, step length, picture weight, links. Pure
 * functions over text; lib/content/validate.ts reads the files. Links are
 * checked there, against every page the content makes.
 */

export type Level = 'error' | 'warning';
export interface Finding {
  level: Level;
  message: string;
}

export interface GlossaryTerm {
  term: string;
  wrong: string[];
}

/** The lesson's frontmatter fields the checks read, already parsed. */
export interface LessonText {
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface LintContext {
  officialDomains: string[];
  glossary: GlossaryTerm[];
  /** Size of a media file after gzip, or undefined when it does not exist. */
  mediaBytes: (path: string) => number | undefined;
  today: Date;
}

export const PICTURE_BUDGET = 60 * 1024;
const STEP_WORDS = 30;
const EASY_READ_WORDS = 10;
const ACTION_VERBS = [
  'bấm', 'chạm', 'chọn', 'chờ', 'cài', 'cúp', 'điền', 'đăng nhập', 'đọc', 'đưa', 'gõ', 'gọi', 'gửi', 'giữ',
  'ghi', 'kéo', 'kiểm tra', 'mở', 'nhập', 'nhấn', 'quét', 'tải', 'tắt', 'bật', 'vuốt', 'xác nhận',
];

const words = (text: string) => text.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word));

/** Plain prose of an MDX body: no tags, no code, no link targets. */
export function prose(body: string): string {
  return body
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#*_>[\]|]/g, ' ');
}

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n{2,}|\n-\s/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

function stepTexts(body: string): string[] {
  return [...body.matchAll(/<Step\b[^>]*>([\s\S]*?)<\/Step>/g)].map((match) => prose(match[1] ?? '').replace(/\s+/g, ' ').trim());
}

/** All checks for one lesson. */
export function lintLesson(lesson: LessonText, context: LintContext): Finding[] {
  const findings: Finding[] = [];
  const error = (message: string) => findings.push({ level: 'error', message });
  const warning = (message: string) => findings.push({ level: 'warning', message });
  const { frontmatter: data, body } = lesson;

  // Parts every lesson needs.
  if (!/<Steps>/.test(body) || !/<Step\b/.test(body)) error('thiếu các bước: thêm <Steps> với ít nhất một <Step>.');
  if (!/<Remember>/.test(body)) error('thiếu phần ghi nhớ: thêm <Remember> với 3–4 ý chính.');
  if (!/<Tip>|<Warning>/.test(body)) error('thiếu mẹo hoặc lời cảnh báo: thêm ít nhất một <Tip> hoặc <Warning>.');
  const quiz = Array.isArray(data['quiz']) ? data['quiz'].length : 0;
  if (quiz < 3 || quiz > 5) error(`quiz: có ${quiz} câu hỏi; cần từ 3 đến 5 câu.`);
  const easyRead = Array.isArray(data['easyRead']) ? (data['easyRead'] as unknown[]).map(String) : [];
  if (easyRead.length < 3 || easyRead.length > 6) warning(`easyRead: có ${easyRead.length} dòng; nên có từ 3 đến 6 dòng.`);
  for (const line of easyRead) {
    if (words(line).length > EASY_READ_WORDS) warning(`easyRead: dòng "${line}" dài hơn ${EASY_READ_WORDS} chữ; tách thành hai dòng.`);
  }

  // Sources.
  const sources = Array.isArray(data['sources']) ? (data['sources'] as Record<string, unknown>[]) : [];
  for (const source of sources) {
    const url = String(source['url'] ?? '');
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      // The schema reports a malformed address.
    }
    if (!url.startsWith('https://')) {
      error(`sources: "${url}" không bắt đầu bằng https://. Ghi địa chỉ đầy đủ của trang chính thức.`);
    } else if (source['official'] !== false && !context.officialDomains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
      error(`sources: "${host}" không có trong danh sách trang chính thức (content/site/official-domains.yaml). Dùng trang chính thức, hoặc ghi official: false dưới nguồn này nếu đó là báo chí.`);
    }
  }

  // Freshness.
  const checked = data['lastChecked'] instanceof Date ? data['lastChecked'] : new Date(String(data['lastChecked'] ?? ''));
  if (!Number.isNaN(checked.getTime()) && isStale(checked, context.today)) {
    warning(`lastChecked: đã hơn ${STALE_MONTHS} tháng chưa kiểm tra lại. Mở lại các nguồn, xem các bước còn đúng không, rồi sửa ngày.`);
  }

  // Steps: one action each, short.
  for (const step of stepTexts(body)) {
    const count = words(step).length;
    const start = step.slice(0, 40);
    if (count > STEP_WORDS) warning(`bước "${start}…" dài ${count} chữ (nên dưới ${STEP_WORDS}). Tách thành hai bước.`);
    const lower = step.toLocaleLowerCase('vi');
    const joined = ACTION_VERBS.find((verb) => lower.includes(` và ${verb} `));
    if (joined) warning(`bước "${start}…" có hai việc nối bằng "và ${joined}". Mỗi bước chỉ một việc.`);
  }

  // Picture weight; alt text and missing files are checked by check.ts, as in the build.
  let pictureBytes = 0;
  const cover = data['cover'] as Record<string, unknown> | undefined;
  const pictures = [
    ...mediaTags(body)
      .map((tag) => tag.attributes['src'] ?? tag.attributes['image'])
      .filter((path): path is string => Boolean(path) && !/\.(mp4|webm|vtt)$/.test(path ?? '')),
    ...(typeof cover?.['src'] === 'string' ? [cover['src'].replace(/^(\.\.\/)+media\//, '')] : []),
  ];
  for (const path of new Set(pictures)) {
    pictureBytes += context.mediaBytes(path) ?? 0;
  }
  if (pictureBytes > PICTURE_BUDGET) {
    error(`các hình của bài nặng ${Math.round(pictureBytes / 1024)} KB sau khi nén, quá ${PICTURE_BUDGET / 1024} KB. Làm hình đơn giản hơn hoặc bớt hình.`);
  }

  // Spelling from the glossary, in prose only (not addresses or code).
  const text = [prose(body), ...strings({ ...data, sources: undefined, cover: undefined })].join('\n');
  for (const { term, wrong } of context.glossary) {
    for (const variant of wrong) {
      const pattern = new RegExp(`(?<![\\p{L}\\d])${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');
      if (pattern.test(text)) error(`viết "${variant}"; cách viết thống nhất là "${term}" (content/site/glossary.yaml).`);
    }
  }

  return findings;
}

/** Figures for the summary table. */
export function lessonStats(lesson: LessonText) {
  const text = prose(lesson.body);
  const allWords = words(text).length;
  const count = sentences(text).length || 1;
  return {
    words: allWords,
    sentenceLength: Math.round((allWords / count) * 10) / 10,
    pictures: mediaTags(lesson.body).filter((tag) => tag.name === 'Figure' || 'image' in tag.attributes).length,
    quiz: Array.isArray(lesson.frontmatter['quiz']) ? lesson.frontmatter['quiz'].length : 0,
  };
}

export const gzipBytes = (data: Buffer) => gzipSync(data, { level: 9 }).length;
