import { t } from '../../strings/index.ts';

/** What the progress text and chart need of an indicator (content/wards/<ward>/plan/chi-so.yaml). */
export interface IndicatorFigures {
  name: string;
  unit: string;
  value: number;
  targets: { value: number; by: string }[];
}

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "86%" or "1.240 người": Vietnamese digit grouping and decimal comma. */
export function formatAmount(value: number, unit: string): string {
  return unit === '%' ? `${number.format(value)}%` : `${number.format(value)} ${unit}`;
}

/** "năm 2026" for a year, the editor's words otherwise ("hằng năm"). */
export const formatBy = (by: string) => (/^\d{4}$/.test(by) ? t('indicator.byYear', { year: by }) : by);

/** The last (largest) target: the one progress is measured against. */
export const finalTarget = (figures: IndicatorFigures) => figures.targets.reduce((a, b) => (b.value >= a.value ? b : a));

/** Share of the final target reached, as a whole percent (may pass 100). */
export const shareOfTarget = (figures: IndicatorFigures) => Math.round((figures.value / finalTarget(figures).value) * 100);

/**
 * The figures in one sentence, for people who cannot see the chart; it names
 * every number the chart draws.
 */
export function describe(figures: IndicatorFigures): string {
  const targets = figures.targets.map((target) => `${formatAmount(target.value, figures.unit)} ${formatBy(target.by)}`).join(', ');
  const reached = figures.value >= finalTarget(figures).value;
  const share = figures.unit === '%' ? '' : t('indicator.share', { percent: shareOfTarget(figures) });
  const sentence = t('indicator.describe', { name: figures.name, value: formatAmount(figures.value, figures.unit), share, targets });
  return reached ? `${sentence} ${t('indicator.reached')}` : sentence;
}

/** Horizontal positions on a 0–100 scale for the bar and each target mark. */
export function chartScale(figures: IndicatorFigures): { value: number; targets: number[] } {
  const max = Math.max(figures.value, ...figures.targets.map((target) => target.value));
  const at = (amount: number) => Math.round((amount / max) * 1000) / 10;
  return { value: at(figures.value), targets: figures.targets.map((target) => at(target.value)) };
}
