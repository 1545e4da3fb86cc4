import CMS from '@sveltia/cms';

// Sveltia reads ./config.yml beside this page: the configuration the build wrote.
void CMS.init();
