/*
 * The one script of every page (BaseLayout; a lesson's LessonLayout.ts brings
 * it together with the lesson's elements, in one file): the offline worker,
 * the header's menu, and loaders for elements a visitor may never use, which
 * are fetched on first use instead of with the page.
 */
import './register-sw';
import '../components/layout/SiteHeader';
import { whenNear, whenOpened } from './on-first-use';

// The reading options sit in a closed panel: their element loads when the panel is first opened.
whenOpened(document.querySelector('hvs-reading-options'), () => import('../components/a11y/ReadingOptions'));
// A practice exercise loads when it comes within a screen of view; until then it is
// the numbered list a visitor without JavaScript reads.
whenNear(document.querySelector('hvs-practice'), () => import('../components/practice/PracticePlayer'));
