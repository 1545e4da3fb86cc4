import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './errors.ts';
import { drillSchema, type ScamScenario } from './practice-schema.ts';
import { getLessons } from './queries.ts';
import { contentDir } from './ward.ts';
import { readYamlFile } from './yaml-file.ts';

export type Exercise = CollectionEntry<'practice'>;

const shown = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

function fail(problems: string[]) {
  if (problems.length) {
    throw new ContentError(['Nội dung có lỗi, cần sửa trước khi dựng trang:', ...problems.map((problem) => `- ${problem}`)].join('\n'));
  }
}

/** Practice exercises in course order, each checked against the lesson it names. */
export async function getExercises(): Promise<Exercise[]> {
  const [exercises, lessons] = await Promise.all([getCollection('practice'), getLessons()]);
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  fail(
    exercises.flatMap((exercise) => {
      const lesson = byId.get(exercise.data.lesson);
      if (!lesson) return [`${shown(exercise)}: trường "lesson": không có bài "${exercise.data.lesson}". Ghi dạng thư-mục-khóa-học/tên-tệp-bài, ví dụ: ${lessons[0]?.id ?? ''}.`];
      if (lesson.data.course !== exercise.data.course) return [`${shown(exercise)}: trường "course": bài "${lesson.id}" thuộc khóa "${lesson.data.course}". Sửa course: ${lesson.data.course}.`];
      return [];
    }),
  );
  const order = new Map(lessons.map((lesson, index) => [lesson.id, index]));
  return exercises.sort((a, b) => (order.get(a.data.lesson) ?? 0) - (order.get(b.data.lesson) ?? 0));
}

/** The exercise that practises a lesson, if any. */
export const exerciseFor = (exercises: Exercise[], lessonId: string) => exercises.find((exercise) => exercise.data.lesson === lessonId);

/** The scam drill's scenarios (content/drills/lua-dao.yaml), each naming a lesson that exists. */
export async function getScenarios(): Promise<ScamScenario[]> {
  const file = join(contentDir(), 'drills', 'lua-dao.yaml');
  const { scenarios } = readYamlFile(file, drillSchema, 'Sao chép tệp mẫu content/drills/lua-dao.yaml vào đúng chỗ.');
  const lessons = new Set((await getLessons()).map((lesson) => lesson.id));
  const seen = new Set<string>();
  fail(
    scenarios.flatMap((scenario, index) => {
      const problems: string[] = [];
      if (!lessons.has(scenario.lesson)) problems.push(`${file}: tình huống ${index + 1} (${scenario.id}), trường "lesson": không có bài "${scenario.lesson}".`);
      if (seen.has(scenario.id)) problems.push(`${file}: tình huống ${index + 1}, trường "id": "${scenario.id}" bị trùng. Mỗi tình huống một id riêng.`);
      seen.add(scenario.id);
      return problems;
    }),
  );
  return scenarios;
}

