import type { BuildOptions } from 'esbuild';

declare const options: BuildOptions;
export default options;
