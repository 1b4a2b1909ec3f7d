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
import { EventEmitter } from 'node:events';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

const GRACE_MS = 5_000;
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Groups started (or adopted) by this process that may still be running: pgid → { name, graceMs }. */
const groups = new Map();
let handlersInstalled = false;
let exiting = false;
/** Whether this process began the run (beginRun) and so answers for every process in it. */
let ownsRun = false;

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

function record(pgid, name, graceMs = GRACE_MS) {
  groups.set(pgid, { name, graceMs });
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
 * unless `options.stdio` says otherwise. Returns the ChildProcess with `stop(graceMs)` added.
 * `options.graceMs`: how long an interrupt waits after SIGTERM before SIGKILL (default 5 s; a
 * test runner gets longer, so its own cleanup can finish).
 */
export function startProcess(name, command, args = [], { graceMs = GRACE_MS, ...options } = {}) {
  if (exiting) return neverStarted();
  const child = spawn(command, args, { stdio: 'ignore', ...options, env: { ...process.env, ...options.env }, detached: true });
  if (child.pid === undefined) {
    // spawn failed (ENOENT…): the 'error' event says why; nothing to track.
    return Object.assign(child, { stop: async () => {} });
  }
  record(child.pid, name, graceMs);
  child.stop = (stopGraceMs = graceMs) => stopGroup(child.pid, stopGraceMs);
  return child;
}

/**
 * What startProcess returns once an interrupt is being handled: a process that never starts nor
 * ends, so the caller waits while the handler stops the others and exits with the signal's code.
 */
function neverStarted() {
  return Object.assign(new EventEmitter(), {
    pid: undefined,
    exitCode: null,
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    stop: async () => {},
  });
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
  for (const [pgid, { graceMs }] of [...groups].reverse()) await stopGroup(pgid, graceMs);
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (exiting) return;
      exiting = true;
      // The reader of our output may be gone already (node --test's runner exits at once): a
      // write to the broken pipe must not crash this process before its cleanup is done.
      for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
      process.stderr.write(`\n${signal}: stopping the processes this run started…\n`);
      // The owner of the run also stops what its children started, in case a child was killed
      // before it could clean up (node --test ends its test files abruptly).
      stopAll()
        .then(() => (ownsRun ? stopRun() : undefined))
        .finally(() => process.exit(128 + number));
    });
  }
  // Whatever ends this process (process.exit elsewhere, an uncaught error): no group outlives it.
  // Only synchronous work is possible here, so the groups get SIGTERM without the wait.
  process.on('exit', () => {
    for (const pgid of groups.keys()) signalGroup(pgid, 'SIGTERM');
    if (ownsRun && process.env.SMR_PROCESS_LOG) rmSync(process.env.SMR_PROCESS_LOG, { force: true });
  });
}

/** True once an interrupt is being handled: start nothing new. */
export const isStopping = () => exiting;

/** After an interrupt, waits (forever) for the handler to finish the cleanup and exit; otherwise returns at once. */
export const unlessStopping = () => (exiting ? new Promise(() => {}) : Promise.resolve());

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
  ownsRun = true;
  return true;
}

/** Whether `pid` carries this run's SMR_RUN_ID: true, false, or undefined when its environment is unreadable. */
function ofRun(pid, runId = process.env.SMR_RUN_ID) {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`SMR_RUN_ID=${runId}\0`);
  } catch {
    return undefined;
  }
}

/** The groups any process of this run started: pgid → name (from SMR_PROCESS_LOG). */
function listedGroups() {
  const log = process.env.SMR_PROCESS_LOG;
  const listed = new Map();
  if (log && existsSync(log)) {
    for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
      const [pgid, ...name] = line.split('\t');
      listed.set(Number(pgid), name.join('\t'));
    }
  }
  return listed;
}

/**
 * Live processes of the run other than this one (pid → what it is): members of the listed groups
 * (unless a member is clearly not of this run, a reused group id) and any process whose
 * environment carries this run's SMR_RUN_ID (one that left its group).
 */
function runLeftovers(listed) {
  const found = new Map();
  const table = processTable() ?? [];
  for (const [pgid, name] of listed) {
    for (const pid of groupMembers(pgid)) if (pid !== process.pid && ofRun(pid) !== false) found.set(pid, `${name} (group ${pgid})`);
  }
  for (const entry of table) {
    if (entry.pid !== process.pid && !found.has(entry.pid) && ofRun(entry.pid))
      found.set(entry.pid, `process of this run (group ${entry.pgid})`);
  }
  return found;
}

/** After an interrupt, the owner's sweep: SIGTERM to every process of the run still alive, SIGKILL after the grace period. */
async function stopRun() {
  const left = [...runLeftovers(listedGroups()).keys()];
  for (const pid of left) signalPid(pid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (left.some(alive) && Date.now() < deadline) await sleep(50);
  for (const pid of left.filter(alive)) signalPid(pid, 'SIGKILL');
  if (process.env.SMR_PROCESS_LOG) rmSync(process.env.SMR_PROCESS_LOG, { force: true });
}

function signalPid(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone meanwhile.
  }
}

const alive = (pid) => (processTable() ?? []).some((entry) => entry.pid === pid);

/**
 * The owner's last step: every group started during the run must be gone, and no process of the
 * run may remain. Waits a few seconds for groups still stopping, prints one line per process left
 * running, then stops those (so the machine is clean) and returns the number of leftovers.
 */
export async function checkNothingLeft({ waitMs = GRACE_MS } = {}) {
  const listed = listedGroups();
  const deadline = Date.now() + waitMs;
  let found = runLeftovers(listed);
  while (found.size > 0 && Date.now() < deadline) {
    await sleep(100);
    found = runLeftovers(listed);
  }
  if (found.size === 0) {
    process.stdout.write(`ok   no process left running (${listed.size} process groups started, all gone)\n`);
  } else {
    process.stdout.write(`FAIL ${found.size} process(es) left running after the run:\n`);
    for (const [pid, what] of found) process.stdout.write(`       pid ${pid}  ${what}: ${commandLine(pid)}\n`);
    for (const pid of found.keys()) signalPid(pid, 'SIGKILL');
  }
  if (process.env.SMR_PROCESS_LOG) rmSync(process.env.SMR_PROCESS_LOG, { force: true });
  return found.size;
}

/** A port on 127.0.0.1 that nothing listens on now, for a server the run starts. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 100 ms until it is true; throws after `timeoutMs`, naming `what`. */
export async function waitFor(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
