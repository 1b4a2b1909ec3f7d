/**
 * What only a running session needs, loaded on demand by `SessionController` (when its element
 * comes into view, when the page is idle, or at the first press, whichever is first), so a page's
 * first render does not wait for it: tones, speech, vibration and flash, the screen wake lock, and
 * the lock-screen controls.
 */
export { CueController } from './cues.js';
export { MediaSessionController } from './media-session.js';
export { WakeLockController } from './wake-lock.js';
