import { capitalize } from './text/capitalize.ts';

/** Groups of residents a course or lesson is written for, as editors write them. */
export const AUDIENCES = [
  'người cao tuổi',
  'người khuyết tật',
  'tiểu thương',
  'gia đình',
  'thanh niên và học sinh',
  'mọi người',
] as const;

export type Audience = (typeof AUDIENCES)[number];

/** The audience as a heading or button label: "Người cao tuổi". */
export const audienceLabel = (audience: Audience) => capitalize(audience);
