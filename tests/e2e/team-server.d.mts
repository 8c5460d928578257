/** Types for team-server.mjs (plain JavaScript, shared with the bench). */
import type { IncomingMessage, ServerResponse } from 'node:http';
export declare const ADMIN: { user: string; password: string };
export declare function freePort(): Promise<number>;
export declare class TeamServer {
  port: number;
  get url(): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  call(method: string, path: string, body?: unknown, auth?: boolean): Promise<unknown>;
  createTeam(db: string, people: { user: string; password: string }[]): Promise<void>;
  documents(db: string): Promise<Record<string, unknown>[]>;
}
export declare function proxyTeam(
  req: IncomingMessage,
  res: ServerResponse,
  target: string | null,
): void;
