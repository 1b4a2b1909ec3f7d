// The WordPress plugin against a real WordPress (Debian's package, with MariaDB and PHP's built-in
// server): installed from its zip by WordPress's own plugin upgrader, posts written by an
// Author-role user through the REST API, and every page opened in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildWordPressPlugin, pluginDir, zipPath } from '../../scripts/build-wordpress.mjs';
import { launchPuppeteer } from '../../scripts/engines.mjs';
import { startWordPress } from './wordpress-env.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const PLUGIN = 'smr-elements/smr-elements.php';
const AUTHOR = { login: 'author', password: 'author-password-for-tests' };
const ADMIN = { login: 'admin', password: 'admin-password-for-tests' };

const phpFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : phpFiles(path);
    return path.endsWith('.php') ? [path] : [];
  });

/** A routine short enough to run to the end in a test: one 5 s custom step, no lead-in. */
const QUICK_ROUTINE = { id: 'quick', title: 'Quick calf hold', steps: [{ name: 'Calf hold', duration: 5 }] };

/** Everything a script in the page could reach, as text, to prove a payload stayed inert. */
const SCRIPT_PAYLOAD = '</script><script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';
/** What an Author can type: the post filter rewrites `<img …>` with quotes that end a JSON string, so scripts only. */
const AUTHOR_SCRIPT_PAYLOAD = '</script><script>window.__pwned = true</script>';

