import { getCollection, type CollectionEntry } from 'astro:content';
import type { Audience } from '../audiences.ts';

export type Course = CollectionEntry<'courses'>;

/** All courses in their editorial order. */
export async function getCourses(): Promise<Course[]> {
  const courses = await getCollection('courses');
  return courses.sort((a, b) => a.data.order - b.data.order);
}

/** Courses written for an audience, in order; "mọi người" courses suit everyone. */
export function coursesFor(courses: Course[], audience: Audience): Course[] {
  return courses.filter((course) => course.data.audiences.includes(audience));
}

