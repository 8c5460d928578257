// `npm run team:local`: try team mode on this machine in one command. Starts an in-memory
// CouchDB-compatible server (pouchdb-server), makes a team database with two people, and serves
// the built app with `vite preview`, which proxies /couchdb/ to it. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { TeamServer } from './e2e/team-server.mjs';

const server = new TeamServer();
await server.start();
const people = [
  { user: 'demo-a', password: 'demo-a-pass' },
  { user: 'demo-b', password: 'demo-b-pass' },
];
await server.createTeam('team-demo', people);
const port = process.env.PORT ?? '4173';
const preview = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort'], {
  stdio: 'inherit',
  env: { ...process.env, TEAM_SERVER: server.url },
});
console.log(`
Team server (in memory, gone when stopped): ${server.url}, proxied at http://localhost:${port}/couchdb/
Open http://localhost:${port}/settings/team in two browser profiles (or a phone on this network) and enter:
  チームのデータベース: team-demo
  ユーザー名 / パスワード: ${people.map((p) => `${p.user} / ${p.password}`).join(' または ')}
  チームの合言葉: 両方の端末で同じもの（何でもよい）
`);
const stop = async () => {
  preview.kill();
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
preview.on('exit', () => void server.stop().then(() => process.exit(0)));
