<?php
/**
 * The shortcodes:
 * [smr_routine preset="lower-leg"], [smr_routine]{…JSON…}[/smr_routine],
 * [smr_timer duration="60" sides="both"], [smr_exercise id="adductors"], [smr_finder], [smr_history].
 * Attributes are checked here; unknown ones are ignored.
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		add_shortcode( 'smr_routine', 'smr_elements_routine_shortcode' );
		add_shortcode( 'smr_timer', 'smr_elements_timer_shortcode' );
		add_shortcode( 'smr_exercise', 'smr_elements_exercise_shortcode' );
		add_shortcode( 'smr_finder', 'smr_elements_finder_shortcode' );
		add_shortcode( 'smr_history', 'smr_elements_history_shortcode' );
	}
);

// The JSON between [smr_routine] and [/smr_routine] must keep its straight quotes.
add_filter(
	'no_texturize_shortcodes',
	static function ( $shortcodes ) {
		$shortcodes[] = 'smr_routine';
		return $shortcodes;
	}
);

/**
 * Shortcode attributes as given, with the names lower-cased, minus the ones we do not know. A
 * bare word (`[smr_timer muted]`) counts as a flag that is on.
 *
 * @param mixed    $atts  What WordPress parsed.
 * @param string[] $known The attribute names the shortcode reads.
 * @return array<string, string>
 */
function smr_elements_shortcode_atts( $atts, array $known ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = strtolower( (string) $value );
			$value = '';
		}
		$key = strtolower( (string) $key );
		if ( in_array( $key, $known, true ) ) {
			$given[ $key ] = (string) $value;
		}
	}
	return $given;
}

/**
 * Checks the attributes every element shares: `theme` and `heading-level`.
 *
 * @param array<string, string> $given    Shortcode attributes.
 * @param string[]              $problems Messages are appended here.
 * @return array<string, string|int|null>
 */
function smr_elements_common_attributes( array $given, array &$problems ) {
	$out = array();
	if ( isset( $given['theme'] ) ) {
		$out['theme'] = smr_elements_check_choice( 'theme', $given['theme'], array( 'light', 'dark' ), $problems );
	}
	if ( isset( $given['heading-level'] ) ) {
		$out['heading-level'] = smr_elements_check_int( 'heading-level', $given['heading-level'], 1, 6, $problems );
	}
	return $out;
}

/**
 * `[smr_timer duration="60" sides="both" label="Calves"]`.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function smr_elements_timer_shortcode( $atts ) {
	$problems = array();
	$given    = smr_elements_shortcode_atts( $atts, array( 'duration', 'sides', 'switch-duration', 'lead-in', 'label', 'cue-seconds', 'pace', 'muted', 'voice', 'no-vibration', 'no-flash', 'theme' ) );
	$duration = smr_elements_check_seconds( 'duration', isset( $given['duration'] ) ? $given['duration'] : '60', 1, 86400, $problems );
	if ( null === $duration ) {
		return smr_elements_embed( '', '[smr_timer]', $problems );
	}
	$attributes = array( 'duration' => $duration );
	if ( isset( $given['sides'] ) ) {
		$attributes['sides'] = smr_elements_check_choice( 'sides', $given['sides'], array( 'none', 'both' ), $problems );
	}
	foreach ( array( 'switch-duration', 'lead-in' ) as $name ) {
		if ( isset( $given[ $name ] ) ) {
			$attributes[ $name ] = smr_elements_check_seconds( $name, $given[ $name ], 0, 600, $problems );
		}
	}
	if ( isset( $given['label'] ) ) {
		$attributes['label'] = smr_elements_check_text( 'label', $given['label'], 120, $problems );
	}
	if ( isset( $given['cue-seconds'] ) ) {
		$attributes['cue-seconds'] = smr_elements_check_int( 'cue-seconds', $given['cue-seconds'], 0, 60, $problems );
	}
	if ( isset( $given['pace'] ) ) {
		$attributes['pace'] = smr_elements_check_int( 'pace', $given['pace'], 0, 120, $problems );
	}
	foreach ( array( 'muted', 'voice', 'no-vibration', 'no-flash' ) as $flag ) {
		if ( isset( $given[ $flag ] ) ) {
			$attributes[ $flag ] = smr_elements_check_flag( $flag, $given[ $flag ], $problems );
		}
	}
	$attributes += smr_elements_common_attributes( $given, $problems );
	return smr_elements_embed( smr_elements_tag( 'smr-timer', $attributes ), '[smr_timer]', $problems );
}

/**
 * `[smr_exercise id="adductors" timer="yes"]`.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function smr_elements_exercise_shortcode( $atts ) {
	$problems = array();
	$given    = smr_elements_shortcode_atts( $atts, array( 'id', 'timer', 'theme', 'heading-level' ) );
	$id       = isset( $given['id'] ) ? strtolower( trim( $given['id'] ) ) : '';
	$catalog  = smr_elements_catalog();
	if ( ! isset( $catalog['exercises'][ $id ] ) ) {
		$problems[] = '' === $id
			? __( 'id is missing: name an exercise, e.g. [smr_exercise id="calves"].', 'smr-elements' )
			/* translators: 1: the id given, 2: the known ids. */
			: sprintf( __( 'id="%1$s" is not an exercise in the catalog. Known ids: %2$s.', 'smr-elements' ), smr_elements_shorten( $id ), implode( ', ', array_keys( $catalog['exercises'] ) ) );
		return smr_elements_embed( '', '[smr_exercise]', $problems );
	}
	$attributes = array( 'exercise' => $id );
	if ( isset( $given['timer'] ) ) {
		$attributes['with-timer'] = smr_elements_check_flag( 'timer', $given['timer'], $problems );
	}
	$attributes += smr_elements_common_attributes( $given, $problems );
	return smr_elements_embed( smr_elements_tag( 'smr-exercise', $attributes ), '[smr_exercise]', $problems );
}

