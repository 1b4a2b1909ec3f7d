import type { BuildEnvironmentOptions } from 'vite';
export function cdnBuildOptions(entry: string, fileName: string): BuildEnvironmentOptions;
export const BROWSER_TARGETS: string[];
