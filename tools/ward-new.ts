/*
 * Starts a ward: writes content/wards/<slug>/ with a valid ward.yaml and the
 * empty folders its editors fill (news, classes, plan, pictures, page prose).
 *   npm run ward:new                       (asks each value, in Vietnamese)
 *   npm run ward:new -- --name "Phường An Khánh" --city "Thành phố Hà Nội" …   (all from flags)
 * Flags: --slug --name --city --portal --site --office --address --phone --email
 *        --help-desk --help-desk-place --hours "…; …" --police --police-address --fanpage --tiktok
 * Every value is checked against the ward schema before anything is written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { Document } from 'yaml';
import { config } from '../src/config.ts';
import { wardFolder } from '../src/lib/content/layout.ts';
import { wardSchema, type Ward } from '../src/lib/content/ward.ts';
import { slugify, SLUG } from '../src/lib/text/fold.ts';

/** Each value the ward gives: its flag, where it goes in ward.yaml, the question, and an example. */
const QUESTIONS = [
  { flag: 'name', path: 'name', ask: 'Tên phường (như người dân vẫn gọi)', example: 'Phường An Khánh' },
  { flag: 'city', path: 'city', ask: 'Tỉnh hoặc thành phố', example: 'Thành phố Hà Nội' },
  { flag: 'portal', path: 'portalUrl', ask: 'Địa chỉ cổng thông tin điện tử của phường', example: 'https://ankhanh.hanoi.gov.vn' },
  { flag: 'site', path: 'siteUrl', ask: 'Địa chỉ đặt chuyên mục này (kết thúc bằng /; Enter để dùng gợi ý)', example: 'https://ankhanh.hanoi.gov.vn/binh-dan-hoc-vu-so/' },
  { flag: 'office', path: 'office.name', ask: 'Tên Ủy ban nhân dân phường (như trên con dấu)', example: 'Ủy ban nhân dân phường An Khánh' },
  { flag: 'address', path: 'office.address', ask: 'Địa chỉ trụ sở Ủy ban nhân dân phường', example: 'Số 1 phố An Khánh, phường An Khánh, Thành phố Hà Nội' },
  { flag: 'phone', path: 'office.phone', ask: 'Số điện thoại của văn phòng', example: '024 3826 1234' },
  { flag: 'email', path: 'office.email', ask: 'Thư điện tử của phường', example: 'ubnd@ankhanh.hanoi.gov.vn' },
  { flag: 'help-desk', path: 'helpDesk.name', ask: 'Tên nơi hướng dẫn làm thủ tục, đúng như trên biển', example: 'Trung tâm Phục vụ hành chính công phường An Khánh' },
  { flag: 'help-desk-place', path: 'helpDesk.place', ask: 'Nơi đặt trung tâm đó', example: 'tầng 1, trụ sở Ủy ban nhân dân phường' },
  { flag: 'hours', path: 'helpDesk.hours', ask: 'Giờ làm việc (các nhóm ngày cách nhau bằng dấu ;)', example: 'Thứ Hai đến Thứ Sáu: 7:30–11:30 và 13:30–17:00; Sáng Thứ Bảy: 7:30–11:30' },
  { flag: 'police', path: 'police.name', ask: 'Tên công an phường', example: 'Công an phường An Khánh' },
  { flag: 'police-address', path: 'police.address', ask: 'Địa chỉ công an phường', example: 'Số 3 phố An Khánh, phường An Khánh, Thành phố Hà Nội' },
  { flag: 'fanpage', path: 'social.fanpage', ask: 'Địa chỉ fanpage Facebook của phong trào', example: 'https://www.facebook.com/binhdanhocvuso.ankhanh' },
  { flag: 'tiktok', path: 'social.tiktok', ask: 'Địa chỉ kênh TikTok của phong trào', example: 'https://www.tiktok.com/@binhdanhocvuso.ankhanh' },
] as const;
type Flag = (typeof QUESTIONS)[number]['flag'] | 'slug';

