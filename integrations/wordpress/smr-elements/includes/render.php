<?php
/**
 * Markup shared by the shortcodes and the block: element tags, the editors' notice and the
 * plugin's safety note.
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * An element tag with escaped attributes, plus the page language setting. Loads the library.
 *
 * @param string                          $tag        One of our tags.
 * @param array<string, string|int|float|bool|null> $attributes Name => value; true writes a bare attribute, false or null none.
 * @param string                          $inner      Already escaped inner markup.
 * @return string
 */
function smr_elements_tag( $tag, array $attributes, $inner = '' ) {
	smr_elements_enqueue();
	$settings = smr_elements_settings();
	if ( '' !== $settings['language'] && ! isset( $attributes['lang'] ) ) {
		$attributes['lang'] = $settings['language'];
	}
	$html = '<' . tag_escape( $tag );
	foreach ( $attributes as $name => $value ) {
		if ( null === $value || false === $value ) {
			continue;
		}
		$html .= ' ' . esc_attr( $name );
		if ( true !== $value ) {
			$html .= '="' . esc_attr( (string) $value ) . '"';
		}
	}
	return $html . '>' . $inner . '</' . tag_escape( $tag ) . '>';
}

/**
 * Whether the person viewing may edit what is being shown (they get the notices).
 *
 * @return bool
 */
function smr_elements_viewer_can_edit() {
	$post_id = get_the_ID();
	return $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
}

/**
 * What an editor sees where input was wrong. Visitors see nothing: this returns ''.
 *
 * @param string   $what     What was being embedded, e.g. "[smr_timer]".
 * @param string[] $problems What is wrong.
 * @param bool     $shown    Whether the element is still shown (with the bad parts left out).
 * @return string
 */
function smr_elements_notice( $what, array $problems, $shown ) {
	if ( ! $problems || ! smr_elements_viewer_can_edit() ) {
		return '';
	}
	smr_elements_enqueue();
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= '<li>' . esc_html( $problem ) . '</li>';
	}
	$outcome = $shown
		? __( 'It is shown without the values listed below.', 'smr-elements' )
		: __( 'Visitors see nothing here until it is fixed.', 'smr-elements' );
	return '<div class="smr-elements-notice" role="note"><p><strong>' . esc_html(
		/* translators: %s: the shortcode or block. */
		sprintf( __( 'SMR Elements: %s needs a fix.', 'smr-elements' ), $what )
	) . '</strong> ' . esc_html( $outcome ) . ' ' . esc_html__( 'Only people who can edit this page see this note.', 'smr-elements' ) . '</p><ul>' . $items . '</ul></div>';
}

/**
 * The plugin's safety note, once per page, when the setting is on.
 *
 * @return string
 */
function smr_elements_safety_note() {
	static $shown = false;
	if ( $shown || ! smr_elements_settings()['safety_note'] ) {
		return '';
	}
	$shown = true;
	return '<p class="smr-elements-safety-note">' . esc_html__( 'Self-massage should feel like firm, tolerable pressure, never sharp pain. Keep off bones, joints, the front of the neck and injured or swollen areas. It complements, and never replaces, advice from a doctor or physiotherapist: if you have an injury, a health condition or pain that persists, ask one first.', 'smr-elements' ) . '</p>';
}

/**
 * An element followed by the safety note, with the notice for editors first.
 *
 * @param string   $element  The element's markup, or '' when it cannot be shown.
 * @param string   $what     What was embedded, for the notice.
 * @param string[] $problems What was wrong with the input.
 * @return string
 */
function smr_elements_embed( $element, $what, array $problems ) {
	$notice = smr_elements_notice( $what, $problems, '' !== $element );
	return $notice . ( '' === $element ? '' : $element . smr_elements_safety_note() );
}
