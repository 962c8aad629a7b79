/**
 * Runs a command and measures it as a whole process tree: wall time, CPU
 * time (user + sys) and peak resident memory summed over the command and all
 * its descendants — Pagefind indexes in a separate binary, so the Node
 * process's own figures would miss most of the search index's cost.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Linux's USER_HZ and page size on every platform Debian ships for. */
const CLOCK_TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

export interface ProcStat {
  pid: number;
  /** The command name (comm), e.g. node or pagefind_extended. */
  name: string;
  ppid: number;
  /** Start time in clock ticks after boot: with the pid, tells a reused pid from the old process. */
  start: number;
  /** User + system CPU of this process itself, in clock ticks. */
  cpuTicks: number;
  rssBytes: number;
}

/** One /proc/<pid>/stat line. The command name is in parentheses and may contain spaces or parentheses. */
export function parseProcStat(line: string): ProcStat | undefined {
  const open = line.indexOf("(");
  const close = line.lastIndexOf(")");
  if (open < 0 || close < open) return undefined;
  const pid = Number(line.slice(0, open).trim());
  // Fields from the 3rd on (state, ppid, …), so fields[n - 3] is field n of proc(5).
  const fields = line
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const field = (n: number) => Number(fields[n - 3]);
  if (!Number.isFinite(pid) || fields.length < 22) return undefined;
  return {
    pid,
    name: line.slice(open + 1, close),
    ppid: field(4),
    start: field(22),
    cpuTicks: field(14) + field(15),
    rssBytes: field(24) * PAGE_BYTES,
  };
}

/** `root` and every process below it in the table. */
export function processTree(table: readonly ProcStat[], root: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found: ProcStat[] = [];
  const queue = table.filter((p) => p.pid === root);
  while (queue.length > 0) {
    const p = queue.shift() as ProcStat;
    found.push(p);
    queue.push(...(children.get(p.pid) ?? []).filter((c) => c.pid !== p.pid));
  }
  return found;
}

function readProcTable(): ProcStat[] {
  const table: ProcStat[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(readFileSync(`/proc/${name}/stat`, "utf8"));
      if (stat) table.push(stat);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** CPU ms of the tree at `ms` after the start, from the samples (the last one at or before it). */
export function cpuAt(timeline: ReadonlyArray<readonly [number, number]>, ms: number): number {
  let cpu = 0;
  for (const [t, c] of timeline) {
    if (t > ms) break;
    cpu = c;
  }
  return cpu;
}

/** GNU time's `-f "%e %U %S %M"`: wall s, user s, sys s, max RSS KB of the largest single process. */
export function parseGnuTime(text: string): { userMs: number; sysMs: number } | undefined {
  const match = /([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(text.trim());
  if (!match) return undefined;
  return { userMs: Number(match[2]) * 1000, sysMs: Number(match[3]) * 1000 };
}

export interface Measured {
  wallMs: number;
  /** User + system CPU of the whole tree. */
  cpuMs: number;
  /** Largest sum of the tree's resident memory seen in one sample. */
  peakRssBytes: number;
  /** How many processes the tree had at its largest. */
  peakProcesses: number;
  /** The largest resident memory each command of the tree reached on its own (MB). */
  peakRssMbByName: Record<string, number>;
  /** [ms since start, CPU ms of the tree so far] at each sample: the CPU spent up to a phase boundary. */
  cpuTimeline: Array<[number, number]>;
  output: string;
}

const GNU_TIME = "/usr/bin/time";

/**
 * Runs `command args` and samples its process tree every `intervalMs`.
 * CPU comes from GNU time when it is installed (it counts every waited-for
 * descendant exactly); the samples give a lower bound otherwise, and the
 * larger of the two is reported (a child killed without being waited for is
 * only in the samples).
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env: Record<string, string | undefined>;
    intervalMs?: number;
    /** Called about every 2 s with the tree's memory by command, for finding which phase peaks. */
    onTimeline?: (line: string) => void;
  },
): Promise<Measured> {
  const timeFile = path.join(tmpdir(), `zugong-bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime
    ? [GNU_TIME, ["-f", "%e %U %S %M", "-o", timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));

  let peakRssBytes = 0;
  let peakProcesses = 0;
  const cpuByProcess = new Map<string, number>();
  const peakByName: Record<string, number> = {};
  const cpuTimeline: Array<[number, number]> = [];
  let lastTimeline = 0;
  const sample = () => {
    const tree = processTree(readProcTable(), child.pid ?? -1);
    const rss = tree.reduce((sum, p) => sum + p.rssBytes, 0);
    if (rss > peakRssBytes) [peakRssBytes, peakProcesses] = [rss, tree.length];
    const byName: Record<string, number> = {};
    for (const p of tree) {
      cpuByProcess.set(`${p.pid}@${p.start}`, p.cpuTicks);
      const mb = Math.round(p.rssBytes / 2 ** 20);
      peakByName[p.name] = Math.max(peakByName[p.name] ?? 0, mb);
      byName[p.name] = (byName[p.name] ?? 0) + mb;
    }
    const now = performance.now();
    const ticks = [...cpuByProcess.values()].reduce((a, b) => a + b, 0);
    cpuTimeline.push([Math.round(now - started), (ticks * 1000) / CLOCK_TICKS_PER_SECOND]);
    if (options.onTimeline && now - lastTimeline >= 2000) {
      lastTimeline = now;
      options.onTimeline(`${((now - started) / 1000).toFixed(0)}s ${JSON.stringify(byName)}`);
    }
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 100);

  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const sampledCpuMs =
        ([...cpuByProcess.values()].reduce((a, b) => a + b, 0) * 1000) / CLOCK_TICKS_PER_SECOND;
      let timedCpuMs = 0;
      if (useTime && existsSync(timeFile)) {
        const timed = parseGnuTime(readFileSync(timeFile, "utf8"));
        if (timed) timedCpuMs = timed.userMs + timed.sysMs;
        rmSync(timeFile, { force: true });
      }
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${output.slice(-4000)}`));
        return;
      }
      resolve({
        wallMs,
        cpuMs: Math.max(timedCpuMs, sampledCpuMs),
        peakRssBytes,
        peakProcesses,
        peakRssMbByName: peakByName,
        cpuTimeline,
        output,
      });
    });
  });
}
