import type { BrowserContext } from '@playwright/test';

/** A screenshot the walk-through took, and one line saying what it shows. */
export interface Shot {
  file: string;
  shows: string;
}

export interface WalkThrough {
  shots: Shot[];
}

/** The steps, in order: `NN Title`. */
export declare const steps: readonly { number: string; title: string }[];

/** Runs every step on one LinkedIn tab; rejects with the step and what it never saw. */
export declare function walkThrough(options: {
  context: BrowserContext;
  extensionId: string;
  outputDir: string;
  log?: (line: string) => void;
}): Promise<WalkThrough>;
