import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/*
 * Zalo and Facebook show a raster picture for a shared link, not SVG: each
 * news cover is drawn once more as a 1200×630 PNG at build time. Drawing is
 * the slow part of a ward's build, and the same cover gives the same picture
 * for every ward and every build, so each is kept by the hash of its drawing
 * (node_modules/.cache/, like other build tools' caches) and drawn once.
 */
const RECIPE = { density: 144, width: 1200, height: 630, background: '#ffffff', compressionLevel: 9, palette: true } as const;
const CACHE = join('node_modules', '.cache', 'hvs-share-pictures');

async function draw(svg: Buffer): Promise<Buffer> {
  return sharp(svg, { density: RECIPE.density })
    .resize(RECIPE.width, RECIPE.height, { fit: 'contain', background: RECIPE.background })
    .flatten({ background: RECIPE.background })
    .png({ compressionLevel: RECIPE.compressionLevel, palette: RECIPE.palette })
    .toBuffer();
}

/** The PNG of a cover, from the cache when this drawing was drawn before. */
export async function sharePicture(svg: Buffer, cache: string = CACHE): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify(RECIPE)).update(svg).digest('hex');
  const file = join(cache, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await draw(svg);
  mkdirSync(cache, { recursive: true });
  // Written whole, then renamed: a build that stops midway never leaves half a picture.
  writeFileSync(`${file}.${process.pid}`, png);
  renameSync(`${file}.${process.pid}`, file);
  return png;
}
