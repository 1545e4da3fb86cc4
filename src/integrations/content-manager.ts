import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MANAGER_DIR, type ManagerPlacement } from '../lib/cms/where.ts';
import { routes } from '../lib/routes.ts';

/** Astro's folder of hashed files (routes.builtFiles without its slash). */
const BUILT = routes.builtFiles.replace(/\/$/, '');

/** Files the manager's page needs from _astro/: its scripts, their chunks, and what they name (fonts). */
function neededAssets(out: string): Set<string> {
  const assets = new Set(readdirSync(join(out, BUILT)));
  const needed = new Set<string>();
  const queue = [join(out, MANAGER_DIR, 'index.html')];
  while (queue.length > 0) {
    const text = readFileSync(queue.pop() ?? '', 'utf8');
    for (const name of assets) {
      if (!needed.has(name) && text.includes(name)) {
        needed.add(name);
        if (/\.(js|css)$/.test(name)) queue.push(join(out, BUILT, name));
      }
    }
  }
  return needed;
}

// The manager origin's home page sends editors on; it has no script, so the manager's policy covers it.
const LANDING = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta http-equiv="refresh" content="0; url=${MANAGER_DIR}/" />
    <title>Quản trị nội dung – Bình dân học vụ số</title>
  </head>
  <body>
    <p><a href="${MANAGER_DIR}/">Mở trang Quản trị nội dung</a></p>
  </body>
</html>
`;

/**
 * The content manager's routes (src/manager/), placed by HVS_CMS_ORIGIN and
 * HVS_CMS_ONLY (lib/cms/where.ts): in the site's build by default; left out of
 * a public build whose manager lives on an origin of its own; and alone in the
 * build for that origin, which keeps only the manager and its files.
 */
export default function contentManager(placement: ManagerPlacement): AstroIntegration {
  return {
    name: 'hvs:content-manager',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (placement.kind === 'elsewhere') return;
        injectRoute({ pattern: `/${MANAGER_DIR}`, entrypoint: new URL('../manager/index.astro', import.meta.url) });
        injectRoute({ pattern: `/${MANAGER_DIR}/config.yml`, entrypoint: new URL('../manager/config.yml.ts', import.meta.url) });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (placement.kind !== 'alone') return;
        const out = fileURLToPath(dir);
        const assets = neededAssets(out);
        for (const name of readdirSync(out)) {
          if (name === MANAGER_DIR || name === 'favicon.svg') continue;
          if (name === BUILT) {
            for (const asset of readdirSync(join(out, name))) if (!assets.has(asset)) rmSync(join(out, name, asset), { recursive: true });
            continue;
          }
          rmSync(join(out, name), { recursive: true });
        }
        writeFileSync(join(out, 'index.html'), LANDING);
        writeFileSync(join(out, routes.robots), 'User-agent: *\nDisallow: /\n');
        logger.info(`manager-only build for ${placement.origin}: ${MANAGER_DIR}/ and ${assets.size} files of _astro/`);
      },
    },
  };
}
