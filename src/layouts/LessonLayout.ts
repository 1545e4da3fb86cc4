/*
 * A lesson page's one script: the site's (browser/site.ts) and the lesson's
 * elements, in a single file so that a lesson loads its JavaScript in at most
 * two requests (this file and the chunk it shares with other pages). What most
 * readers never use loads on first use: the quiz's grading, the reading itself
 * (ReadAloud.ts), the reading options, a practice exercise.
 */
import { whenUsed } from '../browser/on-first-use';
import { startSite } from '../browser/site';
import '../components/lesson/LessonProgress';
import '../components/lesson/ReadAloud';

startSite();
// The quiz does nothing until a learner answers: it loads with the first click or key press in it.
whenUsed(document.querySelector('hvs-quiz'), () => import('../components/lesson/Quiz'));
