import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../../config.ts';
import type { ContentKind } from './registry.ts';

/*
 * Where content lives. The content folder holds what every ward shares
 * (courses, practice, drills, search words, national facts, default page
 * prose); each ward's own files live in content/wards/<ward>/ (ward.yaml,
 * news, events, plan, its pictures and, when it wants other words than the
 * shared ones, page prose). A ward that takes lesson corrections from upstream
 * with `git pull` never conflicts, because its edits are only in its folder.
 */

/** Folder of the wards' folders, inside the content folder. */
export const WARDS_FOLDER = 'wards';
/** The sample ward the project ships, built when HVS_WARD is not set. */
export const SAMPLE_WARD = 'mau';

export interface ContentLayout {
  /** The shared content folder. */
  dir: string;
  /** The ward's slug. */
  ward: string;
  /** The ward's folder. */
  wardDir: string;
}

export const wardFolder = (dir: string, ward: string) => join(dir, WARDS_FOLDER, ward);

/** The layout this process builds: HVS_CONTENT_DIR and HVS_WARD, or the ones given. */
export function contentLayout(dir: string = config().contentDir, ward: string = config().ward): ContentLayout {
  return { dir, ward, wardDir: wardFolder(dir, ward) };
}

/** The ward folders of a content folder, by name. */
export function listWards(dir: string = config().contentDir): string[] {
  const root = join(dir, WARDS_FOLDER);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && existsSync(join(root, entry.name, 'ward.yaml')))
    .map((entry) => entry.name)
    .sort();
}

/** The folders a kind's files are read from, the ward's first (its copy replaces the shared one). */
export function kindDirs(kind: ContentKind, layout: ContentLayout = contentLayout()): string[] {
  const inWard = join(layout.wardDir, kind.folder);
  const shared = join(layout.dir, kind.folder);
  if (kind.scope === 'ward') return [inWard];
  if (kind.scope === 'either') return [inWard, shared];
  return [shared];
}

/** The file of a one-file kind (its pattern is a file name): the ward's copy, else the shared one, else undefined. */
export function kindFile(kind: ContentKind, layout: ContentLayout = contentLayout()): string | undefined {
  return kindDirs(kind, layout)
    .map((folder) => join(folder, kind.pattern))
    .find((file) => existsSync(file));
}

/** Media folders, the ward's first: a ward's picture of the same name replaces the shared one. */
export const mediaDirs = (layout: ContentLayout = contentLayout()) => [join(layout.wardDir, 'media'), join(layout.dir, 'media')];

/** The file a media path ("tin-tuc/anh.svg") names: the ward's, else the shared one, else undefined. */
export function mediaFile(path: string, layout: ContentLayout = contentLayout()): string | undefined {
  return mediaDirs(layout)
    .map((folder) => join(folder, path))
    .find((file) => existsSync(file));
}
