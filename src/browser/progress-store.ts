import { PROGRESS_KEY, parseProgress, type Progress } from '../lib/progress';
import { storedValue } from '../lib/storage';

const stored = storedValue<Progress>(PROGRESS_KEY, parseProgress);

/** Progress from this browser; storage may be unavailable (private mode), which reads as empty. */
export const loadProgress = (): Progress => stored.load();

/** Saves progress; returns false when the browser refuses to store it. */
export const saveProgress = (progress: Progress): boolean => stored.save(progress);

export const clearProgress = (): void => stored.clear();