/**
 * `[smr_finder minutes="10" tools="foam-roller ball"]`.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function smr_elements_finder_shortcode( $atts ) {
	$problems   = array();
	$given      = smr_elements_shortcode_atts( $atts, array( 'minutes', 'tools', 'theme', 'heading-level' ) );
	$attributes = array();
	if ( isset( $given['minutes'] ) ) {
		$minutes               = smr_elements_check_choice( 'minutes', $given['minutes'], array( '5', '10', '15' ), $problems );
		$attributes['minutes'] = $minutes;
	}
	if ( isset( $given['tools'] ) ) {
		$tools   = array_values( array_filter( preg_split( '/[\s,]+/', strtolower( $given['tools'] ) ) ) );
		$catalog = smr_elements_catalog();
		$unknown = array_diff( $tools, $catalog['tools'] );
		if ( $unknown || ! $tools ) {
			$problems[] = sprintf(
				/* translators: 1: the value given, 2: the known tools. */
				__( 'tools="%1$s" should list tools from: %2$s.', 'smr-elements' ),
				smr_elements_shorten( $given['tools'] ),
				implode( ', ', $catalog['tools'] )
			);
		} else {
			$attributes['tools'] = implode( ' ', $tools );
		}
	}
	$attributes += smr_elements_common_attributes( $given, $problems );
	return smr_elements_embed( smr_elements_tag( 'smr-finder', $attributes ), '[smr_finder]', $problems );
}

/**
 * `[smr_history weeks="12" routine-id="lower-leg"]`: the visitor's own sessions, kept in their
 * browser (nothing reaches the site). No safety note: it runs no session.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function smr_elements_history_shortcode( $atts ) {
	$problems   = array();
	$given      = smr_elements_shortcode_atts( $atts, array( 'weeks', 'routine-id', 'theme', 'heading-level' ) );
	$attributes = array();
	if ( isset( $given['weeks'] ) ) {
		$attributes['weeks'] = smr_elements_check_int( 'weeks', $given['weeks'], 1, 104, $problems );
	}
	if ( isset( $given['routine-id'] ) ) {
		$attributes['routine-id'] = smr_elements_check_text( 'routine-id', $given['routine-id'], 100, $problems );
	}
	$attributes += smr_elements_common_attributes( $given, $problems );
	return smr_elements_notice( '[smr_history]', $problems, true ) . smr_elements_tag( 'smr-history', $attributes );
}

/**
 * `[smr_routine preset="lower-leg"]`, or a routine written as JSON between the tags.
 *
 * @param mixed  $atts    Shortcode attributes.
 * @param string $content The JSON, if any.
 * @return string
 */
