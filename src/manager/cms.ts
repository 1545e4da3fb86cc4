// The manager speaks the browser's language unless told otherwise; the ward's
// editors get Vietnamese whatever their browser says (they can still change it
// in the manager's settings, which keep their choice in the same place).
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as { locale?: string };
  if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage refused: the browser's language it is.
}

export {};

// Loaded after the preference is set. Sveltia reads ./config.yml beside this page: the configuration the build wrote.
const { default: CMS } = await import('@sveltia/cms');
void CMS.init();
