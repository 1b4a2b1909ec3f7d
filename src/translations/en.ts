/** English UI strings: the source every other locale implements (`Translation`). */
import type { Translation } from './translation.js';
import { strings as bodyMap } from './en/body-map.js';
import { strings as builder } from './en/builder.js';
import { strings as coach } from './en/coach.js';
import { strings as core } from './en/core.js';
import { strings as exercise } from './en/exercise.js';
import { strings as finder } from './en/finder.js';
import { strings as history } from './en/history.js';
import { strings as routine } from './en/routine.js';

export type { Translation } from './translation.js';

/** Every English string in one object: the reference for translators. Elements import only their sections. */
export const en: Translation = {
  lang: 'en',
  ...core,
  ...coach,
  ...bodyMap,
  ...exercise,
  ...routine,
  ...finder,
  ...builder,
  ...history,
};
