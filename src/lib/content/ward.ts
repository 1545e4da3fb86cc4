import { statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentLayout, listWards, WARDS_FOLDER } from './layout.ts';
import { config } from '../../config.ts';
import { readYamlFile } from './yaml-file.ts';
import { email, flag, httpsUrl, lines, phone, text } from './fields.ts';

/** The ward's identity: the one place its name, contacts and channels are written. */
export const wardSchema = z.strictObject({
  /** True while the file still holds the sample values shipped with the portal. */
  sample: flag('Ghi sample: true khi còn là dữ liệu mẫu, sample: false khi đã điền thông tin thật của phường.'),
  /** The ward's full name as residents say it. */
  name: text('Ghi tên phường, ví dụ: name: Phường An Bình'),
  /** The city or province the ward belongs to. */
  city: text('Ghi tên tỉnh hoặc thành phố, ví dụ: city: Thành phố Hà Nội'),
  /** The ward's web portal, which this section belongs to. */
  portalUrl: httpsUrl('Ghi địa chỉ cổng thông tin điện tử của phường, ví dụ: portalUrl: https://anbinh.hanoi.gov.vn'),
  /**
   * Where this section is published, when the ward knows it: `npm run build:wards` builds the ward for this
   * address (its origin and sub-path); a single build takes HVS_SITE and HVS_BASE instead.
   */
  siteUrl: httpsUrl('Ghi địa chỉ đầy đủ của chuyên mục, kết thúc bằng dấu /, ví dụ: siteUrl: https://anbinh.hanoi.gov.vn/binh-dan-hoc-vu-so/')
    .refine((value) => URL.canParse(value) && /^\/([A-Za-z0-9._~-]+\/)*$/.test(new URL(value).pathname) && !/[?#]/.test(value), {
      error: 'phải là địa chỉ kết thúc bằng dấu /, đường dẫn gồm chữ không dấu, số và gạch ngang, ví dụ: siteUrl: https://anbinh.hanoi.gov.vn/binh-dan-hoc-vu-so/',
    })
    .optional(),
  office: z.strictObject(
    {
      /** The ward's People's Committee, as written on its letterhead. */
      name: text('Ghi tên cơ quan, ví dụ: name: Ủy ban nhân dân phường An Bình'),
      address: text('Ghi địa chỉ trụ sở, ví dụ: address: Số 1 phố Hòa Bình, phường An Bình'),
      phone: phone('Ghi số điện thoại trong dấu nháy, ví dụ: phone: "024 3826 1234"'),
      email: email('Ghi địa chỉ thư điện tử, ví dụ: email: ubnd@anbinh.hanoi.gov.vn'),
    },
    { error: 'bị thiếu. Thêm mục office: với name, address, phone và email của văn phòng UBND phường.' },
  ),
  helpDesk: z.strictObject(
    {
      /** The proper name of the ward's public-service centre, as on its sign (lessons show it with <Ward show="helpDesk" />). */
      name: text('Ghi tên đúng như trên biển, ví dụ: name: Trung tâm Phục vụ hành chính công phường An Bình'),
      /** Where it is, so a resident finds the door. */
      place: text('Ghi nơi đặt trung tâm, ví dụ: place: tầng 1, trụ sở Ủy ban nhân dân phường'),
      /** Opening hours, one line per group of days. */
      hours: lines('Ghi giờ làm việc, mỗi dòng một nhóm ngày, ví dụ: - "Thứ Hai đến Thứ Sáu: 7:30–11:30 và 13:30–17:00"'),
    },
    { error: 'bị thiếu. Thêm mục helpDesk: với name (tên trung tâm), place (nơi đặt) và hours (giờ làm việc).' },
  ),
  police: z.strictObject(
    {
      /** The ward police, as residents say it (lessons show it with <Ward show="police" />). */
      name: text('Ghi tên công an phường, ví dụ: name: Công an phường An Bình'),
      address: text('Ghi địa chỉ trụ sở công an phường, ví dụ: address: Số 3 phố Hòa Bình, phường An Bình'),
    },
    { error: 'bị thiếu. Thêm mục police: với name và address của công an phường.' },
  ),
  social: z.strictObject(
    {
      /** The campaign's Facebook fanpage. */
      fanpage: httpsUrl('Ghi địa chỉ fanpage của phong trào, ví dụ: fanpage: https://www.facebook.com/binhdanhocvuso.anbinh'),
      /** The campaign's TikTok channel. */
      tiktok: httpsUrl('Ghi địa chỉ kênh TikTok, ví dụ: tiktok: https://www.tiktok.com/@binhdanhocvuso.anbinh'),
    },
    { error: 'bị thiếu. Thêm mục social: với fanpage và tiktok của phong trào.' },
  ),
});

export type Ward = z.output<typeof wardSchema>;

/** What <Ward show="…" /> may show in a lesson, and where each comes from in ward.yaml. */
export const WARD_SHOW = {
  name: (ward: Ward) => ward.name,
  office: (ward: Ward) => ward.office.name,
  officeAddress: (ward: Ward) => ward.office.address,
  helpDesk: (ward: Ward) => ward.helpDesk.name,
  helpDeskPlace: (ward: Ward) => ward.helpDesk.place,
  helpDeskHours: (ward: Ward) => ward.helpDesk.hours.join('; '),
  police: (ward: Ward) => ward.police.name,
  policeAddress: (ward: Ward) => ward.police.address,
} as const satisfies Record<string, (ward: Ward) => string>;
export type WardShow = keyof typeof WARD_SHOW;
export const WARD_SHOW_VALUES = Object.keys(WARD_SHOW) as WardShow[];
export const isWardShow = (value: string): value is WardShow => Object.hasOwn(WARD_SHOW, value);

/** Folder of editorial content; tests point it at fixtures. */
export const contentDir = () => config().contentDir;

/** The ward file of the ward this build shows (HVS_WARD), in its folder content/wards/<ward>/. */
export const wardFile = () => join(contentLayout().wardDir, 'ward.yaml');

const read = new Map<string, { changed: number; ward: Ward }>();

/**
 * Reads and validates the ward file, failing with a message an editor can act
 * on. Every page shows the ward, so a build reads the file once; an edit
 * (a newer modification time, as under `astro dev`) is read again.
 */
export function loadWard(file: string = wardFile()): Ward {
  let changed = Number.NaN;
  try {
    changed = statSync(file).mtimeMs;
  } catch {
    // A missing file: readYamlFile below says what to do.
  }
  const known = read.get(file);
  if (known && known.changed === changed) return known.ward;
  const ward = readYamlFile(file, wardSchema, missingWardHint());
  read.set(file, { changed, ward });
  return ward;
}

/** What to do when the ward's file is missing: usually a mistyped HVS_WARD, or a ward not started yet. */
function missingWardHint(): string {
  const { dir, ward } = contentLayout();
  const wards = listWards(dir);
  const known = wards.length ? ` Các phường đang có: ${wards.join(', ')}.` : '';
  return `Không có phường “${ward}” trong ${dir}/${WARDS_FOLDER}/ (biến HVS_WARD).${known} Tạo phường mới bằng lệnh npm run ward:new, hoặc ghi đúng tên thư mục của phường vào HVS_WARD.`;
}
