import { markdownToMdast, mdxToMdast } from 'satteri';

/*
 * What a lesson, news or event body may hold. An MDX body is code: a `{…}`
 * runs on the build machine (and could publish its secrets), an import loads
 * anything, an attribute can carry a script. Editors need none of that: plain
 * Markdown and the documented components with text attributes. Everything
 * else is refused with what to write instead, at its line and column.
 */

/** The components a body may use, with the attributes each takes. */
export const BODY_COMPONENTS: Record<string, readonly string[]> = {
  Steps: [],
  Step: ['image', 'alt'],
  Tip: [],
  Warning: [],
  Remember: [],
  Figure: ['src', 'alt', 'caption'],
  Video: ['src', 'captions', 'title'],
  Fact: ['id'],
  Ward: ['show'],
  IfScammed: [],
};

/** Plain HTML an editor may use for emphasis inside a sentence; nothing that loads or runs. */
const INLINE_HTML: Record<string, readonly string[]> = {
  br: [],
  strong: [],
  em: [],
  b: [],
  i: [],
  sub: [],
  sup: [],
  small: [],
  mark: [],
  kbd: [],
  abbr: ['title'],
};

const INSTEAD: Record<string, string> = {
  a: 'Viết đường link bằng Markdown: [chữ hiện ra](/khoa-hoc/ten-khoa-hoc/ten-bai/).',
  img: 'Chèn ảnh bằng <Figure src="ten-khoa-hoc/ten-anh.svg" alt="Lời tả ảnh." />, ảnh đặt trong content/media/.',
  video: 'Chèn video bằng <Video src="…mp4" captions="…vtt" title="…">bản chữ</Video>, tệp đặt trong content/media/.',
  script: 'Bài học không được chứa mã chạy trên máy người đọc. Xóa thẻ này.',
  style: 'Bài học không tự đặt kiểu chữ, màu sắc. Xóa thẻ này; dùng <Tip>, <Warning> hoặc <Remember> để làm nổi một ý.',
  iframe: 'Trang không nhúng nội dung của trang khác (để không lộ thông tin người đọc). Thay bằng một đường link [chữ](https://…).',
};
for (const tag of ['object', 'embed', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'audio', 'source', 'track', 'frame', 'frameset', 'portal']) {
  INSTEAD[tag] ??= 'Thẻ này chạy mã hoặc tải nội dung từ nơi khác nên không được dùng trong bài. Xóa thẻ này.';
}

export interface BodyProblem {
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

/** A link or a picture the body names, for the route and media checks. */
export interface BodyReference {
  kind: 'link' | 'image';
  url: string;
  line?: number | undefined;
}

/** A component the body uses, with its text attributes, for checks across files (fact ids). */
export interface BodyComponent {
  name: string;
  attributes: Record<string, string>;
  line?: number | undefined;
}

export interface BodyFacts {
  problems: BodyProblem[];
  references: BodyReference[];
  components: BodyComponent[];
  /** Words of prose outside tags, to tell an empty body. */
  hasText: boolean;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const DANGEROUS_URL = /^\s*(javascript|vbscript|data|file):/i;
const REMOTE_URL = /^\s*(https?:)?\/\//i;

/** The closest name, for "did you mean": same letters ignoring case, or at most two edits away. */
function closest(name: string, names: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j += 1) {
        const current = row[j] ?? 0;
        row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length] ?? Infinity;
  };
  const lower = name.toLowerCase();
  return names.find((candidate) => candidate.toLowerCase() === lower) ?? names.find((candidate) => distance(candidate.toLowerCase(), lower) <= 2);
}

