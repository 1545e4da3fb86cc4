/*
 * Creates a content file from its template in content/mau/, ready to preview:
 *   npm run new -- lesson <course> <slug>
 *   npm run new -- news <slug>
 *   npm run new -- event <slug>
 * Refuses a slug with diacritics or capitals, and a file that exists.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { config } from '../src/config.ts';
import { contentLayout } from '../src/lib/content/layout.ts';
import { isoDay } from '../src/lib/date.ts';
import { SLUG, slugify } from '../src/lib/text/fold.ts';

const dir = config().contentDir;
// News and classes belong to the ward this command is run for (HVS_WARD), in its folder.
const { wardDir, ward } = contentLayout();
const USAGE = [
  'Cách dùng:',
  '  npm run new -- lesson <thư-mục-khóa-học> <tên-bài>   (bài học mới)',
  '  npm run new -- news <tên-tin>                        (tin tức mới)',
  '  npm run new -- event <tên-lớp>                       (lớp học, sự kiện mới)',
  'Tên viết chữ thường, không dấu, nối bằng gạch ngang, ví dụ: tra-tien-bang-ma-qr',
].join('\n');

function fail(message: string): never {
  console.error(`Không tạo được tệp. ${message}`);
  process.exit(1);
}

function checkSlug(slug: string | undefined): string {
  if (!slug) fail(`Thiếu tên tệp.\n${USAGE}`);
  if (!SLUG.test(slug)) fail(`Tên "${slug}" phải viết chữ thường, không dấu, nối bằng gạch ngang. Ví dụ: npm run new -- ... ${slugify(slug) || 'ten-moi'}`);
  return slug;
}

const today = isoDay(new Date());
const [kind, ...rest] = process.argv.slice(2);
let target: string;
let text: string;

if (kind === 'lesson') {
  const [course, name] = rest;
  if (!course || !existsSync(join(dir, 'courses', course, 'index.md'))) {
    const courses = existsSync(join(dir, 'courses')) ? readdirSync(join(dir, 'courses')).filter((entry) => existsSync(join(dir, 'courses', entry, 'index.md'))) : [];
    fail(`Không có khóa học "${course ?? ''}". Chọn một trong: ${courses.join(', ')}.`);
  }
  const slug = checkSlug(name);
  target = join(dir, 'courses', course, `${slug}.mdx`);
  // The next free place in the course.
  const orders = readdirSync(join(dir, 'courses', course))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => Number(/^order:\s*(\d+)/m.exec(readFileSync(join(dir, 'courses', course, file), 'utf8'))?.[1] ?? 0));
  text = readFileSync(join(dir, 'mau', 'bai-hoc.mdx'), 'utf8')
    .replace(/^course: .*$/m, `course: ${course}`)
    .replace(/^order: .*$/m, `order: ${Math.max(0, ...orders) + 1}`)
    .replace(/^lastChecked: .*$/m, `lastChecked: ${today}`)
    // No picture yet: the cover stays as a comment until the editor adds one.
    .replace(/^cover:\n(  .*\n)+/m, (block) => block.replace(/^(?=.)/gm, '# ').replace(/ten-thu-muc-khoa-hoc/g, course));
} else if (kind === 'news') {
  const slug = checkSlug(rest[0]);
  target = join(wardDir, 'news', `${slug}.mdx`);
  text = readFileSync(join(dir, 'mau', 'tin-tuc.mdx'), 'utf8').replace(/^date: .*$/m, `date: ${today}`);
  // A ward that has not published its plan yet has no task to name.
  if (!existsSync(join(wardDir, 'plan', 'nhiem-vu.yaml'))) text = text.replace(/^# Số nhiệm vụ.*\ntasks:\n(  - .*\n)+/m, '');
} else if (kind === 'event') {
  const slug = checkSlug(rest[0]);
  target = join(wardDir, 'events', `${slug}.mdx`);
  text = readFileSync(join(dir, 'mau', 'lich-hoc.mdx'), 'utf8');
} else {
  fail(`Không biết loại "${kind ?? ''}".\n${USAGE}`);
}

if (kind !== 'lesson' && !existsSync(join(wardDir, 'ward.yaml'))) {
  fail(`Không có phường "${ward}" (biến HVS_WARD). Tạo phường bằng npm run ward:new, hoặc ghi đúng tên thư mục trong ${join(dir, 'wards')}.`);
}
if (existsSync(target)) fail(`Tệp ${relative(process.cwd(), target)} đã có. Chọn tên khác, hoặc mở tệp đó để sửa.`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text);
console.log(`Đã tạo ${relative(process.cwd(), target)}.`);
console.log('Mở tệp, sửa từng dòng theo lời dặn (dòng bắt đầu bằng #), rồi chạy npm run dev để xem trước.');
