// The package as users get it: `npm pack` (which builds through `prepack`), install the tarball
// into a fresh project in the OS temp folder, then prove there that the entry points resolve,
// type-check (moduleResolution bundler and node16), build with Vite, run in Chromium (plain,
// per-element and React 19), render on the server with react-dom/server, and that the shipped
// manifest and editor files are valid and complete.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Validator } from '@cfworker/json-schema';
import { launchChromium } from './support.mjs';
import { serveProject } from '../../scripts/serve-project.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(repo, 'test/package/fixture');
const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
/** The project's own tool versions, so the install comes from npm's cache when it can. */
const versionOf = (name) => lock.packages[`node_modules/${name}`].version;
const TOOLS = ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'];

let project;
let tarball;
let installed;
let browser;
let server;

const sh = (command, args, cwd) =>
  run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
const npm = (args, cwd) => sh('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], cwd);
/** Runs the project's tsc; a failure carries tsc's report in its message. */
const tsc = (config) =>
  sh('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', config], project).catch((error) => {
    throw Object.assign(new Error(`tsc -p ${config} failed:\n${error.stdout}`), { stdout: error.stdout });
  });

function directorySize(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((total, entry) => total + directorySize(join(path, entry)), 0);
}

function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
}

/** Opens a built page of the fixture and waits for its script to publish `window.results`. */
async function openPage(path, done = (results) => results.done === true) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
  await page.waitForFunction(`window.results && (${done.toString()})(window.results)`, { timeout: 15000 });
  const results = await page.evaluate(() => window.results);
  return { page, results, errors };
}

