<?php
/**
 * Renders the "SMR routine" block on the server.
 *
 * @package SmrElements
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

$smr_elements_json   = isset( $attributes['json'] ) && is_string( $attributes['json'] ) ? $attributes['json'] : '';
$smr_elements_preset = isset( $attributes['preset'] ) && is_string( $attributes['preset'] ) ? $attributes['preset'] : '';
$smr_elements_given  = '' === trim( $smr_elements_json ) ? array( 'preset' => $smr_elements_preset ) : array();
$smr_elements_markup = smr_elements_render_routine( $smr_elements_given, $smr_elements_json, __( 'The SMR routine block', 'smr-elements' ) );

if ( '' !== $smr_elements_markup ) {
	printf(
		'<div %s>%s</div>',
		get_block_wrapper_attributes(), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress.
		$smr_elements_markup // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
	);
}
