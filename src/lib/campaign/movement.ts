import { festivalHref } from '../content/campaign.ts';
import { t } from '../../strings/index.ts';

/** The pages of the /phong-trao/ section, in reading order (site paths). */
export const MOVEMENT_PAGES = [
  { href: 'phong-trao/', label: t('movement.what') },
  { href: 'phong-trao/ke-hoach/', label: t('plan.heading') },
  { href: 'phong-trao/tien-do/', label: t('progress.heading') },
  { href: 'phong-trao/mang-luoi-ho-tro/', label: t('network.heading') },
  { href: festivalHref, label: t('festival.heading') },
  { href: 'phong-trao/to-roi/', label: t('leaflet.heading') },
] as const;
