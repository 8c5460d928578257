import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Capabilities, WebDriver } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http';

// WebKitGTK's WebDriver (Debian package webkit2gtk-driver) under a virtual X display
// (package xvfb). Each test file starts its own driver on a free port and stops it after.

/** How long a session's quit may take before the driver's processes are ended instead. */
const QUIT_WITHIN_MS = 5_000;

/** The driver binary; override with WEBKIT_WEBDRIVER. */
const driverPath = process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver';

/** A running WebKitWebDriver: opens browser sessions, and is stopped by the test run. */
export interface WebKitDriver {
  /**
   * A new MiniBrowser with an empty (ephemeral) profile, sized like a phone; `userAgent`
   * makes it introduce itself as another browser (e.g. Safari on iPhone).
   */
  newSession(options?: { userAgent?: string }): Promise<WebDriver>;
  stop(): Promise<void>;
}

/** Runs the driver under xvfb-run, and ends its process group once the test process is gone. */
const WATCHED = `xvfb-run -a "$1" --port="$2" &
while kill -0 "$3" 2>/dev/null && kill -0 $! 2>/dev/null; do sleep 1; done
kill -- -$$`;

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, deadline: number) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const res = await fetch(`${url}/status`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within 20 s`);
}

/** Starts `xvfb-run -a WebKitWebDriver --port=<free port>` and waits until it answers. */
export async function startWebKitDriver(): Promise<WebKitDriver> {
  const port = await freePort();
  // In its own process group, so stop() ends Xvfb and MiniBrowser too; and if this test
  // process dies without stop() (killed, crashed), the watchdog loop ends the group itself.
  const child = spawn(
    'bash',
    ['-c', WATCHED, 'webkit-lane', driverPath, String(port), String(process.pid)],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const spawnError = new Promise<never>((_, fail) => child.once('error', fail));
  const url = `http://127.0.0.1:${port}`;
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', killGroup);
  try {
    await Promise.race([waitUntilReady(url, child, Date.now() + 20_000), spawnError]);
  } catch (error) {
    killGroup();
    throw new Error(`${(error as Error).message}\n${log}`, { cause: error });
  }

  const sessions = new Set<WebDriver>();
  return {
    async newSession({ userAgent } = {}) {
      const capabilities = new Capabilities();
      if (userAgent) {
        capabilities.set('webkitgtk:browserOptions', {
          args: ['--automation', `--user-agent=${userAgent}`],
        });
      }
      const driver = await WebDriver.createSession(new Executor(new HttpClient(url)), capabilities);
      sessions.add(driver);
      await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000, implicit: 0 });
      await driver.manage().window().setRect({ width: 412, height: 915 });
      const quit = driver.quit.bind(driver);
      // A wedged browser may never answer a quit: give up after a while (stop() ends the
      // process group anyway), so no hook waits out its timeout.
      driver.quit = async () => {
        sessions.delete(driver);
        await Promise.race([quit(), new Promise((ok) => setTimeout(ok, QUIT_WITHIN_MS))]);
      };
      return driver;
    },
    async stop() {
      await Promise.allSettled([...sessions].map((s) => s.quit()));
      const exited = new Promise((ok) => child.once('exit', ok));
      killGroup();
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      process.off('exit', killGroup);
    },
  };
}
