// Every process a test run starts (PHP's server and its workers, MariaDB, Xvfb, WebDriver servers,
// browsers, the test runners themselves) lives in its own process group and is stopped as a
// group: SIGTERM to the whole group, SIGKILL after a grace period, then wait until it is gone.
// Cleanup runs on success, on failure and when the command is interrupted (Ctrl-C, SIGTERM,
// SIGHUP), after which the command exits with 128 + the signal's number.
//
// A top-level test command calls `beginRun()` first and `checkNothingLeft()` last. Every group
// started under it, in any child process, is written to a shared list (SMR_PROCESS_LOG), and
// every process inherits SMR_RUN_ID; the check fails when a listed group still has a live
// process, or when any process carrying this run's SMR_RUN_ID outlived the run.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GRACE_MS = 5_000;
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Groups started (or adopted) by this process that may still be running: pgid → name. */
const groups = new Map();
let handlersInstalled = false;
let exiting = false;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Live (non-zombie) processes, from /proc; undefined where there is no /proc (macOS). */
function processTable() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const table = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || fields[0] === 'X') continue;
      table.push({ pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '?';
  }
}

/** Live processes of group `pgid` (zombies, already dead, do not count). */
function groupMembers(pgid) {
  const table = processTable();
  if (table) return table.filter((entry) => entry.pgid === pgid).map((entry) => entry.pid);
  try {
    process.kill(-pgid, 0);
    return [pgid];
  } catch (error) {
    return error.code === 'EPERM' ? [pgid] : [];
  }
}

export const groupAlive = (pgid) => groupMembers(pgid).length > 0;

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

function record(pgid, name) {
  groups.set(pgid, name);
  installHandlers();
  if (process.env.SMR_PROCESS_LOG) {
    try {
      appendFileSync(process.env.SMR_PROCESS_LOG, `${pgid}\t${name}\n`);
    } catch {
      // The list is only for the final check; a failed write must not stop the run.
    }
  }
}

/**
 * Starts `command` in a process group of its own (`detached`), stdin closed, output ignored
 * unless `options.stdio` says otherwise. Returns the ChildProcess with `stop()` added.
 */
export function startProcess(name, command, args = [], options = {}) {
  const child = spawn(command, args, { stdio: 'ignore', ...options, env: { ...process.env, ...options.env }, detached: true });
  if (child.pid === undefined) {
    // spawn failed (ENOENT…): the 'error' event says why; nothing to track.
    return Object.assign(child, { stop: async () => {} });
  }
  record(child.pid, name);
  child.stop = (graceMs) => stopGroup(child.pid, graceMs);
  return child;
}

/** Tracks a group someone else started (a browser launched by Puppeteer, itself `detached`). */
export function adoptGroup(name, pgid) {
  if (pgid && !groups.has(pgid)) record(pgid, name);
}

/** SIGTERM to the whole group, SIGKILL to what is left after `graceMs`; resolves when it is gone. */
export async function stopGroup(pgid, graceMs = GRACE_MS) {
  if (groupAlive(pgid)) {
    signalGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
    if (groupAlive(pgid)) {
      signalGroup(pgid, 'SIGKILL');
      const killDeadline = Date.now() + 5_000;
      while (groupAlive(pgid) && Date.now() < killDeadline) await sleep(50);
    }
  }
  groups.delete(pgid);
}

/** Stops every group this process started, the newest first (a browser before its driver and display). */
export async function stopAll() {
  for (const pgid of [...groups.keys()].reverse()) await stopGroup(pgid);
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (exiting) return;
      exiting = true;
      process.stderr.write(`\n${signal}: stopping the processes this run started…\n`);
      stopAll().finally(() => process.exit(128 + number));
    });
  }
  // Whatever ends this process (process.exit elsewhere, an uncaught error): no group outlives it.
  // Only synchronous work is possible here, so the groups get SIGTERM without the wait.
  process.on('exit', () => {
    for (const pgid of groups.keys()) signalGroup(pgid, 'SIGTERM');
  });
}

/** Installs the cleanup handlers even before the first process starts (a top-level command). */
export const handleSignals = installHandlers;

/**
 * Makes this command the owner of a run when no parent already is: every child inherits the run's
 * SMR_RUN_ID and writes the groups it starts to SMR_PROCESS_LOG. Returns true for the owner, which
 * should call `checkNothingLeft()` at the end.
 */
export function beginRun() {
  installHandlers();
  if (process.env.SMR_RUN_ID && process.env.SMR_PROCESS_LOG) return false;
  process.env.SMR_RUN_ID = randomUUID();
  process.env.SMR_PROCESS_LOG = join(tmpdir(), `smr-processes-${process.env.SMR_RUN_ID}.tsv`);
  appendFileSync(process.env.SMR_PROCESS_LOG, '');
  return true;
}

/** Processes other than this one whose environment carries `runId` (children that outlived their parents). */
function processesOfRun(runId) {
  const table = processTable();
  if (!table) return [];
  const marker = `SMR_RUN_ID=${runId}\0`;
  return table.filter((entry) => {
    if (entry.pid === process.pid) return false;
    try {
      return readFileSync(`/proc/${entry.pid}/environ`, 'latin1').includes(marker);
    } catch {
      return false;
    }
  });
}

/**
 * The owner's last step: every group started during the run must be gone, and no process of the
 * run may remain. Waits a few seconds for groups still stopping, prints one line per process left
 * running, then stops those (so the machine is clean) and returns the number of leftovers.
 */
export async function checkNothingLeft({ waitMs = GRACE_MS } = {}) {
  const runId = process.env.SMR_RUN_ID;
  const log = process.env.SMR_PROCESS_LOG;
  const listed = new Map();
  if (log && existsSync(log)) {
    for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
      const [pgid, ...name] = line.split('\t');
      listed.set(Number(pgid), name.join('\t'));
    }
  }
  const leftovers = () => {
    const found = new Map();
    for (const [pgid, name] of listed) for (const pid of groupMembers(pgid)) found.set(pid, `${name} (group ${pgid})`);
    for (const entry of processesOfRun(runId)) if (!found.has(entry.pid)) found.set(entry.pid, `process of this run (group ${entry.pgid})`);
    return found;
  };
  const deadline = Date.now() + waitMs;
  let found = leftovers();
  while (found.size > 0 && Date.now() < deadline) {
    await sleep(100);
    found = leftovers();
  }
  if (found.size === 0) {
    process.stdout.write(`ok   no process left running (${listed.size} process groups started, all gone)\n`);
  } else {
    process.stdout.write(`FAIL ${found.size} process(es) left running after the run:\n`);
    for (const [pid, what] of found) process.stdout.write(`       pid ${pid}  ${what}: ${commandLine(pid)}\n`);
    for (const pid of found.keys()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone meanwhile.
      }
    }
  }
  if (log) rmSync(log, { force: true });
  return found.size;
}
