/** Types for csp-header.mjs (plain JavaScript, run by node on the server too). */
import type { Plugin } from 'vite';
export declare const CSP_FILE: string;
export declare function metaPolicy(html: string): string | null;
export declare function headerPolicy(html: string, name?: string): string;
export declare function cspConf(policy: string): string;
export declare function writeCspHeader(distDir: string): { file: string; policy: string };
export declare function cspHeaderPlugin(): Plugin;
