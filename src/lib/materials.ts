/** Kinds of printed material on /tai-lieu/, named as residents call them (strings: materials.type.*). */
export const MATERIAL_KINDS = ['handout', 'poster', 'booklet', 'sign', 'checklist'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export interface Material {
  href: string;
  label: string;
  type: MaterialKind;
  /** The course it belongs to; empty for the materials of every course. */
  course: string;
}

export interface MaterialGroup {
  id: string;
  title: string;
  items: Material[];
}
