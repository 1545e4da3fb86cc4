import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Problem } from '../../src/lib/content/validate.ts';

/*
 * Kinds of broken input an editor can commit, by hand or through /quan-tri/.
 * Each is a change to a copy of tests/fixtures/content/base (a small valid
 * site) and what the editor must be told: the file and fragments of the
 * message. tests/unit/bad-input.test.ts runs each through the content check
 * that every build runs first; README.md lists them all (`npm run
 * content:cases` prints the table with the messages as the editor sees them).
 */

/** A valid content folder: the base fixture with the portal's plan and search words. */
export function prepareBase(dir: string) {
  cpSync('tests/fixtures/content/base', dir, { recursive: true });
  for (const folder of ['pages', 'search']) cpSync(join('content', folder), join(dir, folder), { recursive: true });
  cpSync(join('content', 'wards', 'mau', 'plan'), join(dir, 'wards', 'mau', 'plan'), { recursive: true });
  // The plan's tasks name the portal's courses; the base has one.
  const plan = join(dir, 'wards', 'mau', 'plan', 'nhiem-vu.yaml');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace(/courses:\n(?: {6}- [a-z0-9-]+\n)+/g, 'courses:\n      - khoa-mau\n'));
}

export interface Editor {
  dir: string;
  read(path: string): string;
  write(path: string, text: string | Buffer): void;
  edit(path: string, change: (text: string) => string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
}

export function editor(dir: string): Editor {
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  return {
    dir,
    read,
    write,
    edit: (path, change) => {
      const before = read(path);
      const after = change(before);
      if (after === before) throw new Error(`The case changed nothing in ${path}`);
      write(path, after);
    },
    rename: (from, to) => renameSync(join(dir, from), join(dir, to)),
    remove: (path) => rmSync(join(dir, path), { recursive: true }),
  };
}

/**
 * The README's row for a case: what the editor did, and every error the check
 * gives for the case's file, with paths as the editor sees them (content/…).
 */
export function tableRow(input: BadInput, problems: Problem[], dir: string): string {
  const mine = problems.filter((problem) => problem.level === 'error' && input.file && (problem.file.endsWith(input.file) || problem.file.includes(`/${input.file}`)));
  // The case's folder as the check names it (relative to the working folder), then as given.
  const here = relative(process.cwd(), dir).split(sep).join('/');
  const shown = (text: string) => text.replaceAll(`${here}/`, 'content/').replaceAll(`${dir}/`, 'content/');
  const seen = mine.length
    ? mine.map((problem) => `\`${shown(problem.file)}\`${problem.line ? `, dòng ${problem.line}` : ''}: ${shown(problem.message)}`).join('<br>')
    : 'Dựng trang bình thường; tiêu đề hiện ra đúng như chữ đã viết, không chạy mã nào.';
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return `| ${input.what} | ${cell(seen)} |`;
}

export interface BadInput {
  /** Short English id. */
  id: string;
  /** What the editor did, in Vietnamese, for the README. */
  what: string;
  apply(editor: Editor): void | Promise<void>;
  /** The file the message must name. */
  file: string;
  /** Fragments the message must hold: the field or line, and the fix. */
  says: string[];
}

const LESSON = 'courses/khoa-mau/bai-mau.mdx';
const COURSE = 'courses/khoa-mau/index.md';
const NEWS = 'wards/mau/news/tin-mau.mdx';
const EVENT = 'wards/mau/events/lop-mau.mdx';
const PRACTICE = 'practice/bai-tap.yaml';
const PATH = 'paths/moi-nguoi.yaml';
const WARD = 'wards/mau/ward.yaml';
const FACTS = 'site/facts.yaml';
const PLAN = 'wards/mau/plan/nhiem-vu.yaml';
const INDICATORS = 'wards/mau/plan/chi-so.yaml';
const NETWORK = 'wards/mau/plan/mang-luoi.yaml';
const DRILL = 'drills/lua-dao.yaml';
const LEAFLET = 'pages/to-roi.mdx';

/** Replaces one frontmatter line `key: …` (the first) with `line`, or removes it when `line` is empty. */
const setLine = (key: string, line: string) => (text: string) =>
  text.replace(new RegExp(`^${key}:.*\\n`, 'm'), line ? `${line}\n` : '');
const appendBody = (extra: string) => (text: string) => `${text.trimEnd()}\n\n${extra}\n`;

/** A PNG of the given size, drawn by sharp. */
async function png(width: number, height: number, noise = false): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  if (!noise) return sharp({ create: { width, height, channels: 3, background: '#3366aa' } }).png().toBuffer();
  const raw = Buffer.alloc(width * height * 3);
  for (let index = 0; index < raw.length; index += 1) raw[index] = (index * 2654435761) >>> 24;
  return sharp(raw, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
}

export const BAD_INPUTS: BadInput[] = [
  // Lesson frontmatter: fields and values.
  { id: 'lesson-missing-title', what: 'Bài học thiếu trường `title`', apply: (e) => e.edit(LESSON, setLine('title', '')), file: LESSON, says: ['"title"', 'bị thiếu', 'title: Trả tiền bằng mã QR'] },
  { id: 'lesson-empty-title', what: 'Bài học có `title:` để trống', apply: (e) => e.edit(LESSON, setLine('title', 'title: ""')), file: LESSON, says: ['"title"', 'để trống'] },
  { id: 'lesson-unknown-field', what: 'Gõ sai tên trường (`minute:` thay cho `minutes:`)', apply: (e) => e.edit(LESSON, setLine('minutes', 'minute: 5')), file: LESSON, says: ['"minute"', 'không có trong mẫu', 'dòng'] },
  { id: 'lesson-unknown-course', what: 'Bài ghi `course:` một khóa học không có', apply: (e) => e.edit(LESSON, setLine('course', 'course: khoa-khong-co')), file: LESSON, says: ['"course"', 'không có khóa học "khoa-khong-co"', 'khoa-mau'] },
  { id: 'lesson-course-folder-mismatch', what: 'Bài ghi `course:` khác thư mục chứa bài', apply: (e) => { e.write('courses/khoa-hai/index.md', e.read(COURSE).replace('order: 1', 'order: 2')); e.edit(LESSON, setLine('course', 'course: khoa-hai')); }, file: LESSON, says: ['"course"', 'thư mục "khoa-mau"'] },
  { id: 'lesson-order-not-number', what: '`order:` viết chữ thay cho số', apply: (e) => e.edit(LESSON, setLine('order', 'order: một')), file: LESSON, says: ['"order"', 'số nguyên'] },
  { id: 'lesson-order-zero', what: '`order: 0`', apply: (e) => e.edit(LESSON, setLine('order', 'order: 0')), file: LESSON, says: ['"order"', 'từ 1 trở lên'] },
  { id: 'lesson-duplicate-order', what: 'Hai bài cùng khóa trùng `order`', apply: (e) => e.write('courses/khoa-mau/bai-hai.mdx', e.read(LESSON)), file: LESSON, says: ['"order"', 'trùng với bài', 'bai-hai.mdx'] },
  { id: 'lesson-unknown-audience', what: 'Nhóm người học không có trong danh sách', apply: (e) => e.edit(LESSON, (t) => t.replace('  - mọi người', '  - cụ già')), file: LESSON, says: ['"audiences.0"', 'người cao tuổi'] },
  { id: 'lesson-bad-level', what: '`level:` ngoài hai mức cho phép', apply: (e) => e.edit(LESSON, setLine('level', 'level: dễ')), file: LESSON, says: ['"level"', '"cơ bản"'] },
  { id: 'lesson-impossible-date', what: 'Ngày không có thật (`lastChecked: 2026-02-30`)', apply: (e) => e.edit(LESSON, setLine('lastChecked', 'lastChecked: 2026-02-30')), file: LESSON, says: ['"lastChecked"', 'không phải một ngày có thật', 'dòng'] },
  { id: 'lesson-month-13', what: 'Tháng 13 (`lastChecked: 2026-13-45`)', apply: (e) => e.edit(LESSON, setLine('lastChecked', 'lastChecked: 2026-13-45')), file: LESSON, says: ['"lastChecked"', 'không phải một ngày có thật'] },
  { id: 'lesson-date-words', what: 'Ngày viết bằng chữ (`lastChecked: hôm qua`)', apply: (e) => e.edit(LESSON, setLine('lastChecked', 'lastChecked: hôm qua')), file: LESSON, says: ['"lastChecked"', 'năm-tháng-ngày'] },
  { id: 'lesson-source-http', what: 'Nguồn bắt đầu bằng `http://`', apply: (e) => e.edit(LESSON, (t) => t.replace('url: https://dichvucong.gov.vn', 'url: http://dichvucong.gov.vn')), file: LESSON, says: ['"sources.0.url"', 'https://'] },
  { id: 'lesson-source-unofficial', what: 'Nguồn là báo chí nhưng không ghi `official: false`', apply: (e) => e.edit(LESSON, (t) => t.replace('url: https://dichvucong.gov.vn', 'url: https://vnexpress.net/bai-bao')), file: LESSON, says: ['vnexpress.net', 'official: false'] },
  { id: 'lesson-no-sources', what: 'Bài không có nguồn', apply: (e) => e.edit(LESSON, (t) => t.replace(/sources:\n(?: {2}.*\n)+/, '')), file: LESSON, says: ['"sources"', 'nguồn chính thức'] },
  { id: 'lesson-quiz-answer-missing', what: 'Đáp án không có trong các lựa chọn', apply: (e) => e.edit(LESSON, (t) => t.replace('answer: Kiểm tra lỗi', 'answer: Sửa lỗi')), file: LESSON, says: ['"quiz.0.answer"', '"Sửa lỗi" không có trong options'] },
  { id: 'lesson-quiz-one-option', what: 'Câu hỏi chỉ có một lựa chọn', apply: (e) => e.edit(LESSON, (t) => t.replace('      - Trang trí\n', '')), file: LESSON, says: ['"quiz.0.options"', 'ít nhất 2 lựa chọn'] },
  { id: 'lesson-quiz-too-few', what: 'Bài chỉ có 1 câu hỏi tự kiểm tra (cần 3–5)', apply: (e) => e.edit(LESSON, (t) => t.replace(/  - question: Mỗi bước có mấy việc\?[\s\S]*?(?=---)/, '')), file: LESSON, says: ['quiz', 'từ 3 đến 5 câu'] },
  { id: 'lesson-cover-missing-alt', what: 'Ảnh bìa thiếu lời tả', apply: (e) => e.edit(LESSON, (t) => t.replace('  alt: Hình vẽ mẫu.\n', '')), file: LESSON, says: ['"cover.alt"', 'bị thiếu', 'alt: Hình vẽ'] },
  { id: 'lesson-cover-missing-file', what: 'Ảnh bìa ghi tên tệp không có', apply: (e) => e.edit(LESSON, (t) => t.replace('src: ../../media/khoa-mau/anh.svg', 'src: ../../media/khoa-mau/khong-co.svg')), file: LESSON, says: ['"cover.src"', 'khong-co.svg'] },
  { id: 'lesson-yaml-colon', what: 'Giá trị có dấu hai chấm mà không đặt trong dấu nháy', apply: (e) => e.edit(LESSON, setLine('title', 'title: Bước 1: Mở ứng dụng')), file: LESSON, says: ['dòng 2', 'dấu nháy kép'] },
  { id: 'lesson-yaml-tab', what: 'Thụt lề bằng phím Tab', apply: (e) => e.edit(LESSON, (t) => t.replace('  - mọi người', '\t- mọi người')), file: LESSON, says: ['dòng', 'Tab', 'dấu cách'] },
  { id: 'lesson-yaml-unclosed-quote', what: 'Thiếu dấu nháy đóng', apply: (e) => e.edit(LESSON, setLine('title', 'title: "Bài mẫu')), file: LESSON, says: ['dòng', 'dấu nháy'] },
  { id: 'lesson-yaml-duplicate-key', what: 'Một trường ghi hai lần', apply: (e) => e.edit(LESSON, setLine('title', 'title: Bài mẫu\ntitle: Bài mẫu hai')), file: LESSON, says: ['dòng 3', 'chỉ ghi một lần'] },
  { id: 'lesson-no-frontmatter', what: 'Tệp bài không có phần đầu `---`', apply: (e) => e.edit(LESSON, (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '')), file: LESSON, says: ['hai dòng ---'] },
  { id: 'lesson-not-nfc', what: 'Chữ Việt ở dạng tổ hợp (NFD) do bộ gõ cũ', apply: (e) => e.edit(LESSON, (t) => t.normalize('NFD')), file: LESSON, says: ['NFC', 'dòng'] },
  // Lesson file names.
  { id: 'lesson-saved-as-md', what: 'Bài lưu đuôi `.md` thay cho `.mdx`', apply: (e) => e.rename(LESSON, 'courses/khoa-mau/bai-mau.md'), file: 'courses/khoa-mau/bai-mau.md', says: ['.mdx', 'bai-mau.mdx'] },
  { id: 'lesson-uppercase-extension', what: 'Đuôi tệp viết hoa (`.MDX`)', apply: (e) => e.rename(LESSON, 'courses/khoa-mau/bai-mau.MDX'), file: 'bai-mau.MDX', says: ['chữ hoa', 'bai-mau.mdx'] },
  { id: 'lesson-capitals-in-name', what: 'Tên tệp bài có chữ hoa', apply: (e) => e.rename(LESSON, 'courses/khoa-mau/Bai-Mau.mdx'), file: 'Bai-Mau.mdx', says: ['chữ thường không dấu', 'bai-mau.mdx'] },
  { id: 'lesson-vietnamese-name', what: 'Tên tệp bài có dấu và dấu cách', apply: (e) => e.rename(LESSON, 'courses/khoa-mau/bài mẫu.mdx'), file: 'bài mẫu.mdx', says: ['chữ thường không dấu', 'bai-mau.mdx'] },
  { id: 'lesson-in-courses-root', what: 'Bài đặt thẳng trong `content/courses/`', apply: (e) => e.rename(LESSON, 'courses/bai-mau.mdx'), file: 'courses/bai-mau.mdx', says: ['thư mục của khóa học'] },
  { id: 'course-index-mdx', what: 'Trang khóa học lưu là `index.mdx`', apply: (e) => e.rename(COURSE, 'courses/khoa-mau/index.mdx'), file: 'index.mdx', says: ['index.md'] },
  { id: 'news-in-shared-folder', what: 'Tin đặt trong `content/news/` (thư mục dùng chung) thay vì thư mục của phường', apply: (e) => e.write('news/tin-moi.mdx', e.read(NEWS)), file: 'news/tin-moi.mdx', says: ['của riêng từng phường', 'content/wards/mau/news/tin-moi.mdx'] },
  { id: 'lesson-in-ward-folder', what: 'Bài học đặt trong thư mục của phường', apply: (e) => e.write('wards/mau/courses/khoa-mau/bai-rieng.mdx', e.read(LESSON)), file: 'wards/mau/courses/khoa-mau/bai-rieng.mdx', says: ['dùng chung cho mọi phường', 'content/courses/khoa-mau/bai-rieng.mdx'] },
  { id: 'stray-file', what: 'Tệp lạ trong thư mục nội dung', apply: (e) => e.write('wards/mau/news/ghi-chu.txt', 'ghi chú'), file: 'wards/mau/news/ghi-chu.txt', says: ['không thuộc loại nội dung nào', 'content/wards/mau/news/*.mdx'] },
  // Lesson bodies: MDX is code.
  { id: 'body-expression', what: 'Biểu thức `{process.env.HOME}` trong bài (lộ bí mật của máy dựng)', apply: (e) => e.edit(LESSON, appendBody('Máy dựng: {process.env.HOME}')), file: LESSON, says: ['{process.env.HOME}', 'mã chạy khi dựng trang', '\\{'] },
  { id: 'body-import', what: 'Dòng `import` trong bài', apply: (e) => e.edit(LESSON, appendBody("import Nut from '../../nut.astro'")), file: LESSON, says: ['import', 'không cần import'] },
  { id: 'body-export', what: 'Dòng `export` trong bài', apply: (e) => e.edit(LESSON, appendBody('export const x = 1')), file: LESSON, says: ['export', 'Xóa dòng này'] },
  { id: 'body-unknown-component', what: 'Khối không có (`<Canhbao>`)', apply: (e) => e.edit(LESSON, appendBody('<Canhbao>Cẩn thận.</Canhbao>')), file: LESSON, says: ['<Canhbao>', '<Warning>', 'dòng'] },
  { id: 'body-component-case', what: 'Tên khối sai chữ hoa (`<warning>`)', apply: (e) => e.edit(LESSON, appendBody('<warning>Cẩn thận.</warning>')), file: LESSON, says: ['<warning>', 'Markdown'] },
  { id: 'body-unclosed-tag', what: 'Thẻ `<Warning>` mở mà không đóng', apply: (e) => e.edit(LESSON, appendBody('<Warning>\n\nCẩn thận.')), file: LESSON, says: ['<Warning>', 'chưa đóng', '</Warning>', 'dòng'] },
  { id: 'body-mismatched-tag', what: 'Đóng nhầm thẻ (`<Tip>…</Warning>`)', apply: (e) => e.edit(LESSON, appendBody('<Tip>Mẹo.</Warning>')), file: LESSON, says: ['</Warning>', '<Tip>', 'dòng'] },
  { id: 'body-stray-brace', what: 'Dấu `{` lẻ trong câu', apply: (e) => e.edit(LESSON, appendBody('Giá { từ 10 nghìn.')), file: LESSON, says: ['ngoặc nhọn', '\\{'] },
  { id: 'body-less-than', what: 'Dấu `<` trong câu (`<5 phút`)', apply: (e) => e.edit(LESSON, appendBody('Chỉ mất <5 phút.')), file: LESSON, says: ['dấu <', '&lt;'] },
  { id: 'body-script', what: 'Thẻ `<script>` trong bài', apply: (e) => e.edit(LESSON, appendBody('<script>alert(1)</script>')), file: LESSON, says: ['<script>', 'mã chạy'] },
  { id: 'body-iframe', what: 'Nhúng video YouTube bằng `<iframe>`', apply: (e) => e.edit(LESSON, appendBody('<iframe src="https://www.youtube.com/embed/x"></iframe>')), file: LESSON, says: ['<iframe>', 'không nhúng'] },
  { id: 'body-style', what: 'Thẻ `<style>` trong bài', apply: (e) => e.edit(LESSON, appendBody('<style>{`p { color: red }`}</style>')), file: LESSON, says: ['<style>'] },
  { id: 'body-event-handler', what: 'Thuộc tính `onClick` trên một khối', apply: (e) => e.edit(LESSON, appendBody('<Tip onClick="alert(1)">Mẹo.</Tip>')), file: LESSON, says: ['onClick', 'Xóa'] },
  { id: 'body-html-img-onerror', what: 'Thẻ `<img onerror=…>`', apply: (e) => e.edit(LESSON, appendBody('<img src="x" onError="alert(1)" />')), file: LESSON, says: ['<img>', '<Figure'] },
  { id: 'body-javascript-link', what: 'Đường link `javascript:`', apply: (e) => e.edit(LESSON, appendBody('[Bấm vào đây](javascript:alert(1))')), file: LESSON, says: ['javascript:alert(1)', 'không được dùng'] },
  { id: 'body-attribute-expression', what: 'Thuộc tính viết trong `{ }`', apply: (e) => e.edit(LESSON, appendBody('<Figure src={"khoa-mau/anh.svg"} alt="Hình." />')), file: LESSON, says: ['src', 'dấu nháy kép'] },
  { id: 'body-unknown-attribute', what: 'Thuộc tính không có (`<Figure width="300">`)', apply: (e) => e.edit(LESSON, appendBody('<Figure src="khoa-mau/anh.svg" alt="Hình." width="300" />')), file: LESSON, says: ['width', 'src, alt, caption'] },
  { id: 'body-remote-figure', what: '`<Figure>` lấy ảnh từ trang khác', apply: (e) => e.edit(LESSON, appendBody('<Figure src="https://example.com/anh.png" alt="Hình." />')), file: LESSON, says: ['trang khác', 'content/media/'] },
  { id: 'body-markdown-image-no-alt', what: 'Ảnh Markdown `![](…)` không có lời tả', apply: (e) => { e.write('courses/khoa-mau/anh.svg', e.read('media/khoa-mau/anh.svg')); e.edit(LESSON, appendBody('![](anh.svg)')); }, file: LESSON, says: ['thiếu lời tả', '![Lời tả ảnh]'] },
  { id: 'body-markdown-image-remote', what: 'Ảnh Markdown lấy từ trang khác', apply: (e) => e.edit(LESSON, appendBody('![Ảnh](https://example.com/anh.png)')), file: LESSON, says: ['trang khác', '<Figure'] },
  { id: 'body-broken-link', what: 'Đường link tới trang không có', apply: (e) => e.edit(LESSON, appendBody('Xem [bài khác](/khoa-hoc/khoa-khong-co/bai/).')), file: LESSON, says: ['/khoa-hoc/khoa-khong-co/bai/', 'không dẫn tới trang nào', 'dòng'] },
  { id: 'body-link-without-slash', what: 'Đường link thiếu dấu `/` đầu (`khoa-hoc/…`), tính từ trang bài thành địa chỉ sai', apply: (e) => e.edit(LESSON, appendBody('Xem [khóa học](khoa-hoc/khoa-mau/).')), file: LESSON, says: ['khoa-hoc/khoa-mau/', 'bắt đầu bằng dấu /'] },
  { id: 'body-empty', what: 'Bài không có nội dung', apply: (e) => e.edit(LESSON, (t) => t.replace(/(\n---\n)[\s\S]*$/, '$1')), file: LESSON, says: ['chưa có nội dung'] },
  { id: 'body-missing-remember', what: 'Bài thiếu phần ghi nhớ `<Remember>`', apply: (e) => e.edit(LESSON, (t) => t.replace(/<Remember>[\s\S]*<\/Remember>/, '')), file: LESSON, says: ['<Remember>'] },
  { id: 'body-glossary', what: 'Viết sai cách viết thống nhất (`mã otp`)', apply: (e) => e.edit(LESSON, appendBody('Không đưa mã otp cho ai.')), file: LESSON, says: ['"mã otp"', '"mã OTP"'] },
  // Media named from the body.
  { id: 'figure-missing-alt', what: '`<Figure>` không có `alt`', apply: (e) => e.edit(LESSON, (t) => t.replace('<Figure src="khoa-mau/anh.svg" alt="Hình vẽ mẫu." />', '<Figure src="khoa-mau/anh.svg" />')), file: LESSON, says: ['<Figure src="khoa-mau/anh.svg">', 'thiếu alt'] },
  { id: 'figure-missing-file', what: '`<Figure>` ghi tên ảnh không có', apply: (e) => e.edit(LESSON, (t) => t.replace('<Figure src="khoa-mau/anh.svg"', '<Figure src="khoa-mau/khong-co.svg"')), file: LESSON, says: ['khong-co.svg', 'không tìm thấy tệp'] },
  { id: 'step-image-missing-alt', what: '`<Step image=…>` không có `alt`', apply: (e) => e.edit(LESSON, (t) => t.replace('<Step image="khoa-mau/anh.svg" alt="Hình vẽ mẫu.">', '<Step image="khoa-mau/anh.svg">')), file: LESSON, says: ['<Step image="khoa-mau/anh.svg">', 'thiếu alt'] },
  { id: 'video-missing-captions', what: 'Video không có phụ đề', apply: (e) => e.edit(LESSON, (t) => t.replace(' captions="khoa-mau/video.vtt"', '')), file: LESSON, says: ['<Video src="khoa-mau/video.mp4">', 'thiếu phụ đề', 'WebVTT'] },
  { id: 'video-missing-transcript', what: 'Video không có bản chữ', apply: (e) => e.edit(LESSON, (t) => t.replace('Lời thoại của video mẫu.', '')), file: LESSON, says: ['<Video src="khoa-mau/video.mp4">', 'thiếu bản chữ'] },
  { id: 'media-uppercase-extension', what: 'Ảnh chụp đuôi `.JPG` hoặc `.SVG` viết hoa', apply: (e) => { e.rename('media/khoa-mau/anh.svg', 'media/khoa-mau/anh.SVG'); e.edit(LESSON, (t) => t.replaceAll('khoa-mau/anh.svg', 'khoa-mau/anh.SVG')); }, file: 'media/khoa-mau/anh.SVG', says: ['đuôi viết thường', 'anh.svg'] },
  { id: 'media-name-with-spaces', what: 'Tên ảnh có dấu và dấu cách', apply: (e) => e.write('media/khoa-mau/Ảnh chụp.svg', e.read('media/khoa-mau/anh.svg')), file: 'Ảnh chụp.svg', says: ['chữ thường không dấu', 'anh-chup.svg'] },
  { id: 'media-unknown-type', what: 'Tệp Word trong thư mục ảnh', apply: (e) => e.write('media/khoa-mau/bai.docx', 'x'), file: 'bai.docx', says: ['".docx"', 'không dùng được'] },
  { id: 'media-huge-photo', what: 'Ảnh chụp quá lớn (4000×3000 điểm ảnh)', apply: async (e) => e.write('media/khoa-mau/anh-lon.png', await png(4000, 3000)), file: 'anh-lon.png', says: ['4000×3000', '3000 điểm ảnh', 'Thu nhỏ'] },
  { id: 'media-heavy-photo', what: 'Ảnh nặng quá 2 MB', apply: async (e) => e.write('media/khoa-mau/anh-nang.png', await png(1200, 1000, true)), file: 'anh-nang.png', says: ['2 MB', 'Thu nhỏ'] },
  { id: 'media-broken-photo', what: 'Tệp ảnh hỏng', apply: (e) => e.write('media/khoa-mau/anh-hong.png', 'không phải ảnh'), file: 'anh-hong.png', says: ['không đọc được ảnh'] },
  { id: 'media-heavy-lesson', what: 'Các hình của một bài nặng quá 60 KB', apply: (e) => { e.write('media/khoa-mau/anh.svg', `<svg xmlns="http://www.w3.org/2000/svg">${Array.from({ length: 9000 }, (_, i) => `<circle r="${(i * 7919) % 99991}" cx="${(i * 104729) % 100003}" cy="${(i * 1299709) % 100019}"/>`).join('')}</svg>`); }, file: LESSON, says: ['quá 60 KB'] },
  // News.
  { id: 'news-missing-cover-file', what: 'Tin ghi ảnh bìa không có', apply: (e) => e.edit(NEWS, (t) => t.replace('tin-tuc/anh-tin.svg', 'tin-tuc/khong-co.svg')), file: NEWS, says: ['"cover.src"', 'khong-co.svg'] },
  { id: 'news-impossible-date', what: 'Tin có ngày không có thật (`2025-02-30`)', apply: (e) => e.edit(NEWS, setLine('date', 'date: 2025-02-30')), file: NEWS, says: ['"date"', 'không phải một ngày có thật'] },
  { id: 'news-bad-category', what: 'Chuyên mục tin không có', apply: (e) => e.edit(NEWS, setLine('category', 'category: tin vui')), file: NEWS, says: ['"category"', '"hoạt động"'] },
  { id: 'news-unknown-task', what: 'Tin ghi nhiệm vụ không có trong kế hoạch', apply: (e) => e.edit(NEWS, setLine('sample', 'tasks:\n  - "2.7"\nsample: true')), file: NEWS, says: ['"tasks"', 'không có nhiệm vụ "2.7"'] },
  { id: 'news-missing-publisher', what: 'Tin thiếu đơn vị đưa tin (như trang Quản trị ghi khi bỏ trống)', apply: (e) => e.edit(NEWS, setLine('publisher', '')), file: NEWS, says: ['"publisher"', 'bị thiếu', 'Ghi đơn vị đưa tin'] },
  { id: 'news-duplicate-slug-case', what: 'Hai tin trùng tên, chỉ khác chữ hoa', apply: (e) => e.write('wards/mau/news/Tin-Mau.mdx', e.read(NEWS)), file: 'wards/mau/news/Tin-Mau.mdx', says: ['chữ thường không dấu', 'tin-mau.mdx'] },
  { id: 'news-title-script', what: 'Tiêu đề tin có `</script>`: hợp lệ, hiện ra như chữ', apply: (e) => e.edit(NEWS, setLine('title', 'title: "Cảnh giác thẻ </script><img src=x onerror=alert(1)> giả"')), file: '', says: [] },
  { id: 'news-empty-body', what: 'Tin không có nội dung', apply: (e) => e.edit(NEWS, (t) => t.replace('Nội dung tin.', '')), file: NEWS, says: ['chưa có nội dung'] },
  { id: 'news-saved-as-md', what: 'Tin lưu đuôi `.md`', apply: (e) => e.rename(NEWS, 'wards/mau/news/tin-mau.md'), file: 'wards/mau/news/tin-mau.md', says: ['tin-mau.mdx'] },
  // Events.
  { id: 'event-end-before-start', what: 'Lớp học kết thúc trước khi bắt đầu', apply: (e) => e.edit(EVENT, (t) => t.replace('end: 2026-12-05 10:30', 'end: 2026-12-05 07:00')), file: EVENT, says: ['"end"', 'phải sau giờ bắt đầu (2026-12-05 08:00)'] },
  { id: 'event-start-without-time', what: 'Giờ bắt đầu chỉ có ngày', apply: (e) => e.edit(EVENT, setLine('start', 'start: 2026-12-05')), file: EVENT, says: ['"start"', 'thiếu giờ', '2026-12-05 08:00'] },
  { id: 'event-impossible-time', what: 'Giờ không có thật (`25:00`)', apply: (e) => e.edit(EVENT, setLine('start', 'start: 2026-12-05 25:00')), file: EVENT, says: ['"start"', 'có thật'] },
  { id: 'event-unknown-course', what: 'Lớp học ghi khóa học không có', apply: (e) => e.edit(EVENT, setLine('free', 'free: true\ncourse: khoa-khong-co')), file: EVENT, says: ['"course"', 'khoa-khong-co'] },
  { id: 'event-missing-place', what: 'Lớp học thiếu nơi học', apply: (e) => e.edit(EVENT, (t) => t.replace(/place:\n(?: {2}.*\n)+/, '')), file: EVENT, says: ['"place"', 'bị thiếu'] },
  { id: 'event-free-yes', what: '`free: có` thay cho `true`', apply: (e) => e.edit(EVENT, setLine('free', 'free: có')), file: EVENT, says: ['"free"', 'true hoặc false'] },
  // Courses, paths, practice, drills.
  { id: 'course-bad-icon', what: 'Khóa học có biểu tượng không có', apply: (e) => e.edit(COURSE, setLine('icon', 'icon: star')), file: COURSE, says: ['"icon"', '"shield"'] },
  { id: 'course-raw-html', what: 'Thẻ HTML trong trang khóa học (Markdown)', apply: (e) => e.edit(COURSE, appendBody('<script>alert(1)</script>')), file: COURSE, says: ['thẻ HTML', 'Markdown'] },
  { id: 'path-unknown-lesson', what: 'Lộ trình ghi bài không có (bài đã đổi tên)', apply: (e) => e.edit(PATH, (t) => t.replace('khoa-mau/bai-mau', 'khoa-mau/bai-doi-ten')), file: PATH, says: ['"lessons"', 'khoa-mau/bai-doi-ten', 'đổi tên'] },
  { id: 'path-wrong-file-name', what: 'Tên tệp lộ trình không theo nhóm', apply: (e) => e.rename(PATH, 'paths/lo-trinh.yaml'), file: 'paths/lo-trinh.yaml', says: ['moi-nguoi.yaml'] },
  { id: 'practice-missing-hint', what: 'Bài thực hành thiếu lời nhắc', apply: (e) => e.edit(PRACTICE, (t) => t.replace('    hint: Nút “Chuyển tiền” ở giữa màn hình.\n', '')), file: PRACTICE, says: ['steps.0.hint', 'bị thiếu', 'Ghi lời nhắc khi bấm sai'] },
  { id: 'practice-unknown-lesson', what: 'Bài thực hành ghi bài học không có', apply: (e) => e.edit(PRACTICE, setLine('lesson', 'lesson: khoa-mau/khong-co')), file: PRACTICE, says: ['"lesson"', 'khoa-mau/khong-co'] },
  { id: 'drill-duplicate-id', what: 'Hai tình huống lừa đảo trùng `id`', apply: (e) => e.edit(DRILL, (t) => t.replace('id: tinh-huong-2', 'id: tinh-huong-1')), file: DRILL, says: ['"id"', 'tinh-huong-1', 'bị trùng'] },
  { id: 'drill-unknown-lesson', what: 'Tình huống lừa đảo ghi bài không có', apply: (e) => e.edit(DRILL, (t) => t.replace('lesson: khoa-mau/bai-mau', 'lesson: khoa-mau/khong-co')), file: DRILL, says: ['"lesson"', 'khoa-mau/khong-co'] },
  // Pages' prose.
  { id: 'page-missing-file', what: 'Thiếu tệp lời của một trang', apply: (e) => e.remove(LEAFLET), file: LEAFLET, says: ['không tìm thấy tệp lời tờ rơi'] },
  { id: 'page-missing-description', what: 'Lời trang thiếu câu giới thiệu', apply: (e) => e.edit(LEAFLET, (t) => t.replace(/^description:.*\n/m, '')), file: LEAFLET, says: ['"description"', 'bị thiếu', 'Ghi một hai câu ngắn'] },
  { id: 'page-unknown-file', what: 'Tệp lời trang không trang nào dùng', apply: (e) => e.write('pages/gioi-thieu.mdx', e.read(LEAFLET)), file: 'pages/gioi-thieu.mdx', says: ['gioi-thieu.mdx'] },
  // Ward and plan.
  { id: 'ward-missing-phone', what: 'Thông tin phường thiếu số điện thoại', apply: (e) => e.edit(WARD, (t) => t.replace(/ {2}phone:.*\n/, '')), file: WARD, says: ['"office.phone"', 'Ghi số điện thoại'] },
  { id: 'ward-missing-file', what: 'Thiếu tệp thông tin phường', apply: (e) => e.remove(WARD), file: WARD, says: ['không tìm thấy tệp thông tin phường'] },
  { id: 'ward-http-portal', what: 'Địa chỉ cổng phường không có `https://`', apply: (e) => e.edit(WARD, setLine('portalUrl', 'portalUrl: anbinh.hanoi.gov.vn')), file: WARD, says: ['"portalUrl"', 'https://'] },
  { id: 'fact-unknown-id', what: 'Bài ghi `<Fact id="…">` không có trong `facts.yaml` (gõ sai mã)', apply: (e) => e.edit(LESSON, appendBody('Gọi <Fact id="tong-dai-165" /> để báo.')), file: LESSON, says: ['tong-dai-165', 'content/site/facts.yaml', 'tong-dai-156', 'dòng'] },
  { id: 'fact-missing-source', what: 'Thông tin quốc gia thiếu nguồn', apply: (e) => e.edit(FACTS, (t) => t.replace(/\n {4}source:\n(?: {6}.*\n){3}/, '\n')), file: FACTS, says: ['"facts.0.source"', 'bị thiếu', 'title, url và official'] },
  { id: 'fact-impossible-date', what: 'Thông tin quốc gia có ngày kiểm tra không có thật (`checked: 2026-02-30`)', apply: (e) => e.edit(FACTS, (t) => t.replace(/^( {4}checked:) .*/m, '$1 2026-02-30')), file: FACTS, says: ['"facts.0.checked"', 'không phải một ngày có thật', 'checked: 2026-12-07'] },
  { id: 'fact-step-unknown-id', what: 'Bước “Nếu đã lỡ…” ghi `[fact:…]` không có', apply: (e) => e.edit(FACTS, (t) => t.replace('[fact:cong-an-113]', '[fact:cong-an-114]')), file: FACTS, says: ['cong-an-114', 'cong-an-113'] },
  { id: 'ward-show-unknown', what: 'Bài ghi `<Ward show="…">` không có', apply: (e) => e.edit(LESSON, appendBody('Đến <Ward show="motCua" />.')), file: LESSON, says: ['motCua', 'helpDesk', 'police'] },
  { id: 'plan-missing-lead', what: 'Nhiệm vụ thiếu cơ quan chủ trì', apply: (e) => e.edit(PLAN, (t) => t.replace(/\n {4}lead:.*/, '')), file: PLAN, says: ['"tasks.0.lead"', 'bị thiếu', 'Chép cơ quan chủ trì'] },
  { id: 'plan-unknown-course', what: 'Nhiệm vụ ghi khóa học không có', apply: (e) => e.edit(PLAN, (t) => t.replace('      - khoa-mau', '      - khoa-khong-co')), file: PLAN, says: ['"courses"', 'khoa-khong-co'] },
  { id: 'indicator-impossible-date', what: 'Chỉ số có ngày không có thật', apply: (e) => e.edit(INDICATORS, (t) => t.replace(/^( {4}asOf:) .*/m, '$1 2026-11-31')), file: INDICATORS, says: ['asOf', 'không phải một ngày có thật'] },
  { id: 'indicator-unknown-task', what: 'Chỉ số ghi nhiệm vụ không có', apply: (e) => e.edit(INDICATORS, (t) => t.replace(/task: "[0-9.]+"/, 'task: "1.9"')), file: INDICATORS, says: ['"indicators.0.task"', 'nhóm.số'] },
  { id: 'network-missing-teams', what: 'Mạng lưới hỗ trợ không có tổ nào', apply: (e) => e.edit(NETWORK, (t) => t.replace(/teams:\n(?: {2}.*\n)+/, 'teams: []\n')), file: NETWORK, says: ['"teams"'] },
];
