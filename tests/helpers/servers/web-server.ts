/**
 * Runs a real web server (nginx, Apache) for tests as an unprivileged
 * process: its pid, logs and temporary files live in a temporary prefix, and
 * under root it drops to "nobody" first.
 */
import { spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** Debian's "nobody": a server started by root runs as this user instead. */
const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = () => process.getuid?.() === 0;

export function findExecutable(candidates: readonly (string | undefined)[]): string | undefined {
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A temporary folder the server may write to (owned by nobody when running as root). */
export function serverPrefix(name: string): string {
  const prefix = mkdtempSync(path.join(tmpdir(), `zugong-${name}-`));
  if (asRoot()) {
    chmodSync(prefix, 0o755);
    chownSync(prefix, NOBODY.uid, NOBODY.gid);
  }
  return prefix;
}

export interface RunningServer {
  origin: string;
  /** What the server printed and wrote to `errorLogFile`. */
  errorLog(): string;
  close(): Promise<void>;
}

/** Starts `command` in the foreground; resolves once `origin + probePath` answers. */
export async function runServer(options: {
  command: string;
  args: string[];
  prefix: string;
  port: number;
  probePath: string;
  errorLogFile: string;
  stopSignal: NodeJS.Signals;
}): Promise<RunningServer> {
  const child = spawn(options.command, options.args, {
    stdio: ["ignore", "pipe", "pipe"],
    ...(asRoot() ? NOBODY : {}),
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${options.port}`;
  const errorLog = () =>
    `${output}${existsSync(options.errorLogFile) ? readFileSync(options.errorLogFile, "utf8") : ""}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(options.stopSignal);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    rmSync(options.prefix, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = errorLog();
      await close();
      throw new Error(`${options.command} exited (${child.exitCode}):\n${log}`);
    }
    try {
      await fetch(`${origin}${options.probePath}`);
      return { origin, errorLog, close };
    } catch {
      if (Date.now() > deadline) {
        const log = errorLog();
        await close();
        throw new Error(`${options.command} did not answer on ${origin}:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