/** What each empty folder is for, written into it as README.md so the folder is kept and explained. */
const FOLDERS: Record<string, string> = {
  news: 'Tin tức của phường: mỗi tin một tệp .mdx. Tạo tin mới bằng lệnh `HVS_WARD={slug} npm run new -- news ten-tin`.',
  events: 'Lớp học và sự kiện của phường: mỗi lớp một tệp .mdx. Tạo bằng lệnh `HVS_WARD={slug} npm run new -- event ten-lop`.',
  plan: 'Kế hoạch của phường: nhiem-vu.yaml (các nhiệm vụ), chi-so.yaml (chỉ số tiến độ), mang-luoi.yaml (Tổ công nghệ số, thanh niên tình nguyện). Chép mẫu từ content/wards/mau/plan/ rồi sửa theo kế hoạch của phường. Khi chưa có, trang ghi rõ là phường chưa công bố.',
  media: 'Ảnh của riêng phường (ảnh bìa tin tức đặt trong media/tin-tuc/). Ảnh cùng tên với ảnh dùng chung trong content/media/ sẽ thay ảnh đó.',
  pages: 'Lời riêng của phường cho các trang (phong-trao.mdx, tro-nang.mdx, to-roi.mdx, ngay-hoi.mdx, dai-su-so.mdx). Chép tệp từ content/pages/ vào đây rồi sửa; khi không có, trang dùng lời chung.',
};