/** Turns the MDX parser's English syntax errors into the editor's words, keeping line and column. */
export function syntaxProblem(error: unknown): BodyProblem {
  const text = error instanceof Error ? error.message : String(error);
  const [, line, column, rest = text] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text) ?? [];
  const at = { line: line ? Number(line) : undefined, column: column ? Number(column) : undefined };
  let match: RegExpExecArray | null;
  if ((match = /Expected a closing tag for `<([^>`]+)>`/.exec(rest))) {
    return { ...at, message: `thẻ <${match[1]}> mở ở đây nhưng chưa đóng. Thêm </${match[1]}> ở cuối phần nội dung của nó (trên một dòng riêng, có dòng trống phía trước), hoặc viết <${match[1]} ... /> nếu thẻ không có nội dung.` };
  }
  if ((match = /Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]+)>`/.exec(rest))) {
    return { ...at, message: `thẻ đóng </${match[1]}> không khớp với thẻ <${match[2]}> đang mở. Đóng <${match[2]}> bằng </${match[2]}> trước, rồi mới đóng thẻ ngoài.` };
  }
  if ((match = /Unexpected closing slash `\/` in tag|Unexpected lazy line|Unexpected end of file in expression|closing brace/.exec(rest)) && /brace|expression/.test(rest)) {
    return { ...at, message: 'dấu ngoặc nhọn { hoặc } là ký hiệu chạy mã trong tệp .mdx. Nếu cần viết dấu ngoặc nhọn, viết \\{ và \\}; nếu không, xóa nó.' };
  }
  if (/Unexpected character .* before name|Unexpected character after `<`|expected a valid JSX tag/.test(rest)) {
    return { ...at, message: 'dấu < ở đây bị hiểu là mở một thẻ. Nếu muốn viết dấu nhỏ hơn, viết &lt; hoặc chữ "nhỏ hơn"; nếu là một thẻ, viết liền tên thẻ sau dấu <, ví dụ <Tip>.' };
  }
  if (/Unexpected end of file/.test(rest)) {
    return { ...at, message: 'tệp kết thúc khi một thẻ hoặc dấu ngoặc chưa đóng. Kiểm tra các thẻ <…> và dấu { } ở cuối tệp.' };
  }
  return { ...at, message: `nội dung viết sai cú pháp MDX (${rest.replace(/\s*\([^)]*\)\s*$/, '').trim()}). Kiểm tra các thẻ <…>, dấu { } và dấu < ở dòng này.` };
}

