import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawingFile, drawingLabels, drawingUses, drawingWidth, LABEL_FLOOR, SHOWN_WIDTH, smallLabels } from '../support/drawing-labels';

/*
 * Issue 21: every label drawn inside a lesson picture can be read on a 390 px
 * phone where the page shows it, at least LABEL_FLOOR CSS px. Every drawing
 * also opens full size from a link (tests/e2e/large-text.spec.ts), where it zooms.
 */
const CONTENT = join(import.meta.dirname, '../../content');
const uses = drawingUses(CONTENT);
const read = (path: string) => readFileSync(drawingFile(CONTENT, path), 'utf8');

/*
 * Wide drawings (640 or 1200 units across, shown about 340 px wide on a phone)
 * drawn before the floor: their labels need a redraw (taller, fewer words), not a
 * bigger font, which would overlap. Until then they rely on opening full size.
 * The list can only shrink: a drawing on it that passes must leave it.
 */
const AWAITING_REDRAW = new Set([
  'an-toan-tren-mang/bi-lua-bia.svg',
  'an-toan-tren-mang/cuoc-goi-bia.svg',
  'an-toan-tren-mang/cuoc-goi-gia.svg',
  'an-toan-tren-mang/du-lieu-bia.svg',
  'an-toan-tren-mang/link-gia-bia.svg',
  'an-toan-tren-mang/loi-moi-bia.svg',
  'an-toan-tren-mang/mat-khau-bia.svg',
  'an-toan-tren-mang/mat-khau-manh.svg',
  'an-toan-tren-mang/tre-em-bia.svg',
  'cham-soc-suc-khoe-truc-tuyen/dat-lich-bia.svg',
  'cham-soc-suc-khoe-truc-tuyen/kham-tu-xa-bia.svg',
  'cham-soc-suc-khoe-truc-tuyen/so-suc-khoe-bia.svg',
  'cham-soc-suc-khoe-truc-tuyen/the-bhyt-bia.svg',
  'cham-soc-suc-khoe-truc-tuyen/thuoc-gia-bia.svg',
  'cho-so-4t/4t-bia.svg',
  'cho-so-4t/mang-nhan-vien-gia.svg',
  'dich-vu-cong-truc-tuyen/dvc-la-gi-bia.svg',
  'dich-vu-cong-truc-tuyen/khai-sinh-ba-viec.svg',
  'thanh-toan-khong-dung-tien-mat/otp-chi-minh-ban.svg',
  'thanh-toan-khong-dung-tien-mat/qr-bia.svg',
  'thanh-toan-khong-dung-tien-mat/tra-tien-qr.svg',
  'tin-tuc/anh-chung.svg',
  'tin-tuc/chi-lan-ban-rau.svg',
  'tin-tuc/khai-giang-lop-nguoi-cao-tuoi.svg',
  'tin-tuc/lop-ky-nang-so-nguoi-khuyet-tat.svg',
  'tin-tuc/ngay-hoi-hoc-tap-so-2026.svg',
  'tin-tuc/ngay-hoi-toan-dan-hoc-tap-so-2025.svg',
  'tin-tuc/phat-dong-gia-dinh-so.svg',
  'tin-tuc/ra-mat-chuyen-muc-binh-dan-hoc-vu-so.svg',
  'tin-tuc/ra-mat-to-cong-nghe-so.svg',
  'tin-tuc/so-ket-phong-trao-2026.svg',
  'tin-tuc/tap-huan-cho-so-4t.svg',
  'tin-tuc/thanh-nien-chung-tay.svg',
]);

describe('labels inside lesson drawings', () => {
  it('finds every drawing and where the lessons show it', () => {
    expect(uses.size).toBeGreaterThan(100);
    expect([...uses.values()].filter((use) => use.has('step')).length).toBeGreaterThan(50);
    expect([...uses.values()].filter((use) => use.has('figure')).length).toBeGreaterThan(20);
  });

  for (const [path, use] of uses) {
    if (AWAITING_REDRAW.has(path)) continue;
    it(`${path} (${[...use].join(', ') || 'not shown'}): no label under ${LABEL_FLOOR} px on a 390 px phone`, () => {
      expect(smallLabels(read(path), use)).toEqual([]);
    });
  }

  it('lists only drawings that still need a redraw, and only wide ones', () => {
    for (const path of AWAITING_REDRAW) {
      const svg = read(path);
      expect(drawingWidth(svg), path).toBeGreaterThanOrEqual(640);
      expect(smallLabels(svg, uses.get(path) ?? new Set()).length, `${path} passes now: take it off AWAITING_REDRAW`).toBeGreaterThan(0);
    }
  });

  it('every step picture is drawn to pass the floor', () => {
    const steps = [...uses].filter(([path, use]) => use.has('step') && !AWAITING_REDRAW.has(path));
    expect(steps.length).toBe([...uses.values()].filter((use) => use.has('step')).length);
  });
});

describe('the label measure', () => {
  const svg = (body: string, width = 360) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 640">${body}</svg>`;

  it('inherits font sizes and follows scale transforms', () => {
    const labels = drawingLabels(
      svg('<g font-size="20"><text>A</text><text font-size="14">B</text><g transform="translate(4 4) scale(0.5)"><text><tspan>C</tspan></text></g></g><text style="font-weight:700; font-size: 18px">D</text>'),
    );
    expect(labels).toEqual([
      { text: 'A', size: 20 },
      { text: 'B', size: 14 },
      { text: 'C', size: 10 },
      { text: 'D', size: 18 },
    ]);
  });

  it('scales a label by the width the drawing is shown at', () => {
    const step = new Set(['step'] as const);
    // 15 units in a 360-wide step picture shown 286 px wide: 11.9 px, under the floor.
    expect(smallLabels(svg('<text font-size="15">Nhỏ</text>'), step)).toEqual([{ text: 'Nhỏ', shown: 11.9, needed: 16 }]);
    expect(smallLabels(svg('<text font-size="16">Vừa</text>'), step)).toEqual([]);
    // The same size in a wide figure is far too small.
    expect(smallLabels(svg('<text font-size="16">Rộng</text>', 640), new Set(['figure'] as const))[0]?.shown).toBe(Math.round((16 * SHOWN_WIDTH.figure * 10) / 640) / 10);
    // A drawing no lesson shows has nothing to read.
    expect(smallLabels(svg('<text font-size="4">x</text>'), new Set())).toEqual([]);
  });
});
