import type { Alias, BuildEnvironmentOptions } from 'vite';
export function cdnBuildOptions(entry: string, fileName: string): BuildEnvironmentOptions;
export const BROWSER_TARGETS: string[];
export const CDN_ALIASES: Alias[];
export const ELEMENT_ENTRIES: Record<string, string>;
export function autoloaderBuildOptions(root: string): BuildEnvironmentOptions;
export function noPreloadHelper(): import('vite').Plugin;
export function exercisesOnDemand(root: string): import('vite').Plugin;
