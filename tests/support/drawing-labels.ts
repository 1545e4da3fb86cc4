import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

/*
 * How big the words drawn inside lesson pictures (content/media/**\/*.svg) are
 * on a 390 px phone. A drawing scales to the width it is shown at, so a label's
 * size on screen is its font-size times shown width over the drawing's own
 * width. tests/e2e/large-text.spec.ts checks the shown widths below on the built
 * site at every text option, so this table cannot drift from the layout.
 */

/** Where a picture is used, and the narrowest it is shown on a 390 px phone at any text option (CSS px). */
export const SHOWN_WIDTH = {
  step: 286, // <Step image>: under the step's text
  figure: 340, // <Figure>: the lesson's column
  cover: 340, // a lesson's or a news item's cover
  poster: 340, // a video's picture before it plays
} as const;
export type Use = keyof typeof SHOWN_WIDTH;

/** The smallest label a resident should have to read without zooming, in CSS px. */
export const LABEL_FLOOR = 12;

/** The media folders of a content folder: the shared one and each ward's (content/wards/<ward>/media/). */
export function mediaRoots(contentDir: string): string[] {
  const wards = join(contentDir, 'wards');
  const ofWards = existsSync(wards) ? readdirSync(wards).map((ward) => join(wards, ward, 'media')) : [];
  return [join(contentDir, 'media'), ...ofWards].filter((folder) => existsSync(folder));
}

/** The file a media path names, in the first media folder that has it. */
export const drawingFile = (contentDir: string, path: string) =>
  mediaRoots(contentDir).map((root) => join(root, path)).find((file) => existsSync(file)) ?? join(contentDir, 'media', path);

/** Each drawing under a media/ folder with the ways the content uses it (none: not shown anywhere). */
export function drawingUses(contentDir: string): Map<string, Set<Use>> {
  const roots = mediaRoots(contentDir);
  const uses = new Map<string, Set<Use>>();
  for (const media of roots) for (const file of walk(media)) if (file.endsWith('.svg')) uses.set(relative(media, file), new Set());
  const add = (path: string, use: Use) => uses.get(path.replace(/^(\.\.\/)+media\//, ''))?.add(use);
  for (const file of walk(contentDir)) {
    if (roots.some((media) => file.startsWith(media)) || !/\.(mdx|md|ya?ml)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/<Step\b[^>]*\bimage="([^"]+\.svg)"/g)) add(match[1] ?? '', 'step');
    for (const match of text.matchAll(/<Figure\b[^>]*\bsrc="([^"]+\.svg)"/g)) add(match[1] ?? '', 'figure');
    // Front matter: a lesson's cover (../../media/…) or a news item's (tin-tuc/…).
    for (const match of text.matchAll(/^cover:\s*\n\s+src:\s*["']?([^"'\s]+\.svg)/gm)) add(match[1] ?? '', 'cover');
  }
  // A video shows the drawing that has its name (media.ts mediaPoster).
  for (const media of roots) {
    for (const file of walk(media)) if (/\.(mp4|webm)$/.test(file)) add(relative(media, file).replace(/\.[^.]+$/, '.svg'), 'poster');
  }
  return uses;
}

export interface Label {
  text: string;
  /** Font size in the drawing's own units. */
  size: number;
}

/** The drawing's own width (its viewBox, else its width attribute). */
export function drawingWidth(svg: string): number {
  const root = svgRoot(svg);
  const box = root.attribs['viewBox']?.trim().split(/[\s,]+/).map(Number);
  const width = box?.[2] ?? Number.parseFloat(root.attribs['width'] ?? '');
  if (!Number.isFinite(width) || width <= 0) throw new Error('a drawing without a viewBox or width');
  return width;
}

/** Every run of text drawn in the SVG, with the font size it is drawn at (inherited, scaled by transforms). */
export function drawingLabels(svg: string): Label[] {
  const labels: Label[] = [];
  const visit = (node: Element, size: number, scale: number) => {
    const own = fontSize(node);
    const here = own ?? size;
    const factor = scale * transformScale(node.attribs['transform']);
    if (/^(text|tspan|textPath)$/.test(node.name)) {
      const text = node.children
        .filter((child: Node) => child.type === 'text')
        .map((child: Node) => ('data' in child ? child.data : ''))
        .join('')
        .trim();
      if (text) labels.push({ text, size: here * factor });
    }
    for (const child of node.children) if (child.type === 'tag') visit(child as Element, here, factor);
  };
  visit(svgRoot(svg), 16, 1); // 16: a browser's default, when nothing sets a size
  return labels;
}

/** Labels smaller than the floor where the drawing is shown narrowest, with their size on screen. */
export function smallLabels(svg: string, uses: Set<Use>): { text: string; shown: number; needed: number }[] {
  if (uses.size === 0) return [];
  const shownWidth = Math.min(...[...uses].map((use) => SHOWN_WIDTH[use]));
  const ratio = shownWidth / drawingWidth(svg);
  return drawingLabels(svg)
    .filter((label) => label.size * ratio < LABEL_FLOOR)
    .map((label) => ({ text: label.text, shown: Math.round(label.size * ratio * 10) / 10, needed: Math.ceil(LABEL_FLOOR / ratio) }));
}

function svgRoot(svg: string): Element {
  const document = parseDocument(svg, { xmlMode: true });
  const root = document.children.find((node): node is Element => node.type === 'tag' && (node as Element).name === 'svg');
  if (!root) throw new Error('not an SVG');
  return root;
}

function fontSize(node: Element): number | undefined {
  const fromStyle = /(?:^|;)\s*font-size\s*:\s*([\d.]+)(px)?/.exec(node.attribs['style'] ?? '')?.[1];
  const value = fromStyle ?? node.attribs['font-size'];
  if (value === undefined) return undefined;
  const size = Number.parseFloat(value);
  if (!Number.isFinite(size) || /%|em/.test(value)) throw new Error(`font-size "${value}" is not in user units`);
  return size;
}

/** How much a transform enlarges text (rotation and translation keep its size). */
function transformScale(transform: string | undefined): number {
  let factor = 1;
  for (const [, kind, args] of (transform ?? '').matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const numbers = (args ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
    if (kind === 'scale') factor *= Math.min(Math.abs(numbers[0] ?? 1), Math.abs(numbers[1] ?? numbers[0] ?? 1));
    if (kind === 'matrix') {
      const [a = 1, b = 0, c = 0, d = 1] = numbers;
      factor *= Math.min(Math.hypot(a, b), Math.hypot(c, d));
    }
  }
  return factor;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
