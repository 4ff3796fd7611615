import type { Server } from 'node:http';
export declare const TYPES: Record<string, string>;
export declare const COMMON_HEADERS: Record<string, string>;
export declare function cspHeaderFor(html: string): string;
export declare function serveStatic(root: string, options?: { host?: string; port?: number }): Promise<Server>;
