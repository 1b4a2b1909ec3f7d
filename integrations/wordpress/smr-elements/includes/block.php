<?php
/**
 * The "SMR routine" block: server-rendered from block.json and render.php, with a plain-script
 * editor (no build step). The editor previews the real element.
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		register_block_type( SMR_ELEMENTS_DIR . 'blocks/routine' );
		$presets = array();
		foreach ( smr_elements_catalog()['presets'] as $id => $title ) {
			$presets[] = array(
				'value' => $id,
				'label' => $title,
			);
		}
		wp_add_inline_script(
			'smr-elements-routine-editor-script',
			'window.smrElementsBlock = ' . wp_json_encode( array( 'presets' => $presets ), JSON_HEX_TAG ) . ';',
			'before'
		);
	}
);

// The preview in the editor needs the elements defined there too.
add_action( 'enqueue_block_editor_assets', 'smr_elements_enqueue' );
