<?php
/**
 * What the block's editor script needs (written by hand: the script has no build step).
 *
 * @package SmrElements
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '0.1.0',
);