function fail(message: string): never {
  console.error(`Chưa tạo được phường. ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: Object.fromEntries(['slug', ...QUESTIONS.map((question) => question.flag)].map((flag) => [flag, { type: 'string' }])) as Record<Flag, { type: 'string' }>,
  strict: true,
});
const given = values as Partial<Record<Flag, string>>;

type Question = (typeof QUESTIONS)[number];

/** The rule of the ward file an answer must pass: the schema at the question's path. */
function fieldOf(question: Question): z.ZodType {
  let schema: z.ZodType = wardSchema;
  for (const key of question.path.split('.')) schema = (schema as unknown as { shape: Record<string, z.ZodType> }).shape[key] as z.ZodType;
  return schema;
}

/** Opening hours typed on one line, one group of days after each ";". */
const hoursOf = (value: string) => value.split(';').map((line) => line.trim()).filter(Boolean);

/** A suggestion for a value not given, from the ones before it. */
function suggestion(flag: Flag, answers: Partial<Record<Flag, string>>): string | undefined {
  const short = answers.name?.replace(/^phường\s+/i, '');
  if (flag === 'site' && answers.portal) return `${answers.portal.replace(/\/+$/, '')}/binh-dan-hoc-vu-so/`;
  if (flag === 'office' && short) return `Ủy ban nhân dân phường ${short}`;
  if (flag === 'help-desk' && short) return `Trung tâm Phục vụ hành chính công phường ${short}`;
  if (flag === 'police' && short) return `Công an phường ${short}`;
  return undefined;
}

async function answers(): Promise<Partial<Record<Flag, string>>> {
  const result: Partial<Record<Flag, string>> = { ...given };
  if (!process.stdin.isTTY) {
    // From flags alone: a value left out takes its suggestion where there is one (the site's address, the office's name…).
    for (const question of QUESTIONS) {
      const offered = result[question.flag] ? undefined : suggestion(question.flag, result);
      if (offered) result[question.flag] = offered;
    }
  }
  const missing = QUESTIONS.filter((question) => !result[question.flag]);
  if (!missing.length) return result;
  if (!process.stdin.isTTY) {
    fail(`Còn thiếu:${missing.map((question) => `\n  --${question.flag}: ${question.ask}, ví dụ "${question.example}"`).join('')}`);
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  console.log('Tạo trang cho một phường mới. Trả lời từng câu rồi nhấn Enter.');
  for (const question of QUESTIONS) {
    if (result[question.flag]) continue;
    const offered = suggestion(question.flag, result);
    // Asked again until the answer passes its field's rule, so a typo is fixed where it was made.
    for (;;) {
      const typed = (await prompt.question(`${question.ask}${offered ? ` [${offered}]` : ` (ví dụ: ${question.example})`}: `)).trim();
      const value = typed || offered || '';
      const field = fieldOf(question);
      const checked = field.safeParse(question.flag === 'hours' ? hoursOf(value) : value || undefined);
      if (checked.success) {
        result[question.flag] = value;
        break;
      }
      console.log(`  Chưa đúng: ${checked.error.issues[0]?.message ?? 'ghi lại giá trị này.'}`);
    }
  }
  prompt.close();
  return result;
}

const answer = await answers();
const short = (answer.name ?? '').replace(/^phường\s+/i, '');
const slug = answer.slug ?? slugify(short);
if (!slug || !SLUG.test(slug)) fail(`Tên thư mục "${slug}" phải viết chữ thường, không dấu, nối bằng gạch ngang. Ghi --slug, ví dụ --slug an-khanh.`);
const { contentDir } = config();
const folder = wardFolder(contentDir, slug);
if (existsSync(folder)) fail(`Thư mục ${relative(process.cwd(), folder)} đã có. Chọn tên khác bằng --slug, hoặc sửa tệp ward.yaml trong thư mục đó.`);

/** The answers placed at their paths in ward.yaml (the hours as a list); the site address only when given. */
const ward: Record<string, unknown> = { sample: false };
for (const question of QUESTIONS) {
  const value = answer[question.flag];
  if (question.flag === 'site' && !value) continue;
  const keys = question.path.split('.');
  let node = ward;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1) ?? ''] = question.flag === 'hours' ? hoursOf(value ?? '') : value;
}
const checked = wardSchema.safeParse(ward);
if (!checked.success) {
  // A wrong value is named by the flag that gave it.
  const flagOf = (path: PropertyKey[]) => {
    const key = path.map(String).join('.');
    return QUESTIONS.find((question) => key === question.path || key.startsWith(`${question.path}.`))?.flag ?? key;
  };
  fail(checked.error.issues.map((issue) => `\n  --${flagOf(issue.path)}: ${issue.message}`).join(''));
}

/** ward.yaml as an editor reads it: each part with a line saying what it is. */
function wardYaml(value: Ward): string {
  const document = new Document(value);
  const comment = (key: string, text: string) => {
    const pair = document.contents && 'items' in document.contents ? (document.contents.items as { key: { value: string; commentBefore?: string } }[]).find((item) => item.key.value === key) : undefined;
    if (pair) pair.key.commentBefore = ` ${text}`;
  };
  comment('sample', 'Thông tin thật của phường (không phải dữ liệu mẫu).');
  comment('name', 'Tên phường như người dân vẫn gọi.');
  comment('portalUrl', 'Cổng thông tin điện tử của phường (chuyên mục này nằm trong cổng đó).');
  comment('siteUrl', 'Địa chỉ đặt chuyên mục này, kết thúc bằng dấu /.');
  comment('office', 'Văn phòng Ủy ban nhân dân phường. Số điện thoại đặt trong dấu nháy.');
  comment('helpDesk', 'Nơi người dân được hướng dẫn trực tiếp khi làm thủ tục; ghi tên đúng như trên biển. Giờ làm việc: mỗi dòng một nhóm ngày.');
  comment('police', 'Công an phường: bài học nói người dân đến đây trình báo.');
  comment('social', 'Kênh truyền thông của phong trào.');
  document.commentBefore = ` Thông tin của ${value.name}: tên, liên hệ, nơi hỗ trợ và kênh truyền thông.\n Mọi trang lấy thông tin phường từ tệp này. Tạo bằng lệnh npm run ward:new.`;
  return document.toString({ lineWidth: 0 }).replace(/^(\s*phone: )(.+)$/m, (_, key: string, number: string) => `${key}"${number.replace(/^"|"$/g, '')}"`);
}

mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'ward.yaml'), wardYaml(checked.data));
for (const [name, text] of Object.entries(FOLDERS)) {
  mkdirSync(join(folder, name), { recursive: true });
  writeFileSync(join(folder, name, 'README.md'), `${text.replaceAll('{slug}', slug)}\n`);
}

const shown = relative(process.cwd(), folder);
console.log(`Đã tạo ${shown}/ cho ${checked.data.name}: ward.yaml và các thư mục news, events, plan, media, pages (còn trống).`);
console.log('Xem trước trên máy:');
console.log(`  HVS_WARD=${slug} npm start`);
console.log('Dựng trang để đặt lên máy chủ (vào thư mục dist/):');
console.log(`  HVS_WARD=${slug}${checked.data.siteUrl ? ` HVS_SITE=${new URL(checked.data.siteUrl).origin} HVS_BASE=${new URL(checked.data.siteUrl).pathname}` : ''} npm run build`);
