import { PROGRESS_KEY, parseProgress, type Progress } from '../lib/progress';

/** Progress from this browser; storage may be unavailable (private mode), which reads as empty. */
export function loadProgress(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return parseProgress(null);
  }
}

/** Saves progress; returns false when the browser refuses to store it. */
export function saveProgress(progress: Progress): boolean {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(): void {
  try {
    localStorage.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