before(async () => {
  project = mkdtempSync(join(tmpdir(), 'smr-elements-package-'));
  const { stdout } = await npm(['pack', '--json', '--pack-destination', project], repo);
  // `prepack` prints the build first; npm's JSON report is the last thing on stdout.
  tarball = JSON.parse(stdout.slice(stdout.search(/^\[\s*$/m)))[0];
  cpSync(fixture, project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'smr-package-test', private: true, type: 'module' }, null, 2));
  await npm(
    ['install', '--prefer-offline', join(project, tarball.filename), ...TOOLS.map((name) => `${name}@${versionOf(name)}`)],
    project,
  );
  installed = join(project, 'node_modules/smr-elements');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('npm package', () => {
  test('ships what users need and nothing else', () => {
    const files = tarball.files.map((file) => file.path);
    for (const required of [
      'package.json',
      'README.md',
      'LICENSE',
      'custom-elements.json',
      'routine.schema.json',
      'dist/index.js',
      'dist/define.js',
      'dist/react.js',
      'dist/cdn/smr-elements.js',
      'dist/cdn/smr-autoloader.js',
      'dist/cdn/elements/smr-timer.js',
      'dist/components/timer/timer.js',
      'dist/types/index.d.ts',
      'dist/types/react.d.ts',
      'dist/types/components/timer/timer.d.ts',
      'dist/editor/jsx.d.ts',
      'dist/editor/vscode.html-custom-data.json',
      'dist/editor/vscode.css-custom-data.json',
    ]) {
      assert.ok(files.includes(required), `${required} is in the tarball`);
    }
    const unwanted = files.filter((file) => /^(src|test|stories|scripts|demo|docs|\.storybook)\/|\.map$|\.test\./.test(file));
    assert.deepEqual(unwanted, []);
    const unpacked = directorySize(installed);
    console.log(
      `# tarball ${(tarball.size / 1024).toFixed(1)} KB packed, ${(tarball.unpackedSize / 1024).toFixed(1)} KB unpacked, ${files.length} files; installed folder ${(unpacked / 1024).toFixed(1)} KB`,
    );
    assert.equal(tarball.unpackedSize, unpacked, 'the installed folder is exactly the tarball');
  });

  test('every export of package.json points at a shipped file', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const target of targets) {
      const path = target.replace('*', 'timer/timer').replace(/^\.\//, '');
      const concrete = target.includes('/translations/') ? path.replace('timer/timer', 'en/core') : path;
      assert.ok(statSync(join(installed, concrete)).isFile(), `${target} resolves (${concrete})`);
    }
    assert.equal(manifest.customElements, 'custom-elements.json');
  });

  test('sideEffects covers every module that registers a tag or strings, so bundlers keep them', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const patterns = manifest.sideEffects.map(
      (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
    );
    const registering = readdirSync(join(installed, 'dist'), { recursive: true })
      .filter((file) => file.endsWith('.js') && !file.startsWith('cdn/'))
      .filter((file) =>
        /\bcustomElement\("smr-|registerEnglish\(|registerTranslation\(/.test(readFileSync(join(installed, 'dist', file), 'utf8')),
      )
      .map((file) => `./dist/${file}`);
    // Every element module registers its tag and its English strings (the string tables are data).
    assert.ok(registering.length >= 8, `found the registering modules (${registering.length})`);
    const uncovered = registering.filter(
      (file) => !patterns.some((pattern) => pattern.test(file)) && !file.endsWith('/translation-registry.js'),
    );
    assert.deepEqual(uncovered, []);
  });

  test('types check with moduleResolution bundler, including raw tags in TSX', async () => {
    await tsc('tsconfig.json');
  });

  test('types check with moduleResolution node16', async () => {
    await tsc('tsconfig.node16.json');
  });

  test('a wrong property type fails the type check', async () => {
    const failure = await tsc('tsconfig.wrong.json').then(
      () => null,
      (error) => error,
    );
    assert.ok(failure, 'tsc must fail on types-wrong.ts');
    assert.match(failure.stdout, /types-wrong\.ts\(5,1\): error TS2322: Type 'boolean' is not assignable to type 'string \| number'/);
  });

  describe('in the browser after a Vite build', () => {
    before(async () => {
      await sh('node', [join(project, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], project);
      server = await serveProject({}, join(project, 'dist'));
    });

    test('the main import defines the elements and runs a timer to completion', async () => {
      const { page, results, errors } = await openPage('index.html');
      assert.deepEqual(errors, []);
      assert.equal(results.timerIsClass, true);
      assert.equal(results.routineIsClass, true);
      assert.equal(results.completeDuration, 1);
      assert.ok(results.presetSegments > 3);
      assert.match(results.invalidMessage, /unknown exercise "calfs"; did you mean "calves"\?/);
      assert.match(results.timerText, /Start/);
      const routineText = await page.evaluate(() => document.querySelector('smr-routine').shadowRoot.textContent);
      assert.match(routineText, /Lower leg/);
      await page.close();
    });

    test('a per-element import defines only its element', async () => {
      const { page, results, errors } = await openPage('timer.html');
      assert.deepEqual(errors, []);
      assert.equal(results.routineDefined, false);
      assert.equal(results.completeDuration, 1);
      assert.match(results.timerText, /Calves/);
      await page.close();
    });

    test('React 19: wrappers set properties, forward refs and call typed event props', async () => {
      const { page, errors } = await openPage('react.html', (results) => results.events !== undefined);
      await page.waitForFunction(() => document.querySelector('smr-routine')?.shadowRoot?.textContent?.includes('From React'));
      const state = await page.evaluate(() => {
        const timer = document.querySelector('smr-timer');
        const routine = document.querySelector('smr-routine');
        return { duration: timer.duration, label: timer.label, routineTitle: routine.resolvedRoutine?.title, noPersist: routine.noPersist };
      });
      assert.deepEqual(state, { duration: 1, label: 'Calves', routineTitle: 'From React', noPersist: true });
      await page.click('#start');
      await page.waitForFunction(() => document.querySelector('#completed').textContent === '1', { timeout: 5000 });
      const events = await page.evaluate(() => window.results.events);
      assert.deepEqual(events, ['start', 'complete']);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });

  test('React server rendering (react-dom/server in Node) renders every wrapper', async () => {
    const { stdout } = await sh('node', ['ssr.mjs'], project);
    const markup = JSON.parse(stdout);
    for (const [name, tag] of Object.entries({
      SmrTimer: 'smr-timer',
      SmrRoutine: 'smr-routine',
      SmrStep: 'smr-step',
      SmrExercise: 'smr-exercise',
      SmrBodyMap: 'smr-body-map',
      SmrFinder: 'smr-finder',
      SmrRoutineBuilder: 'smr-routine-builder',
      SmrHistory: 'smr-history',
    })) {
      assert.equal(markup[name], `<${tag} id="ssr-${name}"></${tag}>`);
    }
    assert.equal(markup.withChildren, '<smr-routine><smr-step></smr-step></smr-routine>');
    assert.equal(markup.presetTitle, 'Lower leg and foot');
  });

  describe('custom-elements.json', () => {
    const manifest = () => JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));

    test('is valid against the Custom Elements Manifest schema', () => {
      const schema = JSON.parse(readFileSync(join(repo, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
      const result = new Validator(schema, '7', false).validate(manifest());
      assert.deepEqual(
        result.errors.map((error) => `${error.instanceLocation}: ${error.error}`),
        [],
      );
      assert.equal(result.valid, true);
    });

    test('documents every element completely', () => {
      const elements = elementsOf(manifest());
      assert.deepEqual(elements.map((element) => element.tagName).sort(), [
        'smr-body-map',
        'smr-exercise',
        'smr-finder',
        'smr-history',
        'smr-illustration',
        'smr-routine',
        'smr-routine-builder',
        'smr-step',
        'smr-timer',
      ]);
      const gaps = [];
      for (const element of elements) {
        const where = element.tagName;
        if (!element.summary || !element.description) gaps.push(`${where}: summary and description`);
        for (const attribute of element.attributes ?? []) {
          if (!attribute.description || !attribute.type?.text) gaps.push(`${where} [${attribute.name}]: description and type`);
        }
        for (const member of element.members ?? []) {
          if (member.privacy === 'private' || member.privacy === 'protected') gaps.push(`${where}.${member.name}: private member listed`);
          if (!member.description) gaps.push(`${where}.${member.name}: description`);
          if (member.kind === 'field' && !member.type?.text) gaps.push(`${where}.${member.name}: type`);
        }
        for (const event of element.events ?? []) {
          if (!event.description || !event.type?.text) gaps.push(`${where} @${event.name}: description and type`);
        }
        if (where !== 'smr-step') {
          if (!(element.cssParts?.length > 0)) gaps.push(`${where}: css parts`);
          if (!(element.cssProperties?.length > 0)) gaps.push(`${where}: css properties`);
          if (!(element.events?.length > 0)) gaps.push(`${where}: events`);
        }
        for (const entry of [...(element.cssParts ?? []), ...(element.cssProperties ?? []), ...(element.slots ?? [])]) {
          if (!entry.description) gaps.push(`${where} ${entry.name}: description`);
        }
      }
      assert.deepEqual(gaps, []);
      const timer = elements.find((element) => element.tagName === 'smr-timer');
      const complete = timer.events.find((event) => event.name === 'smr-complete');
      assert.equal(complete.type.text, 'SmrCompleteEvent');
      assert.ok(timer.members.some((member) => member.kind === 'method' && member.name === 'start'));
    });

    test('VS Code custom data lists every tag and attribute of the manifest', () => {
      const html = JSON.parse(readFileSync(join(installed, 'dist/editor/vscode.html-custom-data.json'), 'utf8'));
      const css = JSON.parse(readFileSync(join(installed, 'dist/editor/vscode.css-custom-data.json'), 'utf8'));
      for (const element of elementsOf(manifest())) {
        const tag = html.tags.find((candidate) => candidate.name === element.tagName);
        assert.ok(tag, `${element.tagName} in the HTML data`);
        assert.deepEqual(
          tag.attributes.map((attribute) => attribute.name).sort(),
          (element.attributes ?? []).map((attribute) => attribute.name).sort(),
          `${element.tagName} attributes`,
        );
      }
      const timerSides = html.tags.find((tag) => tag.name === 'smr-timer').attributes.find((attribute) => attribute.name === 'sides');
      assert.deepEqual(timerSides.values.map((value) => value.name).sort(), ['both', 'none']);
      assert.ok(css.properties.some((property) => property.name === '--smr-accent'));
    });
  });
});
