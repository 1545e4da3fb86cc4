import { t } from '../../strings/index.ts';
import { routes } from '../routes.ts';

/** The pages of the /phong-trao/ section, in reading order (site paths). */
export const MOVEMENT_PAGES = [
  { href: routes.movement, label: t('movement.what') },
  { href: routes.plan, label: t('plan.heading') },
  { href: routes.progress, label: t('progress.heading') },
  { href: routes.network, label: t('network.heading') },
  { href: routes.festival, label: t('festival.heading') },
  { href: routes.leaflet, label: t('leaflet.heading') },
] as const;
