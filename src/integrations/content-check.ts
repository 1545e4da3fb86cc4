import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content/errors.ts';
import { checkContent, formatProblems } from '../lib/content/validate.ts';

/**
 * Runs the content check (lib/content/validate.ts) before Astro reads any
 * content: a build stops on any error with the editor's message, so a host
 * that runs only `npm run build` after each commit never publishes what
 * `npm run check:content` calls wrong. `astro dev` prints the errors and goes
 * on, so an editor keeps a preview while fixing them.
 */
export default function contentCheck(dir: string): AstroIntegration {
  return {
    name: 'hvs:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = await checkContent(dir);
        const errors = problems.filter((problem) => problem.level === 'error');
        if (!errors.length) return;
        const message = [`Nội dung có ${errors.length} lỗi, cần sửa trước khi dựng trang:`, '', formatProblems(errors), ''].join('\n');
        if (command === 'build') throw new ContentError(message);
        logger.warn(message);
      },
    },
  };
}
