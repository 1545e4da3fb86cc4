/**
 * What a learner's progress (progress.ts) adds up to for a course: the course
 * page, "Học tập của tôi" and the certificate read it; a lesson does not.
 */
import type { Progress } from './progress.ts';

export interface CourseStatus {
  done: number;
  total: number;
  /** The first lesson not yet finished, if any. */
  next: string | undefined;
  complete: boolean;
  /** Date the last lesson of a complete course was finished (ISO). */
  finishedOn: string | undefined;
}

export function courseStatus(progress: Progress, lessonIds: string[]): CourseStatus {
  const finished = lessonIds.filter((id) => id in progress.done);
  const complete = lessonIds.length > 0 && finished.length === lessonIds.length;
  return {
    done: finished.length,
    total: lessonIds.length,
    next: lessonIds.find((id) => !(id in progress.done)),
    complete,
    finishedOn: complete ? finished.map((id) => progress.done[id] ?? '').sort().at(-1) : undefined,
  };
}

/**
 * The lesson to continue from: the last one opened, or, once that one is
 * finished, the next unfinished lesson of its course (none when the course is
 * complete). `courses` lists each course's lesson ids in order.
 */
export function resumeLesson(progress: Progress, courses: readonly (readonly string[])[]): string | undefined {
  const last = progress.last;
  if (!last || !(last in progress.done)) return last;
  const course = courses.find((ids) => ids.includes(last));
  return course ? courseStatus(progress, [...course]).next : last;
}
