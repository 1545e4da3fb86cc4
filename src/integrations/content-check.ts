import { resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError } from '../lib/content/errors.ts';
import { checkContent, formatProblems } from '../lib/content/validate.ts';

/**
 * Runs the content check (lib/content/validate.ts) before Astro reads any
 * content: a build stops on any error with the editor's message, so a host
 * that runs only `npm run build` after each commit never publishes what
 * `npm run check:content` calls wrong. `astro dev` prints the errors at start
 * and again whenever a content file changes, and goes on, so an editor keeps
 * a preview while fixing them.
 */
export default function contentCheck(dir: string): AstroIntegration {
  const report = async () => {
    const errors = (await checkContent(dir)).problems.filter((problem) => problem.level === 'error');
    return errors.length ? [`Nội dung có ${errors.length} lỗi, cần sửa trước khi dựng trang:`, '', formatProblems(errors), ''].join('\n') : '';
  };
  const recheck = async (logger: AstroIntegrationLogger) => {
    const message = await report();
    if (message) logger.warn(message);
    else logger.info('Nội dung không có lỗi.');
  };
  return {
    name: 'hvs:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const message = await report();
        if (message && command === 'build') throw new ContentError(message);
        if (message) logger.warn(message);
      },
      'astro:server:setup': ({ server, logger }) => {
        const folder = resolve(dir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(folder)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void recheck(logger), 300);
        });
      },
    },
  };
}
