/*
 * What every page runs (SiteScript.astro; a lesson's LessonLayout.ts calls it
 * with the lesson's elements, in one file): the offline worker, the header's
 * menu, and loaders for elements a visitor may never use, which are fetched
 * on first use instead of with the page. A function, not top-level code: this
 * module sits in the chunk other scripts share (the content manager's too),
 * and importing it must do nothing.
 */
import { HvsMenuToggle } from '../components/layout/SiteHeader';
import { define } from './element';
import { whenNear, whenOpened } from './on-first-use';
import { registerWorker } from './register-sw';

export function startSite(): void {
  registerWorker();
  define('hvs-menu-toggle', HvsMenuToggle);
  // The reading options sit in a closed panel: their element loads when the panel is first opened.
  whenOpened(document.querySelector('hvs-reading-options'), () => import('../components/a11y/ReadingOptions'));
  // A practice exercise loads when it comes within a screen of view; until then it is
  // the numbered list a visitor without JavaScript reads.
  whenNear(document.querySelector('hvs-practice'), () => import('../components/practice/PracticePlayer'));
}