describe('WordPress plugin', { timeout: 15 * 60_000 }, () => {
  let wp;
  let browser;
  const posts = {};
  const basic = (user) => `Basic ${Buffer.from(`${user.login}:${user.appPassword}`).toString('base64')}`;

  /** Creates a published post through the REST API as `user`; returns its id and link. */
  async function createPost(user, title, content) {
    const response = await fetch(`${wp.url}/?rest_route=/wp/v2/posts`, {
      method: 'POST',
      headers: { authorization: basic(user), 'content-type': 'application/json' },
      body: JSON.stringify({ title, content, status: 'publish' }),
    });
    const body = await response.json();
    assert.equal(response.status, 201, JSON.stringify(body));
    return { id: body.id, link: body.link };
  }

  /** The content as stored, after WordPress's filters for the user who wrote it. */
  async function storedContent(user, id) {
    const response = await fetch(`${wp.url}/?rest_route=/wp/v2/posts/${id}&context=edit`, { headers: { authorization: basic(user) } });
    return (await response.json()).content.raw;
  }

  /** Runs `use` in a fresh browser context (its own cookies: a visitor, or one logged-in user), closed after. */
  async function inContext(use) {
    const context = await browser.createBrowserContext();
    try {
      return await use(context);
    } finally {
      await context.close();
    }
  }

  async function logIn(context, user) {
    const page = await context.newPage();
    await page.goto(`${wp.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
    // Set, not typed: typing can start before the form is ready and lose characters.
    await page.$eval('#user_login', (input, login) => (input.value = login), user.login);
    await page.$eval('#user_pass', (input, password) => (input.value = password), user.password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
    assert.equal(new URL(page.url()).pathname, '/wp-admin/', `${user.login} is logged in`);
    return page;
  }

  /**
   * Opens a page and collects console errors, page errors and failed requests while it is open
   * (the site has no favicon: that one 404 is not a problem).
   */
  async function open(context, url) {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    return { page, problems };
  }

  /** Waits until `tag` is defined and rendered, then returns the text of its shadow root. */
  const renderedText = (page, selector) =>
    page
      .waitForFunction(
        (selector) => {
          const element = document.querySelector(selector);
          return element?.shadowRoot && element.shadowRoot.textContent.trim().length > 0;
        },
        { timeout: 20_000 },
        selector,
      )
      .then(() => page.$eval(selector, (element) => element.shadowRoot.textContent.replace(/\s+/g, ' ').trim()));

  before(async () => {
    if (!existsSync('dist/cdn/smr-elements.js') || !existsSync('dist/index.js')) {
      execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    }
    await buildWordPressPlugin();
    wp = await startWordPress();
    const installed = JSON.parse(
      wp.php(`
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user( 1 );
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$result   = $upgrader->install( ${JSON.stringify(zipPath)} );
$activated = activate_plugin( ${JSON.stringify(PLUGIN)} );
echo wp_json_encode( array(
	'installed' => true === $result,
	'messages'  => $upgrader->skin->get_upgrade_messages(),
	'plugin'    => $upgrader->plugin_info(),
	'activated' => null === $activated,
	'active'    => is_plugin_active( ${JSON.stringify(PLUGIN)} ),
) );
`),
    );
    assert.deepEqual(
      { installed: installed.installed, plugin: installed.plugin, activated: installed.activated, active: installed.active },
      { installed: true, plugin: PLUGIN, activated: true, active: true },
      JSON.stringify(installed.messages),
    );
    const users = JSON.parse(
      wp.php(`
require 'wp-load.php';
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => ${JSON.stringify(AUTHOR.password)}, 'user_email' => 'author@example.com', 'role' => 'author' ) );
$author_password = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'tests' ) );
$admin_password  = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'tests' ) );
echo wp_json_encode( array(
	'author'             => $author_password[0],
	'admin'              => $admin_password[0],
	'authorUnfiltered'   => user_can( $author, 'unfiltered_html' ),
) );
`),
    );
    assert.equal(users.authorUnfiltered, false, 'an Author cannot post unfiltered HTML');
    AUTHOR.appPassword = users.author;
    ADMIN.appPassword = users.admin;

    posts.preset = await createPost(AUTHOR, 'Preset', '[smr_routine preset="lower-leg"]');
    posts.json = await createPost(
      AUTHOR,
      'JSON routine',
      // With a "$schema" key, as people add for checking in their code editor: the plugin drops it.
      `[smr_routine lead-in="0" no-persist]\n${JSON.stringify({ $schema: 'https://unpkg.com/smr-elements/dist/routine.schema.json', ...QUICK_ROUTINE }, null, 2)}\n[/smr_routine]`,
    );
    posts.timer = await createPost(AUTHOR, 'Timer', '[smr_timer duration="60" sides="both" label="Calves"]');
    posts.exercise = await createPost(AUTHOR, 'Exercise', '[smr_exercise id="adductors"]');
    posts.finder = await createPost(AUTHOR, 'Finder', '[smr_finder minutes="5" tools="ball"]');
    posts.block = await createPost(
      AUTHOR,
      'Block',
      '<!-- wp:smr-elements/routine {"preset":"neck-relief"} /-->\n<!-- wp:paragraph -->\n<p>After the block.</p>\n<!-- /wp:paragraph -->',
    );
    posts.raw = await createPost(
      AUTHOR,
      'Raw tags',
      '<p>Before.</p><smr-timer duration="3" muted lang="en" onclick="window.__pwned = true" style="display:none" data-x="1"></smr-timer>' +
        '<script>window.__pwned = true</script><iframe src="https://example.com/"></iframe><img src="x" onerror="window.__pwned = true">' +
        '<smr-routine preset="desk-worker" onmouseover="window.__pwned = true"><smr-step exercise="calves" duration="30s" onfocus="x"></smr-step></smr-routine>',
    );
    // Typed by an Author (the filter removes the tags) and by an administrator, whose HTML is not
    // filtered: both must stay text inside the routine.
    posts.scriptAuthor = await createPost(
      AUTHOR,
      'Script in JSON (author)',
      `[smr_routine no-persist]${JSON.stringify({ ...QUICK_ROUTINE, title: `Quick ${AUTHOR_SCRIPT_PAYLOAD}` })}[/smr_routine]`,
    );
    posts.scriptAdmin = await createPost(
      ADMIN,
      'Script in JSON (administrator)',
      `[smr_routine no-persist]${JSON.stringify({ ...QUICK_ROUTINE, title: `Quick ${SCRIPT_PAYLOAD}` })}[/smr_routine]`,
    );
    posts.bad = await createPost(
      AUTHOR,
      'Bad values',
      '<p>Text before.</p>\n[smr_routine preset="nope" /]\n[smr_timer duration="soon"]\n[smr_timer duration="45" sides="three" colour="red"]\n' +
        '[smr_exercise id="kneecap"]\n[smr_routine]{"title": "Broken", "steps": [}[/smr_routine]\n' +
        '[smr_routine]{"title": "Unknown", "steps": [{"exercise": "kneecaps", "duration": 60}]}[/smr_routine]\n<p>Text after.</p>',
    );
    posts.plain = await createPost(AUTHOR, 'No elements', '<p>Just words.</p>');
    browser = await launchPuppeteer('chromium');
  });

  after(async () => {
    if (process.env.SMR_WP_KEEP) {
      console.log('KEEP', wp.url, JSON.stringify(posts));
      await new Promise((resolve) => setTimeout(resolve, 600_000));
    }
    await browser?.close();
    await wp?.stop();
  });

  it('every PHP file passes php -l, and the versions agree with package.json', () => {
    const files = phpFiles(pluginDir);
    assert.ok(files.length >= 12, `${files.length} PHP files`);
    for (const file of files) execFileSync('php', ['-l', file], { stdio: 'pipe' });
    const main = readFileSync(join(pluginDir, 'smr-elements.php'), 'utf8');
    assert.match(main, new RegExp(`\\* Version:\\s+${pkg.version}\\n`));
    assert.match(main, new RegExp(`'SMR_ELEMENTS_VERSION', '${pkg.version}'`));
    assert.match(readFileSync(join(pluginDir, 'readme.txt'), 'utf8'), new RegExp(`Stable tag: ${pkg.version}\\n`));
    assert.equal(JSON.parse(readFileSync(join(pluginDir, 'blocks/routine/block.json'), 'utf8')).version, pkg.version);
  });

  it('a shortcode page loads the plugin’s own autoloader as a module; a page without elements loads nothing', async () => {
    const page = await (await fetch(posts.preset.link)).text();
    const tags = page.match(/<script[^>]*smr-elements\/assets\/smr-autoloader\.js[^>]*>/g) ?? [];
    assert.equal(tags.length, 1, 'one script tag');
    assert.match(tags[0], /type="module"/);
    assert.match(tags[0], new RegExp(`src=["']${wp.url}/wp-content/plugins/smr-elements/assets/smr-autoloader\\.js`));
    assert.doesNotMatch(page, /cdn\.jsdelivr|unpkg\.com/);
    const plain = await (await fetch(posts.plain.link)).text();
    assert.doesNotMatch(plain, /smr-autoloader\.js/);
    assert.doesNotMatch(plain, /smr-elements-inline-css/);
  });

  it('renders every shortcode and the block for visitors, with the safety note once per page', async () => {
    await inContext(async (context) => {
      const expectations = [
        [posts.preset, 'smr-routine', 'Lower leg and foot'],
        [posts.timer, 'smr-timer', '1:00'],
        [posts.exercise, 'smr-exercise', 'Inner thigh'],
        [posts.finder, 'smr-finder', 'Find a routine'],
        [posts.block, 'smr-routine', 'Neck relief'],
      ];
      for (const [post, selector, text] of expectations) {
        const { page, problems } = await open(context, post.link);
        assert.match(await renderedText(page, selector), new RegExp(text), `${selector} on ${post.link}`);
        assert.equal(await page.$$eval('.smr-elements-safety-note', (notes) => notes.length), 1, 'one safety note');
        assert.match(await page.$eval('.smr-elements-safety-note', (note) => note.textContent), /never replaces/);
        assert.equal(await page.$$eval('.smr-elements-notice', (notices) => notices.length), 0, 'no notice for visitors');
        assert.deepEqual(problems, [], post.link);
        await page.close();
      }
      const { page } = await open(context, posts.timer.link);
      assert.deepEqual(
        await page.$eval('smr-timer', (timer) => [
          timer.getAttribute('duration'),
          timer.getAttribute('sides'),
          timer.getAttribute('label'),
        ]),
        ['60', 'both', 'Calves'],
      );
      await page.close();
    });
  });

  it('a routine written as JSON runs to completion in the page', async () => {
    await inContext(async (context) => {
      const { page, problems } = await open(context, posts.json.link);
      assert.match(await renderedText(page, 'smr-routine'), /Quick calf hold/);
      await page.evaluate(() => {
        window.__completed = null;
        document.querySelector('smr-routine').addEventListener('smr-routine-complete', (event) => (window.__completed = event.detail));
      });
      await page.click('smr-routine >>> [part~="button-primary"]');
      await page.waitForFunction(() => window.__completed !== null, { timeout: 30_000 });
      const detail = await page.evaluate(() => window.__completed);
      assert.equal(detail.routineId, 'quick');
      assert.deepEqual(detail.completed, [0]);
      assert.deepEqual(problems, []);
    });
  });

  it('raw tags survive the Author’s post filter with exactly their own attributes, and run', async () => {
    const stored = await storedContent(AUTHOR, posts.raw.id);
    assert.match(stored, /<smr-timer duration="3" muted lang="en"( data-x="1")?>/);
    assert.match(stored, /<smr-routine preset="desk-worker"><smr-step exercise="calves" duration="30s"><\/smr-step><\/smr-routine>/);
    for (const removed of [/onclick/, /onmouseover/, /onfocus/, /onerror/, /<script/, /<iframe/]) assert.doesNotMatch(stored, removed);
    await inContext(async (context) => {
      const { page, problems } = await open(context, posts.raw.link);
      assert.match(await renderedText(page, 'smr-timer'), /0:03/);
      assert.match(await renderedText(page, 'smr-routine'), /Calves/);
      await page.evaluate(() => {
        window.__done = false;
        document.querySelector('smr-timer').addEventListener('smr-complete', () => (window.__done = true));
      });
      await page.click('smr-timer >>> [part~="button-primary"]');
      await page.waitForFunction(() => window.__done, { timeout: 15_000 });
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(problems, []);
    });
  });

  it('the post filter gains exactly our tags and attributes, and nothing else changes', () => {
    const result = JSON.parse(
      wp.php(`
require 'wp-load.php';
global $allowedposttags;
$filtered = wp_kses_allowed_html( 'post' );
$changed  = array();
foreach ( $allowedposttags as $tag => $attributes ) {
	if ( $filtered[ $tag ] !== $attributes ) { $changed[] = $tag; }
}
$added = array();
foreach ( array_diff_key( $filtered, $allowedposttags ) as $tag => $attributes ) {
	$names = array_keys( $attributes );
	sort( $names );
	$added[ $tag ] = $names;
}
echo wp_json_encode( array( 'added' => $added, 'changed' => $changed, 'comment' => isset( wp_kses_allowed_html( 'data' )['smr-timer'] ) ) );
`),
    );
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const expected = {};
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName) {
          expected[declaration.tagName] = [
            ...(declaration.attributes ?? []).map((attribute) => attribute.name),
            'class',
            'dir',
            'id',
            'lang',
          ].sort();
        }
      }
    }
    assert.deepEqual(result.added, expected);
    assert.deepEqual(result.changed, []);
    assert.equal(result.comment, false, 'comments are not loosened');
  });

  it('a <script> inside a shortcode’s JSON stays inert text, from an Author and from an administrator', async () => {
    await inContext(async (context) => {
      for (const post of [posts.scriptAuthor, posts.scriptAdmin]) {
        const { page, problems } = await open(context, post.link);
        const heading = await page
          .waitForFunction(() => document.querySelector('smr-routine')?.shadowRoot?.querySelector('[part="heading"]'), { timeout: 20_000 })
          .then(() => page.$eval('smr-routine', (routine) => routine.shadowRoot.querySelector('[part="heading"]').textContent.trim()));
        assert.match(heading, /^Quick /);
        assert.equal(await page.evaluate(() => window.__pwned), undefined, post.link);
        // The only script inside the routine is its JSON, and the payload is in it as escaped text.
        const scripts = await page.$$eval('smr-routine script', (nodes) => nodes.map((node) => [node.type, node.textContent]));
        assert.equal(scripts.length, 1);
        assert.equal(scripts[0][0], 'application/json');
        assert.doesNotMatch(scripts[0][1], /<\/?script/i);
        assert.equal(await page.$$eval('body img[src="x"]', (images) => images.length), 0);
        assert.deepEqual(problems, []);
        await page.close();
      }
      // The administrator's title keeps every character, as text.
      const { page } = await open(context, posts.scriptAdmin.link);
      await renderedText(page, 'smr-routine');
      assert.equal(
        await page.$eval('smr-routine', (routine) => routine.shadowRoot.querySelector('[part="heading"]').textContent.trim()),
        `Quick ${SCRIPT_PAYLOAD}`,
      );
    });
  });

  it('bad values: visitors see the page unbroken; the author sees what to fix', async () => {
    await inContext(async (visitor) => {
      const { page, problems } = await open(visitor, posts.bad.link);
      const text = await page.$eval('.entry-content, article, main', (element) => element.textContent);
      assert.match(text, /Text before\.[\s\S]*Text after\./);
      assert.doesNotMatch(text, /needs a fix|smr_routine|smr_timer|smr_exercise|\{"title"/);
      // Only the timer whose other values were wrong is shown, with its good values.
      assert.deepEqual(
        await page.$$eval('smr-timer, smr-routine, smr-exercise', (elements) =>
          elements.map((element) => [element.localName, element.getAttribute('duration'), element.getAttribute('sides')]),
        ),
        [['smr-timer', '45', 'none']],
      );
      assert.match(await renderedText(page, 'smr-timer'), /0:45/);
      assert.deepEqual(problems, []);
    });
    await inContext(async (author) => {
      await logIn(author, AUTHOR);
      const { page } = await open(author, posts.bad.link);
      const notices = await page.$$eval('.smr-elements-notice', (elements) => elements.map((element) => element.textContent));
      assert.equal(notices.length, 6, notices.join('\n'));
      const all = notices.join('\n');
      for (const message of [
        /preset="nope" is not a preset\. Presets: lower-leg,/,
        /duration="soon" is not a duration from 1 to 86400 seconds/,
        /sides="three" is not one of: none, both\./,
        /id="kneecap" is not an exercise in the catalog/,
        /is not valid JSON: \w/,
        /Step 1: "kneecaps" is not an exercise in the catalog/,
        /Only people who can edit this page see this note/,
      ]) {
        assert.match(all, message);
      }
      assert.doesNotMatch(all, /colour/, 'unknown attributes are ignored');
    });
  });

  it('the block previews the real routine in the editor', async () => {
    await inContext(async (context) => {
      const editor = await logIn(context, AUTHOR);
      await editor.goto(`${wp.url}/wp-admin/post.php?post=${posts.block.id}&action=edit`, { waitUntil: 'domcontentloaded' });
      await editor.waitForFunction(
        () => document.querySelector('.wp-block-smr-elements-routine smr-routine')?.shadowRoot?.querySelector('[part="heading"]'),
        { timeout: 60_000 },
      );
      const heading = await editor.$eval('.wp-block-smr-elements-routine smr-routine', (routine) =>
        routine.shadowRoot.querySelector('[part="heading"]').textContent.trim(),
      );
      assert.equal(heading, 'Neck relief');
      const inserter = await editor.evaluate(() => window.wp.blocks.getBlockType('smr-elements/routine')?.title);
      assert.equal(inserter, 'SMR routine');
      const presets = await editor.evaluate(() => window.smrElementsBlock.presets.map((preset) => preset.value));
      assert.ok(presets.includes('neck-relief') && presets.length >= 10);
    });
  });

  it('settings: an administrator sets accent, language and the safety note; others cannot; a forged form changes nothing', async () => {
    await inContext(async (authorContext) => {
      const page = await logIn(authorContext, AUTHOR);
      const response = await page.goto(`${wp.url}/wp-admin/options-general.php?page=smr-elements`);
      assert.equal(response.status(), 403);
      assert.doesNotMatch(await page.content(), /name="smr_elements_settings\[accent\]"/);
    });
    await inContext(async (context) => {
      const page = await logIn(context, ADMIN);
      await page.goto(`${wp.url}/wp-admin/options-general.php?page=smr-elements`, { waitUntil: 'networkidle0' });
      // The preview timer is on the settings page.
      assert.match(await renderedText(page, 'smr-timer'), /0:30/);
      // A bad colour is refused and named.
      await page.$eval('#smr-elements-accent', (input) => (input.value = 'pinkish'));
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.match(await page.content(), /&quot;pinkish&quot; is not a colour|"pinkish" is not a colour/);
      await page.$eval('#smr-elements-accent', (input) => (input.value = '#B0246A'));
      await page.select('#smr-elements-language', 'es');
      await page.$eval('#smr-elements-safety-note', (input) => (input.checked = false));
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      assert.match(await page.content(), /Settings saved/);
      const saved = JSON.parse(wp.php(`require 'wp-load.php'; echo wp_json_encode( get_option( 'smr_elements_settings' ) );`));
      assert.deepEqual(saved, { accent: '#b0246a', language: 'es', safety_note: false });
      // A form posted without the nonce is refused and changes nothing.
      const forged = await page.evaluate(async (url) => {
        const body = new URLSearchParams({ option_page: 'smr_elements', action: 'update', 'smr_elements_settings[accent]': '#000000' });
        return (await fetch(`${url}/wp-admin/options.php`, { method: 'POST', body })).status;
      }, wp.url);
      assert.equal(forged, 403);
      const after = JSON.parse(wp.php(`require 'wp-load.php'; echo wp_json_encode( get_option( 'smr_elements_settings' ) );`));
      assert.equal(after.accent, '#b0246a');
    });
    await inContext(async (visitor) => {
      const { page, problems } = await open(visitor, posts.timer.link);
      await renderedText(page, 'smr-timer');
      const seen = await page.$eval('smr-timer', (timer) => ({
        accent: getComputedStyle(timer).getPropertyValue('--smr-accent').trim(),
        contrast: getComputedStyle(timer).getPropertyValue('--smr-accent-contrast').trim(),
        lang: timer.getAttribute('lang'),
        start: timer.shadowRoot.querySelector('[part~="button-primary"]').textContent.trim(),
      }));
      assert.deepEqual(seen, { accent: '#b0246a', contrast: '#ffffff', lang: 'es', start: 'Empezar' });
      assert.equal(await page.$$eval('.smr-elements-safety-note', (notes) => notes.length), 0);
      assert.deepEqual(problems, []);
    });
    // The language setting also shows the content in it: a preset's title and its exercises' words.
    const { esContent } = await import('../../dist/translations/es.js');
    await inContext(async (visitor) => {
      const { page, problems } = await open(visitor, posts.block.link);
      await page.waitForFunction(
        (title) => document.querySelector('smr-routine')?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() === title,
        { timeout: 15_000 },
        esContent.presets['neck-relief'].title,
      );
      const firstStep = await page.$eval('smr-routine', (routine) => routine.shadowRoot.querySelector('.step-name')?.textContent?.trim());
      assert.equal(firstStep, esContent.exercises['thoracic-spine'].name);
      assert.deepEqual(problems, []);
    });
  });

  it('the plugin wrote nothing to the PHP error log', () => {
    const ours = wp
      .debugLog()
      .split('\n')
      .filter((line) => /plugins\/smr-elements\//.test(line));
    assert.deepEqual(ours, []);
  });

  it('uninstalling removes the settings and the plugin', () => {
    const result = JSON.parse(
      wp.php(`
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
wp_set_current_user( 1 );
$had = false !== get_option( 'smr_elements_settings' );
deactivate_plugins( ${JSON.stringify(PLUGIN)} );
$deleted = delete_plugins( array( ${JSON.stringify(PLUGIN)} ) );
wp_cache_flush();
echo wp_json_encode( array(
	'had'     => $had,
	'deleted' => true === $deleted,
	'option'  => get_option( 'smr_elements_settings', 'gone' ),
	'folder'  => file_exists( WP_PLUGIN_DIR . '/smr-elements' ),
) );
`),
    );
    assert.deepEqual(result, { had: true, deleted: true, option: 'gone', folder: false });
  });
});
