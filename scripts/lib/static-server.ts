/** Serves a built folder with `serve`, as `npm start` and the end-to-end tests do, and stops it. */
import { spawn } from 'node:child_process';

export type StaticServer = { url: string; stop: () => void };

export async function startStaticServer(root: string, port: number): Promise<StaticServer> {
  // --config is read relative to the served folder: the project's serve.json sits beside out/.
  const child = spawn('npx', ['serve', 'out', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--config', '../serve.json'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  // Its own process group, so stopping it also stops the server npx started.
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`serve exited (code ${child.exitCode}) before answering on port ${port}; is the port taken?`);
    try {
      // Any answer will do: a folder without a root page answers 404, and that is still a server.
      await fetch(`${url}/`);
      return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`serve did not answer on ${url} within 20 seconds.`);
}