function smr_elements_routine_shortcode( $atts, $content = '' ) {
	$given = smr_elements_shortcode_atts(
		$atts,
		array( 'preset', 'src', 'title', 'description', 'rest', 'switch-duration', 'lead-in', 'manual', 'ask-feedback', 'track-streak', 'no-persist', 'muted', 'voice', 'theme', 'heading-level' )
	);
	return smr_elements_render_routine( $given, (string) $content, '[smr_routine]' );
}

/**
 * A routine from a preset, a `src` URL or JSON (the shortcode and the block share this).
 *
 * @param array<string, string> $given Attributes as written.
 * @param string                $json  Routine JSON, or ''.
 * @param string                $what  What was embedded, for the notice.
 * @return string
 */
function smr_elements_render_routine( array $given, $json, $what ) {
	$problems   = array();
	$catalog    = smr_elements_catalog();
	$attributes = array();
	$inner      = '';
	$has_json   = '' !== trim( wp_strip_all_tags( $json ) );
	$preset     = isset( $given['preset'] ) ? strtolower( trim( $given['preset'] ) ) : '';

	if ( $has_json ) {
		$routine = smr_elements_read_routine_json( $json, $problems );
		if ( null === $routine ) {
			return smr_elements_embed( '', $what, $problems );
		}
		// JSON_HEX_TAG writes < and > as \u003C and \u003E: nothing in the routine can close the
		// script element or open another, so a <script> typed into a title stays text.
		$encoded = wp_json_encode( $routine, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		$inner   = '<script type="application/json">' . $encoded . '</script>';
		if ( '' !== $preset || isset( $given['src'] ) ) {
			$problems[] = __( 'Give either a preset, a src or JSON: the JSON is used.', 'smr-elements' );
		}
	} elseif ( isset( $given['src'] ) ) {
		$url = esc_url_raw( trim( $given['src'] ), array( 'http', 'https' ) );
		if ( '' === $url ) {
			/* translators: %s: the value given. */
			$problems[] = sprintf( __( 'src="%s" is not an http or https address.', 'smr-elements' ), smr_elements_shorten( $given['src'] ) );
			return smr_elements_embed( '', $what, $problems );
		}
		$attributes['src'] = $url;
	} elseif ( isset( $catalog['presets'][ $preset ] ) ) {
		$attributes['preset'] = $preset;
	} else {
		$problems[] = '' === $preset
			? __( 'Choose a routine: preset="lower-leg", or write the routine as JSON between [smr_routine] and [/smr_routine].', 'smr-elements' )
			/* translators: 1: the preset given, 2: the known presets. */
			: sprintf( __( 'preset="%1$s" is not a preset. Presets: %2$s.', 'smr-elements' ), smr_elements_shorten( $preset ), implode( ', ', array_keys( $catalog['presets'] ) ) );
		return smr_elements_embed( '', $what, $problems );
	}

	$limits = $catalog['limits'];
	if ( isset( $given['title'] ) ) {
		$attributes['title'] = smr_elements_check_text( 'title', $given['title'], $limits['title'], $problems );
	}
	if ( isset( $given['description'] ) ) {
		$attributes['description'] = smr_elements_check_text( 'description', $given['description'], $limits['description'], $problems );
	}
	if ( isset( $given['rest'] ) ) {
		$attributes['rest'] = smr_elements_check_seconds( 'rest', $given['rest'], $limits['rest']['min'], $limits['rest']['max'], $problems );
	}
	if ( isset( $given['switch-duration'] ) ) {
		$attributes['switch-duration'] = smr_elements_check_seconds( 'switch-duration', $given['switch-duration'], $limits['switchDuration']['min'], $limits['switchDuration']['max'], $problems );
	}
	if ( isset( $given['lead-in'] ) ) {
		$attributes['lead-in'] = smr_elements_check_seconds( 'lead-in', $given['lead-in'], 0, 60, $problems );
	}
	foreach ( array( 'manual', 'ask-feedback', 'track-streak', 'no-persist', 'muted', 'voice' ) as $flag ) {
		if ( isset( $given[ $flag ] ) ) {
			$attributes[ $flag ] = smr_elements_check_flag( $flag, $given[ $flag ], $problems );
		}
	}
	$attributes += smr_elements_common_attributes( $given, $problems );
	return smr_elements_embed( smr_elements_tag( 'smr-routine', $attributes, $inner ), $what, $problems );
}
