<?php
/**
 * Settings → SMR Elements: accent colour, default language and the plugin's safety note. Saved
 * through the Settings API (options.php checks the nonce and `manage_options`).
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

const SMR_ELEMENTS_OPTION    = 'smr_elements_settings';
const SMR_ELEMENTS_LANGUAGES = array( 'en', 'es', 'de' );

/**
 * The saved settings, each one checked again on the way out (an option edited in the database
 * directly must not reach a page unchecked).
 *
 * @return array{accent: string, language: string, safety_note: bool}
 */
function smr_elements_settings() {
	$saved  = get_option( SMR_ELEMENTS_OPTION, array() );
	$saved  = is_array( $saved ) ? $saved : array();
	$accent = isset( $saved['accent'] ) ? sanitize_hex_color( (string) $saved['accent'] ) : '';
	$lang   = isset( $saved['language'] ) ? (string) $saved['language'] : '';
	return array(
		'accent'      => $accent ? $accent : '',
		'language'    => in_array( $lang, SMR_ELEMENTS_LANGUAGES, true ) ? $lang : '',
		'safety_note' => ! isset( $saved['safety_note'] ) || (bool) $saved['safety_note'],
	);
}

/**
 * Relative luminance of a `#rgb` or `#rrggbb` colour (WCAG 2).
 *
 * @param string $hex A colour that passed sanitize_hex_color().
 * @return float
 */
function smr_elements_luminance( $hex ) {
	$hex = ltrim( $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	$channels = array_map(
		static function ( $pair ) {
			$value = hexdec( $pair ) / 255;
			return $value <= 0.03928 ? $value / 12.92 : pow( ( $value + 0.055 ) / 1.055, 2.4 );
		},
		str_split( $hex, 2 )
	);
	return 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
}

/**
 * WCAG contrast ratio between two colours.
 *
 * @param string $first  A sanitized hex colour.
 * @param string $second A sanitized hex colour.
 * @return float
 */
function smr_elements_contrast( $first, $second ) {
	$a = smr_elements_luminance( $first );
	$b = smr_elements_luminance( $second );
	return ( max( $a, $b ) + 0.05 ) / ( min( $a, $b ) + 0.05 );
}

/**
 * Text colour for labels drawn on the accent (the Start button): black or white, whichever
 * contrasts more.
 *
 * @param string $accent A sanitized hex colour.
 * @return string
 */
function smr_elements_accent_contrast( $accent ) {
	return smr_elements_contrast( $accent, '#ffffff' ) >= smr_elements_contrast( $accent, '#000000' ) ? '#ffffff' : '#000000';
}

/**
 * Checks a submitted form. A bad colour is refused with a message and the saved one kept.
 *
 * @param mixed $input What options.php received.
 * @return array{accent: string, language: string, safety_note: bool}
 */
function smr_elements_sanitize_settings( $input ) {
	$current = smr_elements_settings();
	$input   = is_array( $input ) ? $input : array();
	$clean   = $current;

	$accent = isset( $input['accent'] ) ? trim( (string) $input['accent'] ) : '';
	if ( '' === $accent ) {
		$clean['accent'] = '';
	} elseif ( sanitize_hex_color( $accent ) ) {
		$clean['accent'] = strtolower( sanitize_hex_color( $accent ) );
		if ( smr_elements_contrast( $clean['accent'], '#ffffff' ) < 3 ) {
			add_settings_error(
				SMR_ELEMENTS_OPTION,
				'smr-elements-accent-contrast',
				__( 'Saved, but this accent is pale: the ring and buttons will be hard to see on a light page. A contrast of at least 3:1 with white is recommended.', 'smr-elements' ),
				'warning'
			);
		}
	} else {
		add_settings_error(
			SMR_ELEMENTS_OPTION,
			'smr-elements-accent',
			/* translators: %s: what was typed. */
			sprintf( __( '"%s" is not a colour. Use a hex colour such as #0f6e6e; the accent was not changed.', 'smr-elements' ), $accent )
		);
	}

	$language          = isset( $input['language'] ) ? (string) $input['language'] : '';
	$clean['language'] = in_array( $language, SMR_ELEMENTS_LANGUAGES, true ) ? $language : '';

	$clean['safety_note'] = ! empty( $input['safety_note'] );
	return $clean;
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'smr_elements',
			SMR_ELEMENTS_OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => 'smr_elements_sanitize_settings',
				'default'           => array(
					'accent'      => '',
					'language'    => '',
					'safety_note' => true,
				),
			)
		);
	}
);

add_action(
	'admin_menu',
	static function () {
		$hook = add_options_page(
			__( 'SMR Elements', 'smr-elements' ),
			__( 'SMR Elements', 'smr-elements' ),
			'manage_options',
			'smr-elements',
			'smr_elements_render_settings_page'
		);
		// The page shows a live timer with the saved accent.
		add_action( 'load-' . $hook, 'smr_elements_enqueue' );
	}
);

/** Renders Settings → SMR Elements. */
function smr_elements_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'smr-elements' ), 403 );
	}
	$settings  = smr_elements_settings();
	$name      = SMR_ELEMENTS_OPTION;
	$languages = array(
		''   => __( 'The language of each page (recommended)', 'smr-elements' ),
		'en' => 'English',
		'es' => 'Español',
		'de' => 'Deutsch',
	);
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'SMR Elements', 'smr-elements' ); ?></h1>
		<?php settings_errors( SMR_ELEMENTS_OPTION ); ?>
		<form method="post" action="options.php">
			<?php settings_fields( 'smr_elements' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="smr-elements-accent"><?php esc_html_e( 'Accent colour', 'smr-elements' ); ?></label></th>
					<td>
						<input type="text" id="smr-elements-accent" name="<?php echo esc_attr( $name ); ?>[accent]" value="<?php echo esc_attr( $settings['accent'] ); ?>" placeholder="#0f6e6e" class="regular-text" aria-describedby="smr-elements-accent-help" />
						<p class="description" id="smr-elements-accent-help"><?php esc_html_e( 'A hex colour for the ring, the Start button and highlights. Leave empty for the default teal. Button text switches between black and white to stay readable.', 'smr-elements' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="smr-elements-language"><?php esc_html_e( 'Language', 'smr-elements' ); ?></label></th>
					<td>
						<select id="smr-elements-language" name="<?php echo esc_attr( $name ); ?>[language]" aria-describedby="smr-elements-language-help">
							<?php foreach ( $languages as $code => $label ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $settings['language'], $code ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description" id="smr-elements-language-help"><?php esc_html_e( 'Buttons, announcements and spoken cues. Exercise instructions stay in English.', 'smr-elements' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Safety note', 'smr-elements' ); ?></th>
					<td>
						<label for="smr-elements-safety-note">
							<input type="checkbox" id="smr-elements-safety-note" name="<?php echo esc_attr( $name ); ?>[safety_note]" value="1" <?php checked( $settings['safety_note'] ); ?> />
							<?php esc_html_e( 'Show a safety note under the first routine, timer, exercise or finder on a page', 'smr-elements' ); ?>
						</label>
						<p class="description"><?php esc_html_e( 'On by default. The elements keep their own short safety note either way.', 'smr-elements' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Preview', 'smr-elements' ); ?></h2>
		<div style="max-width: 22rem">
			<?php
			echo smr_elements_tag( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
				'smr-timer',
				array(
					'duration' => '30',
					'label'    => __( 'Preview', 'smr-elements' ),
					'muted'    => true,
				)
			);
			?>
		</div>
	</div>
	<?php
}
