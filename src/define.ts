/** Defines every element (guarded: a second import is harmless). */
import './components/timer/timer.js';
