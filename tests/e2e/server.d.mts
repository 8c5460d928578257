/** Types for server.mjs (plain JavaScript, shared with the bench). */
export declare class StaticServer {
  /** Folder served; may be changed between stop() and start(). */
  root: string;
  port: number;
  constructor(root: string, options?: { gzip?: boolean });
  get origin(): string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
