import { getCollection, type CollectionEntry } from 'astro:content';
import { AUDIENCES } from '../audiences.ts';
import { checkLessons, checkPaths } from './check.ts';
import { ContentError } from './errors.ts';
import { mediaFile } from './layout.ts';

export type Course = CollectionEntry<'courses'>;
export type Lesson = CollectionEntry<'lessons'>;
export type LearningPath = CollectionEntry<'paths'>;

/** All courses in their editorial order. */
export async function getCourses(): Promise<Course[]> {
  const courses = await getCollection('courses');
  return courses.sort((a, b) => a.data.order - b.data.order);
}

const shown = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

let built: Promise<Lesson[]> | undefined;

/**
 * Every lesson, by course order then lesson order, after the cross-file checks;
 * a broken rule stops the build with a message for the editor. Content cannot
 * change during a build, so it is worked out once per build (not in `astro dev`,
 * where editors change files as they go); otherwise every page would check
 * every lesson again, which grows with the square of the number of lessons.
 */
export function getLessons(): Promise<Lesson[]> {
  if (!import.meta.env.PROD) return loadLessons();
  built ??= loadLessons();
  return built;
}

async function loadLessons(): Promise<Lesson[]> {
  const [courses, lessons, paths] = await Promise.all([getCourses(), getCollection('lessons'), getCollection('paths')]);
  const media = (path: string) => mediaFile(path) !== undefined;
  const problems = [
    ...checkLessons(
      lessons.map((lesson) => ({ id: lesson.id, file: shown(lesson), course: lesson.data.course, order: lesson.data.order, body: lesson.body ?? '' })),
      courses.map((course) => course.id),
      media,
    ),
    ...checkPaths(
      paths.map((path) => ({ id: path.id, file: shown(path), audience: path.data.audience, lessons: path.data.lessons })),
      lessons.map((lesson) => lesson.id),
    ),
  ];
  if (problems.length) {
    throw new ContentError(['Nội dung có lỗi, cần sửa trước khi dựng trang:', ...problems.map((problem) => `- ${problem}`)].join('\n'));
  }
  const courseOrder = new Map(courses.map((course) => [course.id, course.data.order]));
  return lessons.sort(
    (a, b) => (courseOrder.get(a.data.course) ?? 0) - (courseOrder.get(b.data.course) ?? 0) || a.data.order - b.data.order,
  );
}

/** A course's lessons in order. */
export const lessonsOf = (lessons: Lesson[], courseId: string) => lessons.filter((lesson) => lesson.data.course === courseId);

/** Learning paths in the order of the audience list, each with its lessons resolved. */
export async function getPaths(): Promise<{ path: LearningPath; lessons: Lesson[] }[]> {
  const [paths, lessons] = await Promise.all([getCollection('paths'), getLessons()]);
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const rank = (path: LearningPath) => AUDIENCES.indexOf(path.data.audience);
  return paths.sort((a, b) => rank(a) - rank(b)).map((path) => ({
    path,
    lessons: path.data.lessons.flatMap((id) => byId.get(id) ?? []),
  }));
}

