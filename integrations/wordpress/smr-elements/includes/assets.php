<?php
/**
 * Loads the plugin's own copy of the library (assets/smr-autoloader.js, never a third-party CDN)
 * as a JavaScript module, only on pages that show an element: a shortcode or block asks for it
 * while it renders, and a post whose content holds a raw <smr-…> tag asks for it too. The
 * autoloader then loads only the elements the page shows (assets/elements/, assets/chunks/).
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Asks for the library and the plugin's small stylesheet on this page. Safe to call often. No
 * "already done" flag of our own: the block editor renders posts for its preload with the script
 * queues swapped out and then restored, so what counts is what the queue holds now.
 */
function smr_elements_enqueue() {
	$url = plugins_url( 'assets/smr-autoloader.js', SMR_ELEMENTS_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress 6.5+: script modules.
		wp_enqueue_script_module( 'smr-elements', $url, array(), SMR_ELEMENTS_VERSION );
	} else {
		// WordPress 6.1–6.4: a classic handle printed as type="module" (see the filter below).
		wp_enqueue_script( 'smr-elements', $url, array(), SMR_ELEMENTS_VERSION, true );
	}
	if ( ! wp_style_is( 'smr-elements', 'enqueued' ) ) {
		wp_register_style( 'smr-elements', false, array(), SMR_ELEMENTS_VERSION );
		wp_enqueue_style( 'smr-elements' );
		wp_add_inline_style( 'smr-elements', smr_elements_inline_css() );
	}
}

add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( 'smr-elements' !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
		return str_replace( '<script ', '<script type="module" ', $tag );
	},
	10,
	2
);

/**
 * The accent from the settings, and the look of the safety note and the editors' notice.
 *
 * @return string
 */
function smr_elements_inline_css() {
	$settings = smr_elements_settings();
	$css      = '.smr-elements-safety-note{font-size:.875em;margin:.5em 0 1.5em}'
		. '.smr-elements-notice{margin:1em 0;padding:.75em 1em;border-left:4px solid #b32d2e;background:#fcf0f1;color:#1e1e1e;font-size:.9em}'
		. '.smr-elements-notice ul{margin:.5em 0 0 1.25em}';
	if ( '' !== $settings['accent'] ) {
		$css .= 'smr-timer,smr-routine,smr-exercise,smr-finder,smr-body-map,smr-routine-builder,smr-history{--smr-accent:'
			. $settings['accent'] . ';--smr-accent-contrast:' . smr_elements_accent_contrast( $settings['accent'] ) . '}';
	}
	return $css;
}

/**
 * Raw tags pasted into a post or widget need the library too.
 *
 * @param string $content The filtered content.
 * @return string The same content.
 */
function smr_elements_enqueue_for_raw_tags( $content ) {
	if ( is_string( $content ) && false !== strpos( $content, '<smr-' ) ) {
		smr_elements_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'smr_elements_enqueue_for_raw_tags', 20 );
add_filter( 'widget_text_content', 'smr_elements_enqueue_for_raw_tags', 20 );
add_filter( 'widget_block_content', 'smr_elements_enqueue_for_raw_tags', 20 );
