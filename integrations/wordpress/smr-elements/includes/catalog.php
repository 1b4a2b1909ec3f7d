<?php
/**
 * What the plugin knows about the library: preset routines, exercise ids, tools, limits and each
 * element's attributes. `catalog.json` is generated from the library by `npm run build:wordpress`,
 * so the plugin never drifts from the elements it ships.
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated catalog, read once per request.
 *
 * @return array{presets: array<string, string>, exercises: array<string, string>, tools: string[], limits: array<string, mixed>, elements: array<string, string[]>}
 */
function smr_elements_catalog() {
	static $catalog = null;
	if ( null === $catalog ) {
		$json    = file_get_contents( SMR_ELEMENTS_DIR . 'includes/catalog.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$decoded = is_string( $json ) ? json_decode( $json, true ) : null;
		$catalog = is_array( $decoded ) ? $decoded : array(
			'presets'   => array(),
			'exercises' => array(),
			'tools'     => array(),
			'limits'    => array(),
			'elements'  => array(),
		);
	}
	return $catalog;
}
