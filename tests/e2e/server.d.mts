/** Types for server.mjs (plain JavaScript, shared with the bench). */
export declare class StaticServer {
  /** Folder served; may be changed between stop() and start(). */
  root: string;
  port: number;
  /** Team mode: where /couchdb/ is forwarded (null: unreachable; undefined: no proxy). */
  teamServer: string | null | undefined;
  /** Team mode: makes the team server unreachable (null, open connections cut) or reachable. */
  setTeamServer(target: string | null): void;
  /** Every request served: its path and Sec-Fetch-Dest ('empty' for a fetch(), e.g. the worker's). */
  requests: { path: string; dest: string }[];
  /** Paths answered 503, as when the network drops before they arrive. */
  refused: Set<string>;
  constructor(root: string, options?: { gzip?: boolean });
  get origin(): string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
