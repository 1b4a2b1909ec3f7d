/** Defines every element (guarded: a second import is harmless). */
import './components/timer/timer.js';
import './components/body-map/body-map.js';
import './components/illustration/illustration.js';
import './components/exercise/exercise.js';
import './components/routine/routine.js';
import './components/finder/finder.js';
import './components/routine-builder/routine-builder.js';
import './components/history/history.js';
