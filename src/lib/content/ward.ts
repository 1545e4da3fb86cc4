import { statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
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
      /** Where a resident gets help in person (the one-stop office). */
      place: text('Ghi nơi hỗ trợ, ví dụ: place: Bộ phận Một cửa, tầng 1, trụ sở UBND phường'),
      /** Opening hours, one line per group of days. */
      hours: lines('Ghi giờ làm việc, mỗi dòng một nhóm ngày, ví dụ: - "Thứ Hai đến Thứ Sáu: 7:30–11:30 và 13:30–17:00"'),
    },
    { error: 'bị thiếu. Thêm mục helpDesk: với place (nơi hỗ trợ) và hours (giờ làm việc).' },
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

/** Folder of editorial content; tests point it at fixtures. */
export const contentDir = () => config().contentDir;

export const wardFile = () => join(contentDir(), 'site', 'ward.yaml');

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
  const ward = readYamlFile(file, wardSchema, 'Sao chép tệp mẫu content/site/ward.yaml vào đúng chỗ rồi sửa thông tin của phường.');
  read.set(file, { changed, ward });
  return ward;
}
