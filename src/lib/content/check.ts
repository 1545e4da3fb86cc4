import { slugify } from '../text/fold.ts';

/*
 * Rules that span files or live in a lesson's MDX body, which the frontmatter
 * schemas cannot see. Each problem names the file, the field or tag, and the fix.
 */

export interface LessonFacts {
  /** "<course>/<lesson>" */
  id: string;
  /** Path shown to the editor, e.g. content/courses/x/y.mdx */
  file: string;
  course: string;
  order: number;
  body: string;
}

export interface PathFacts {
  /** File name without extension: the URL slug. */
  id: string;
  file: string;
  audience: string;
  lessons: string[];
}

interface Tag {
  name: string;
  attributes: Record<string, string>;
  /** Text between the opening and closing tag; null for a self-closing tag. */
  children: string | null;
}

const TAG = /<(Figure|Step|Video)\b((?:"[^"]*"|'[^']*'|\{[^}]*\}|[^>"'{])*?)(\/?)>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;

/** Finds the media tags of a lesson body with their attributes and children. */
export function mediaTags(body: string): Tag[] {
  return [...body.matchAll(TAG)].map((match) => {
    const [, name = '', rawAttributes = '', selfClosing] = match;
    const attributes: Record<string, string> = {};
    for (const [, key = '', double, single, expression] of rawAttributes.matchAll(ATTRIBUTE)) {
      attributes[key] = double ?? single ?? expression ?? '';
    }
    let children: string | null = null;
    if (!selfClosing) {
      const start = (match.index ?? 0) + match[0].length;
      const end = body.indexOf(`</${name}>`, start);
      children = end === -1 ? '' : body.slice(start, end);
    }
    return { name, attributes, children };
  });
}

function checkTag(tag: Tag, file: string, mediaExists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  const where = `${file}: thẻ <${tag.name}${tag.attributes['src'] ? ` src="${tag.attributes['src']}"` : tag.attributes['image'] ? ` image="${tag.attributes['image']}"` : ''}>`;
  const needFile = (attribute: string, example: string) => {
    const value = tag.attributes[attribute];
    if (!value) problems.push(`${where} thiếu ${attribute}. Thêm ${attribute}="${example}" (đường dẫn tính từ thư mục content/media/).`);
    else if (!mediaExists(value)) problems.push(`${where}: không tìm thấy tệp content/media/${value}. Kiểm tra tên tệp hoặc chép tệp vào content/media/.`);
  };
  const needAlt = () => {
    if (!tag.attributes['alt']?.trim()) {
      problems.push(`${where} thiếu alt (lời tả ảnh cho người không nhìn thấy). Thêm alt="..." tả điều ảnh cho thấy, ví dụ: alt="Màn hình có nút Đăng nhập ở giữa."`);
    }
  };
  if (tag.name === 'Figure') {
    needFile('src', 'ten-khoa-hoc/ten-anh.svg');
    needAlt();
  } else if (tag.name === 'Step' && 'image' in tag.attributes) {
    needFile('image', 'ten-khoa-hoc/ten-anh.svg');
    needAlt();
  } else if (tag.name === 'Video') {
    needFile('src', 'ten-khoa-hoc/ten-video.mp4');
    if (!tag.attributes['captions']?.endsWith('.vtt')) {
      problems.push(`${where} thiếu phụ đề. Thêm captions="ten-khoa-hoc/ten-video.vtt" (tệp phụ đề WebVTT tiếng Việt).`);
    } else {
      needFile('captions', 'ten-khoa-hoc/ten-video.vtt');
    }
    if (!tag.children?.trim()) {
      problems.push(`${where} thiếu bản chữ (lời thoại của video). Viết bản chữ giữa <Video ...> và </Video>.`);
    }
  }
  return problems;
}

/** Checks lessons against courses, each other and the media folder. */
export function checkLessons(lessons: LessonFacts[], courseIds: string[], mediaExists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  const seen = new Map<string, LessonFacts>();
  for (const lesson of lessons) {
    const folder = lesson.id.split('/')[0] ?? '';
    if (!courseIds.includes(lesson.course)) {
      problems.push(`${lesson.file}: trường "course": không có khóa học "${lesson.course}". Ghi một trong: ${courseIds.join(', ')}.`);
    } else if (lesson.course !== folder) {
      problems.push(`${lesson.file}: trường "course" ghi "${lesson.course}" nhưng bài nằm trong thư mục "${folder}". Sửa course: ${folder} hoặc chuyển tệp sang content/courses/${lesson.course}/.`);
    }
    const key = `${lesson.course}#${lesson.order}`;
    const other = seen.get(key);
    if (other) {
      problems.push(`${lesson.file}: trường "order": số ${lesson.order} trùng với bài ${other.file} trong cùng khóa học. Đổi sang một số chưa dùng.`);
    } else {
      seen.set(key, lesson);
    }
    for (const tag of mediaTags(lesson.body)) problems.push(...checkTag(tag, lesson.file, mediaExists));
  }
  return problems;
}

/** Checks that a learning path is named after its audience and names only lessons that exist. */
export function checkPaths(paths: PathFacts[], lessonIds: string[]): string[] {
  return paths.flatMap((path) => {
    const problems = path.lessons
      .filter((id) => !lessonIds.includes(id))
      .map((id) => `${path.file}: trường "lessons": không có bài "${id}" (bài có thể đã đổi tên, bị xóa, hoặc tệp bài đang có lỗi tên). Ghi dạng thư-mục-khóa-học/tên-tệp-bài, ví dụ: ${lessonIds[0] ?? 'an-toan-tren-mang/cuoc-goi-gia-danh-cong-an'}.`);
    const expected = slugify(path.audience);
    if (path.id !== expected) {
      problems.push(`${path.file}: tên tệp phải theo nhóm "${path.audience}". Đổi tên tệp thành ${expected}.yaml.`);
    }
    return problems;
  });
}

/** What the cross-file check needs of a news item or an event. */
export interface CampaignFacts {
  file: string;
  tasks?: string[] | undefined;
  course?: string | undefined;
  /** Path under content/media/ of the cover picture. */
  cover?: string | undefined;
}

/** Checks that news and events name plan tasks, courses and pictures that exist. */
export function checkCampaign(
  items: CampaignFacts[],
  taskIds: string[],
  courseIds: string[],
  mediaExists: (path: string) => boolean,
): string[] {
  return items.flatMap((item) => {
    const problems = (item.tasks ?? [])
      .filter((id) => !taskIds.includes(id))
      .map((id) =>
        taskIds.length
          ? `${item.file}: trường "tasks": không có nhiệm vụ "${id}" trong kế hoạch của phường (plan/nhiem-vu.yaml trong thư mục của phường). Ghi một trong: ${taskIds.join(', ')}.`
          : `${item.file}: trường "tasks": phường chưa có kế hoạch (plan/nhiem-vu.yaml trong thư mục của phường) nên không có nhiệm vụ "${id}". Xóa dòng tasks: và các dòng dưới nó.`,
      );
    if (item.course !== undefined && !courseIds.includes(item.course)) {
      problems.push(`${item.file}: trường "course": không có khóa học "${item.course}". Ghi một trong: ${courseIds.join(', ')}, hoặc bỏ dòng course:.`);
    }
    if (item.cover !== undefined && !mediaExists(item.cover)) {
      problems.push(`${item.file}: trường "cover.src": không tìm thấy ảnh ${item.cover} trong thư mục media/ của phường hay content/media/. Kiểm tra tên tệp hoặc chép ảnh vào thư mục media/ của phường.`);
    }
    return problems;
  });
}
