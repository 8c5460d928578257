// One running sync: the local PouchDB, live replication with the team's database, this
// phone's changes sent as they commit, the others' applied as they arrive.
import PouchDB from 'pouchdb-browser';
import type { Sync } from 'pouchdb-browser';
import { CHANNEL_NAME, type ChangeMessage } from '../storage/broadcast';
import type { TeamSetting } from '../storage/settings';
import { listIncidentIds, listIncidentIdsSince } from '../storage/sync-read';
import { nowIso } from '../storage/ids';
import { publishTeamStatus, type TeamStatus } from '../features/team/TeamStatusLine';
import type { TeamKeys } from './crypto';
import { databaseUrl } from './remote';
import { Pusher, type Me } from './push';
import { Puller } from './pull';
import { getLocal, setLocal } from './local-docs';
import { TeamError, kindOfStatus } from './errors';
import { followCatchUp } from './caught-up';
import type { Labeler } from './merge';

/** The local PouchDB of a team database (PouchDB's own IndexedDB database on this phone). */
export const localName = (db: string) => `incident-navi-team-${db}`;

/** Retry quickly at first, then every 8 s at most (a phone coming back should catch up soon). */
const backOff = (delay: number) => (delay ? Math.min(delay * 2, 8000) : 500);

/** A running team sync; stop() ends it (the local PouchDB stays). */
export class Engine {
  readonly local: PouchDB;
  private readonly remote: PouchDB;
  private readonly pusher: Pusher;
  private readonly puller: Puller;
  private readonly pending = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private sync: Sync | null = null;
  private stops: (() => void)[] = [];
  private state: TeamStatus['state'] = 'starting';
  private stopped = false;
  private message: string | undefined;

  constructor(setting: TeamSetting & { keys: TeamKeys }, label: Labeler = (r) => r.type) {
    const me: Me = { device: setting.device, name: setting.deviceName };
    this.local = new PouchDB(localName(setting.db));
    this.remote = new PouchDB(databaseUrl(setting.db), {
      auth: { username: setting.user, password: setting.password },
      skip_setup: true,
    });
    this.pusher = new Pusher(this.local, setting.keys, me, (ids) => {
      for (const id of ids) this.pending.add(id);
      void this.savePending();
      this.publish();
    });
    this.puller = new Puller(this.local, setting.keys, me, label);
  }

  /** Runs `job` after every job queued before it (pushes and applies never interleave). */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job);
    this.queue = next.catch((error: unknown) => this.fail(error));
    return next;
  }

  private publish() {
    let state = this.state;
    if (state === 'synced' && this.pending.size) state = 'pending';
    if (state === 'synced' && this.draining > 0) state = 'receiving';
    if (this.puller.unreadable.size && state !== 'error') {
      state = 'error';
      this.message = new TeamError('passphrase').message;
    }
    if (this.puller.refused.size && state !== 'error') {
      state = 'error';
      this.message = new TeamError('evidence').message;
    }
    if (this.puller.rejected.size && state !== 'error') {
      state = 'error';
      this.message = new TeamError('invalid').message;
    }
    publishTeamStatus({
      state,
      pending: this.pending.size,
      ...(state === 'error' ? { message: this.message } : {}),
    });
  }

  private fail(error: unknown) {
    const status = (error as { status?: number }).status;
    this.state = 'error';
    this.message =
      error instanceof TeamError
        ? error.message
        : new TeamError(status !== undefined ? kindOfStatus(status) : 'server').message;
    this.publish();
  }

  private savePending() {
    return this.enqueue(() => setLocal(this.local, 'pending', [...this.pending]));
  }

  /** Sends one incident's changes (or 備え's, or everything). */
  private onChange = (m: ChangeMessage) => {
    if (m.source.startsWith('team:')) return;
    if (m.incidentId) void this.enqueue(() => this.pusher.pushIncidents([m.incidentId!]));
    else if (m.part === 'prep') void this.enqueue(() => this.pusher.pushPrep());
  };

  /** Applies what arrived, then sends what this phone has to say about those incidents. */
  private draining = 0;
  private drain = () => {
    this.draining++;
    return this.enqueue(async () => {
      try {
        const touched = await this.puller.drain();
        if (touched.length) await this.pusher.pushIncidents(touched);
      } finally {
        this.draining--;
        this.publish();
      }
    });
  };

  /** Starts: first the whole record once, then live both ways. */
  async start(): Promise<void> {
    for (const id of (await getLocal<string[]>(this.local, 'pending')) ?? []) this.pending.add(id);
    this.publish();
    // A channel object of its own hears every tab's commits, this tab's included.
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (e: MessageEvent<ChangeMessage>) => {
      if (e.data?.type === 'changed') this.onChange(e.data);
    };
    this.stops.push(() => channel.close());
    // What an earlier session received but did not apply yet goes first: a change sent on top of
    // an unapplied revision would hide it from this phone's merge.
    void this.drain();
    // What changed while this phone was not syncing (closed, or before the first sync): every
    // write bumps its incident's updatedAt, so the index finds it.
    await this.enqueue(async () => {
      const started = nowIso();
      const since = await getLocal<string>(this.local, 'caught-up');
      await this.pusher.pushIncidents(
        since ? await listIncidentIdsSince(since) : await listIncidentIds(),
      );
      await this.pusher.pushPrep();
      await setLocal(this.local, 'caught-up', started);
    });
    const feed = this.local.changes({ since: 'now', live: true }).on('change', this.drain);
    this.stops.push(() => feed.cancel());
    this.replicate();
  }

  /** Live replication both ways; restarted after a failure that is not the account's. */
  private replicate() {
    if (this.stopped) return;
    const sync = this.local.sync(this.remote, {
      live: true,
      retry: true,
      batch_size: 200,
      back_off_function: backOff,
    });
    this.sync = sync;
    const caughtUp = followCatchUp(
      sync,
      () => this.confirmSynced(caughtUp),
      (error) => this.lost(error),
    );
    sync
      .on('change', (info) => {
        if (info.direction === 'push') {
          for (const doc of info.change.docs) this.pending.delete(doc._id);
          void this.savePending();
        }
        this.publish();
      })
      .on('denied', (error) => this.fail(error))
      .on('error', (error) => {
        this.lost(error);
        // Stopped for good by PouchDB: start again a little later (not for a wrong account).
        if (this.state === 'offline') setTimeout(() => this.replicate(), 5000);
      });
  }

  /** Both directions caught up: asks the server before saying 同期済み, then applies what came. */
  private confirmSynced(caughtUp: () => boolean) {
    // Only once what arrived is applied too (the drain publishes when done).
    this.remote.info().then(
      () => {
        // A direction may have gone back to work, or to waiting, during the round trip.
        if (!caughtUp()) return;
        if (this.state !== 'error') this.state = 'synced';
        void this.drain();
      },
      (failure: unknown) => this.lost(failure),
    );
  }

  /** The server could not be reached (offline), or refused the account (error). */
  private lost(error: unknown) {
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 403 || status === 404) return this.fail(error);
    this.state = 'offline';
    this.publish();
  }

  /** Whether nothing is waiting to be sent (tests and the bench wait on it). */
  get idle(): boolean {
    return this.pending.size === 0 && this.state === 'synced';
  }

  /** Stops replication and listening; the local PouchDB and its bookkeeping stay. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.sync?.cancel();
    for (const stop of this.stops) stop();
    await this.queue;
    await this.local.close();
    await this.remote.close();
    publishTeamStatus({ state: 'off', pending: 0 });
  }
}