/** Checks a body (the whole file, so lines match) and collects its links and pictures. */
export function checkBody(source: string, format: 'mdx' | 'markdown'): BodyFacts {
  const problems: BodyProblem[] = [];
  const references: BodyReference[] = [];
  const components: BodyComponent[] = [];
  let hasText = false;
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as unknown as Node;
  } catch (error) {
    return { problems: [syntaxProblem(error)], references, components, hasText: true };
  }
  const at = (node: Node) => ({ line: node.position?.start.line, column: node.position?.start.column });
  const problem = (node: Node, message: string) => problems.push({ ...at(node), message });

  const checkUrl = (node: Node, url: string, what: string) => {
    if (DANGEROUS_URL.test(url)) problem(node, `${what} "${url.slice(0, 40)}" chạy mã hoặc nhúng dữ liệu, không được dùng. Ghi địa chỉ một trang (https://… hoặc /khoa-hoc/…).`);
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problem(node, `không viết import hay export trong bài: đó là mã chạy khi dựng trang. Các khối ${Object.keys(BODY_COMPONENTS).join(', ')} dùng được ngay, không cần import. Xóa dòng này.`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problem(node, `phần {${String(node.value ?? '').slice(0, 30)}} là mã chạy khi dựng trang, không được dùng trong bài. Nếu cần viết dấu ngoặc nhọn, viết \\{ và \\}.`);
        return;
      case 'html':
        // Raw HTML in a Markdown (.md) file goes to the page as it is.
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(String(node.value))) {
          problem(node, `không dùng thẻ HTML (${String(node.value).trim().slice(0, 30)}) trong tệp Markdown. Viết bằng Markdown: **chữ đậm**, [đường link](/khoa-hoc/…/), danh sách bắt đầu bằng "- ".`);
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = BODY_COMPONENTS[name] ?? INLINE_HTML[name];
        if (!name) {
          problem(node, 'thẻ rỗng <> không dùng được. Xóa nó.');
        } else if (!allowed) {
          const suggestion = closest(name, Object.keys(BODY_COMPONENTS));
          problem(
            node,
            INSTEAD[name.toLowerCase()]
              ? `không dùng thẻ <${name}>. ${INSTEAD[name.toLowerCase()]}`
              : /^[A-Z]/.test(name)
                ? `không có khối <${name}>.${suggestion ? ` Có phải ý bạn là <${suggestion}>?` : ''} Các khối dùng được: ${Object.keys(BODY_COMPONENTS).map((component) => `<${component}>`).join(', ')}.`
                : `không dùng thẻ HTML <${name}> trong bài. Viết bằng Markdown, hoặc dùng các khối ${Object.keys(BODY_COMPONENTS).map((component) => `<${component}>`).join(', ')}.`,
          );
        }
        if (BODY_COMPONENTS[name]) {
          const attributes: Record<string, string> = {};
          for (const attribute of node.attributes ?? []) {
            if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') attributes[attribute.name ?? ''] = attribute.value;
          }
          components.push({ name, attributes, line: node.position?.start.line });
        }
        for (const attribute of allowed ? (node.attributes ?? []) : []) {
          if (attribute.type !== 'mdxJsxAttribute') {
            problem(node, `thẻ <${name}> có phần {…}: đó là mã chạy khi dựng trang. Ghi từng thuộc tính dạng tên="giá trị".`);
            continue;
          }
          const key = attribute.name ?? '';
          const value = attribute.value;
          if (/^on/i.test(key)) {
            problem(node, `thẻ <${name}> có thuộc tính ${key}: đó là mã chạy trên máy người đọc, không được dùng. Xóa ${key}="…".`);
          } else if (allowed && !allowed.includes(key)) {
            problem(node, `thẻ <${name}> không có thuộc tính ${key}.${allowed.length ? ` Dùng: ${allowed.join(', ')}.` : ' Thẻ này không cần thuộc tính nào.'}`);
          }
          if (value !== null && value !== undefined && typeof value !== 'string') {
            problem(node, `thuộc tính ${key} của thẻ <${name}> viết trong dấu { }: đó là mã chạy khi dựng trang. Viết giá trị trong dấu nháy kép, ví dụ ${key}="…".`);
          } else if (typeof value === 'string') {
            checkUrl(node, value, `thuộc tính ${key}`);
            if (/^(src|image|captions)$/.test(key) && REMOTE_URL.test(value)) {
              problem(node, `thẻ <${name}> lấy tệp từ trang khác (${value.slice(0, 40)}): trang không tải gì từ nơi khác. Chép tệp vào content/media/ và ghi ${key}="ten-khoa-hoc/ten-tep".`);
            }
          }
        }
        break;
      }
      case 'link':
      case 'definition':
        if (node.url !== undefined) {
          checkUrl(node, node.url, 'đường link');
          references.push({ kind: 'link', url: node.url, line: node.position?.start.line });
        }
        break;
      case 'image':
        if (node.url !== undefined) {
          checkUrl(node, node.url, 'ảnh');
          if (!node.alt?.trim()) problem(node, `ảnh ![](${node.url}) thiếu lời tả (chữ trong ngoặc vuông) cho người không nhìn thấy. Viết ![Lời tả ảnh](${node.url}), hoặc dùng <Figure src="…" alt="…" />.`);
          if (REMOTE_URL.test(node.url)) {
            problem(node, `ảnh lấy từ trang khác (${node.url.slice(0, 40)}): trang không tải gì từ nơi khác. Chép ảnh vào content/media/ và chèn bằng <Figure src="ten-khoa-hoc/ten-anh.png" alt="…" />.`);
          } else {
            references.push({ kind: 'image', url: node.url, line: node.position?.start.line });
          }
        }
        break;
      case 'text':
        if (String(node.value ?? '').trim()) hasText = true;
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { problems, references, components, hasText };
}
