// A throwaway WordPress for the plugin tests: Debian's `wordpress`, PHP and MariaDB (installed
// with apt-get when missing and running as root), a private MariaDB and PHP's built-in server on
// 127.0.0.1, WordPress installed non-interactively into a temporary folder. `stop()` ends both
// servers, each a whole process group (PHP's server runs 4 workers beside its parent), and removes
// the folder; scripts/processes.mjs also stops them when the run is interrupted.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, waitFor } from '../../scripts/processes.mjs';

const DEBIAN_WORDPRESS = '/usr/share/wordpress';
const PACKAGES = ['wordpress', 'php-cli', 'php-mysql', 'php-zip', 'php-xml', 'php-mbstring', 'php-curl', 'mariadb-server'];

const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

function phpModules() {
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' }).toLowerCase();
  } catch {
    return '';
  }
}

/** Installs the Debian packages the tests need, when any is missing. */
export function ensurePackages() {
  const modules = phpModules();
  const ready =
    existsSync(join(DEBIAN_WORDPRESS, 'wp-settings.php')) &&
    (has('mariadbd') || has('mysqld')) &&
    has('mariadb-install-db') &&
    ['mysqli', 'zip', 'mbstring'].every((module) => modules.includes(module));
  if (ready) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`WordPress tests need Debian packages (${PACKAGES.join(' ')}); run as root or install them first.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** Starts MariaDB on a free port of 127.0.0.1 with its data in `dir`, and makes the database. */
async function startMariaDB(dir) {
  const data = join(dir, 'mysql');
  const socket = join(dir, 'mysql.sock');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot],
    { stdio: 'ignore' },
  );
  const server = startProcess('MariaDB', has('mariadbd') ? 'mariadbd' : 'mysqld', [
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${socket}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--pid-file=${join(dir, 'mysql.pid')}`,
    `--log-error=${join(dir, 'mysql.err')}`,
    '--innodb-buffer-pool-size=64M',
    '--skip-log-bin',
    ...asRoot,
  ]);
  const client = (sql) =>
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], { stdio: ['ignore', 'pipe', 'pipe'] });
  await waitFor(
    () => {
      if (server.exitCode !== null) throw new Error(`MariaDB exited: ${readFileSync(join(dir, 'mysql.err'), 'utf8').slice(-2000)}`);
      try {
        client('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    'MariaDB',
    60_000,
  );
  client(
    "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
  );
  return { server, port };
}

/**
 * WordPress with MariaDB and PHP's built-in server, both on 127.0.0.1. Resolves to its `url`,
 * `php(code)` (runs PHP with WordPress loaded and returns what it prints), `debugLog()` and
 * `stop()`.
 */
export async function startWordPress() {
  ensurePackages();
  const dir = mkdtempSync(join(tmpdir(), 'smr-wordpress-'));
  const root = join(dir, 'wordpress');
  let database;
  let web;
  // When the run is interrupted, node --test ends this process before stop() can run: the folder
  // goes on exit (scripts/processes.mjs stops the servers).
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  const stop = async () => {
    // The whole group: SIGTERM to the parent alone left PHP_CLI_SERVER_WORKERS' workers running.
    await web?.stop();
    await database?.server.stop(10_000);
    removeDir();
    process.off('exit', removeDir);
  };
  try {
    database = await startMariaDB(dir);
    // A private copy (symlinks resolved): Debian's own wp-config.php reads /etc/wordpress.
    cpSync(DEBIAN_WORDPRESS, root, { recursive: true, dereference: true });
    mkdirSync(join(root, 'wp-content/uploads'), { recursive: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', '127.0.0.1:${database.port}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
  .flatMap((name) => [
    `define( '${name}_KEY', '${name.toLowerCase()}-key-for-tests' );`,
    `define( '${name}_SALT', '${name.toLowerCase()}-salt-for-tests' );`,
  ])
  .join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    let scripts = 0;
    const php = (code) => {
      const file = join(dir, `script-${(scripts += 1)}.php`);
      writeFileSync(
        file,
        `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';\n$_SERVER['REQUEST_URI'] = '/';\n${code.replace(/^<\?php\s*/, '')}\n`,
      );
      return execFileSync('php', ['-d', 'display_errors=stderr', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    };
    php(`
define( 'WP_INSTALLING', true );
require 'wp-load.php';
// No mail from a test install.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install( 'SMR Elements test', 'admin', 'admin@example.com', true, '', 'admin-password-for-tests' );
if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }
`);
    web = startProcess('PHP built-in server', 'php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      cwd: root,
      env: { PHP_CLI_SERVER_WORKERS: '4' },
    });
    await waitFor(
      async () => {
        if (web.exitCode !== null) throw new Error('the PHP server exited');
        try {
          return (await fetch(`${url}/wp-login.php`)).ok;
        } catch {
          return false;
        }
      },
      'the PHP server',
      60_000,
    );
    const debugLog = () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '');
    return { url, root, php, debugLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
