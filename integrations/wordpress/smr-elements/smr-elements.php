<?php
/**
 * Plugin Name:       SMR Elements
 * Description:       Guided foam-roller and massage-ball routines, hold timers and exercise cards: shortcodes, a block and the smr-elements web components, served from your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The smr-elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       smr-elements
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

define( 'SMR_ELEMENTS_VERSION', '0.1.0' );
define( 'SMR_ELEMENTS_FILE', __FILE__ );
define( 'SMR_ELEMENTS_DIR', plugin_dir_path( __FILE__ ) );

require_once SMR_ELEMENTS_DIR . 'includes/catalog.php';
require_once SMR_ELEMENTS_DIR . 'includes/settings.php';
require_once SMR_ELEMENTS_DIR . 'includes/assets.php';
require_once SMR_ELEMENTS_DIR . 'includes/validate.php';
require_once SMR_ELEMENTS_DIR . 'includes/render.php';
require_once SMR_ELEMENTS_DIR . 'includes/shortcodes.php';
require_once SMR_ELEMENTS_DIR . 'includes/block.php';
require_once SMR_ELEMENTS_DIR . 'includes/kses.php';
