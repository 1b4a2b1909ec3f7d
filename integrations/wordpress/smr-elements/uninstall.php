<?php
/**
 * Removes what the plugin stored: its settings, on every site of a network. Posts keep their
 * shortcodes and blocks (they are the authors' content).
 *
 * @package SmrElements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $smr_elements_site ) {
		switch_to_blog( $smr_elements_site );
		delete_option( 'smr_elements_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'smr_elements_settings' );
}
