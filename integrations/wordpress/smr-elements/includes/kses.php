<?php
/**
 * Lets raw <smr-…> tags survive the post filter for people without `unfiltered_html` (authors,
 * contributors): exactly our tags, each with its own attributes plus `class`, `id`, `lang` and
 * `dir`. Nothing else is loosened: no other tag, no event handlers, no inline script. Attribute
 * values are still filtered by WordPress (`src` keeps only safe protocols) and checked again by
 * the elements.
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Our tags and attributes in the form `wp_kses` expects.
 *
 * @return array<string, array<string, bool>>
 */
function smr_elements_allowed_tags() {
	$allowed = array();
	foreach ( smr_elements_catalog()['elements'] as $tag => $attributes ) {
		$names           = array_merge( $attributes, array( 'class', 'id', 'lang', 'dir' ) );
		$allowed[ $tag ] = array_fill_keys( $names, true );
	}
	return $allowed;
}

add_filter(
	'wp_kses_allowed_html',
	static function ( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		return array_merge( $tags, smr_elements_allowed_tags() );
	},
	10,
	2
);
