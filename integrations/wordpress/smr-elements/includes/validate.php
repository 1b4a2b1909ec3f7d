<?php
/**
 * Checks of shortcode and block input, in PHP, before anything reaches the page. The elements
 * check everything again in the browser; these checks let the plugin tell an editor exactly what
 * is wrong while visitors never see a broken element.
 *
 * @package SmrElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads a duration the way the elements do: 90, "90s", "1:30", "2m", "1m 30s", "1.5 min".
 *
 * @param mixed $value The raw value.
 * @return float|null Seconds, or null when it is not a duration greater than zero.
 */
function smr_elements_parse_duration( $value ) {
	if ( is_int( $value ) || is_float( $value ) ) {
		return is_finite( (float) $value ) && $value > 0 ? (float) $value : null;
	}
	if ( ! is_string( $value ) || strlen( $value ) > 40 ) {
		return null;
	}
	$text = strtolower( trim( $value ) );
	if ( preg_match( '/^(?:\d+(?:\.\d+)?|\.\d+)$/', $text ) ) {
		$seconds = (float) $text;
	} elseif ( preg_match( '/^(\d+):([0-5]\d)(?::([0-5]\d))?$/', $text, $clock ) ) {
		$seconds = isset( $clock[3] )
			? (int) $clock[1] * 3600 + (int) $clock[2] * 60 + (int) $clock[3]
			: (int) $clock[1] * 60 + (int) $clock[2];
	} else {
		$units = array(
			'h'       => 3600,
			'hr'      => 3600,
			'hrs'     => 3600,
			'hour'    => 3600,
			'hours'   => 3600,
			'm'       => 60,
			'min'     => 60,
			'mins'    => 60,
			'minute'  => 60,
			'minutes' => 60,
			's'       => 1,
			'sec'     => 1,
			'secs'    => 1,
			'second'  => 1,
			'seconds' => 1,
		);
		if ( ! preg_match_all( '/\G\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]+)/', $text, $parts, PREG_SET_ORDER ) ) {
			return null;
		}
		$consumed = implode( '', array_column( $parts, 0 ) );
		if ( strlen( $consumed ) !== strlen( $text ) ) {
			return null;
		}
		$seconds = 0.0;
		$last    = INF;
		foreach ( $parts as $part ) {
			// Known units, largest first ("1m 30s", not "30s 1m").
			if ( ! isset( $units[ $part[2] ] ) || $units[ $part[2] ] >= $last ) {
				return null;
			}
			$last     = $units[ $part[2] ];
			$seconds += (float) $part[1] * $last;
		}
	}
	return $seconds > 0 && is_finite( $seconds ) ? $seconds : null;
}

/**
 * A duration attribute in a range. Zero is accepted when `$min` is 0.
 *
 * @param string   $name     The attribute, for the message.
 * @param mixed    $value    The raw value.
 * @param float    $min      Smallest accepted.
 * @param float    $max      Largest accepted.
 * @param string[] $problems Messages are appended here.
 * @return float|null
 */
function smr_elements_check_seconds( $name, $value, $min, $max, array &$problems ) {
	$text = is_string( $value ) ? trim( $value ) : $value;
	if ( 0.0 === (float) $min && ( 0 === $text || ( is_string( $text ) && preg_match( '/^0+$/', $text ) ) ) ) {
		return 0.0;
	}
	$seconds = smr_elements_parse_duration( $value );
	if ( null === $seconds || $seconds < $min || $seconds > $max ) {
		$problems[] = sprintf(
			/* translators: 1: attribute name, 2: the value given, 3: smallest, 4: largest. */
			__( '%1$s="%2$s" is not a duration from %3$s to %4$s seconds (write 90, 90s, 1:30 or 2m).', 'smr-elements' ),
			$name,
			smr_elements_shorten( $value ),
			$min,
			$max
		);
		return null;
	}
	return $seconds;
}

/**
 * One of a fixed set of words.
 *
 * @param string   $name     The attribute, for the message.
 * @param mixed    $value    The raw value.
 * @param string[] $allowed  The accepted values.
 * @param string[] $problems Messages are appended here.
 * @return string|null
 */
function smr_elements_check_choice( $name, $value, array $allowed, array &$problems ) {
	$text = strtolower( trim( (string) $value ) );
	if ( in_array( $text, $allowed, true ) ) {
		return $text;
	}
	$problems[] = sprintf(
		/* translators: 1: attribute name, 2: the value given, 3: the accepted values. */
		__( '%1$s="%2$s" is not one of: %3$s.', 'smr-elements' ),
		$name,
		smr_elements_shorten( $value ),
		implode( ', ', $allowed )
	);
	return null;
}

/**
 * A whole number in a range.
 *
 * @param string   $name     The attribute, for the message.
 * @param mixed    $value    The raw value.
 * @param int      $min      Smallest accepted.
 * @param int      $max      Largest accepted.
 * @param string[] $problems Messages are appended here.
 * @return int|null
 */
function smr_elements_check_int( $name, $value, $min, $max, array &$problems ) {
	$text = trim( (string) $value );
	if ( preg_match( '/^\d{1,6}$/', $text ) && (int) $text >= $min && (int) $text <= $max ) {
		return (int) $text;
	}
	$problems[] = sprintf(
		/* translators: 1: attribute name, 2: the value given, 3: smallest, 4: largest. */
		__( '%1$s="%2$s" is not a whole number from %3$d to %4$d.', 'smr-elements' ),
		$name,
		smr_elements_shorten( $value ),
		$min,
		$max
	);
	return null;
}

/**
 * A yes/no flag: present, "yes", "true", "1" or "on" mean yes; "no", "false", "0", "off" mean no.
 *
 * @param string   $name     The attribute, for the message.
 * @param mixed    $value    The raw value.
 * @param string[] $problems Messages are appended here.
 * @return bool|null
 */
function smr_elements_check_flag( $name, $value, array &$problems ) {
	$text = strtolower( trim( (string) $value ) );
	if ( in_array( $text, array( '', 'yes', 'true', '1', 'on', $name ), true ) ) {
		return true;
	}
	if ( in_array( $text, array( 'no', 'false', '0', 'off' ), true ) ) {
		return false;
	}
	$problems[] = sprintf(
		/* translators: 1: attribute name, 2: the value given. */
		__( '%1$s="%2$s" should be yes or no.', 'smr-elements' ),
		$name,
		smr_elements_shorten( $value )
	);
	return null;
}

/**
 * Plain text of at most `$max` characters, without tags or line breaks.
 *
 * @param string   $name     The attribute, for the message.
 * @param mixed    $value    The raw value.
 * @param int      $max      Longest accepted.
 * @param string[] $problems Messages are appended here.
 * @return string|null
 */
function smr_elements_check_text( $name, $value, $max, array &$problems ) {
	$text = sanitize_text_field( (string) $value );
	if ( '' !== $text && mb_strlen( $text ) <= $max ) {
		return $text;
	}
	$problems[] = sprintf(
		/* translators: 1: attribute name, 2: the longest length allowed. */
		__( '%1$s must be text of 1 to %2$d characters.', 'smr-elements' ),
		$name,
		$max
	);
	return null;
}

/**
 * A value shown inside a message: cut short, tags removed (messages are escaped on output too).
 *
 * @param mixed $value Anything.
 * @return string
 */
function smr_elements_shorten( $value ) {
	$text = is_scalar( $value ) ? wp_strip_all_tags( (string) $value ) : gettype( $value );
	return mb_strlen( $text ) > 40 ? mb_substr( $text, 0, 40 ) . '…' : $text;
}

/**
 * Reads the routine JSON written between `[smr_routine]` and `[/smr_routine]` (or in the
 * block's JSON field) and checks its shape against the rules of the routine format.
 *
 * @param string   $raw      The JSON as stored in the post.
 * @param string[] $problems Messages are appended here.
 * @return array<string, mixed>|null The routine, or null when it cannot be used.
 */
function smr_elements_read_routine_json( $raw, array &$problems ) {
	// The classic editor and wpautop may wrap lines in paragraphs and breaks, and store quotes as entities.
	$text = preg_replace( '#</?p>|<br\s*/?>#i', "\n", (string) $raw );
	$text = trim( html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	$text = str_replace( array( '“', '”', '″' ), '"', $text );
	if ( strlen( $text ) > 200000 ) {
		$problems[] = __( 'The routine JSON is longer than 200,000 characters.', 'smr-elements' );
		return null;
	}
	$routine = json_decode( $text, true, 32 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$problems[] = sprintf(
			/* translators: %s: the JSON parser's message. */
			__( 'The routine between [smr_routine] and [/smr_routine] is not valid JSON: %s.', 'smr-elements' ),
			json_last_error_msg()
		);
		return null;
	}
	if ( ! is_array( $routine ) || smr_elements_is_list( $routine ) ) {
		$problems[] = __( 'The routine JSON must be an object such as {"title": "…", "steps": […]}.', 'smr-elements' );
		return null;
	}
	$before = count( $problems );
	smr_elements_check_routine( $routine, $problems );
	// "$schema" only points editors at the format; the element does not take it.
	unset( $routine['$schema'] );
	return count( $problems ) === $before ? $routine : null;
}

/**
 * Whether an array is a list (PHP 8.1 has array_is_list; WordPress 6.1 supports PHP 7.4).
 *
 * @param array<mixed> $value The array.
 * @return bool
 */
function smr_elements_is_list( array $value ) {
	return array() === $value || array_keys( $value ) === range( 0, count( $value ) - 1 );
}

/**
 * The routine format's rules, as far as a page needs them before the element draws it.
 *
 * @param array<string, mixed> $routine  A decoded JSON object.
 * @param string[]             $problems Messages are appended here.
 */
function smr_elements_check_routine( array $routine, array &$problems ) {
	$catalog   = smr_elements_catalog();
	$limits    = $catalog['limits'];
	$known     = array( 'id', 'title', 'description', 'rest', 'switchDuration', 'steps' );
	$step_keys = array( 'exercise', 'name', 'duration', 'sides', 'tool', 'instructions', 'cautions' );

	foreach ( array_keys( $routine ) as $key ) {
		if ( ! in_array( $key, $known, true ) && '$schema' !== $key ) {
			/* translators: 1: the unknown key, 2: the keys allowed. */
			$problems[] = sprintf( __( 'Unknown routine field "%1$s" (allowed: %2$s).', 'smr-elements' ), smr_elements_shorten( $key ), implode( ', ', $known ) );
		}
	}
	foreach ( array( 'title', 'description', 'id' ) as $field ) {
		if ( isset( $routine[ $field ] ) && ( ! is_string( $routine[ $field ] ) || mb_strlen( $routine[ $field ] ) > $limits[ $field ] ) ) {
			/* translators: 1: field name, 2: longest length. */
			$problems[] = sprintf( __( '"%1$s" must be text of at most %2$d characters.', 'smr-elements' ), $field, $limits[ $field ] );
		}
	}
	if ( isset( $routine['rest'] ) ) {
		smr_elements_check_seconds( 'rest', $routine['rest'], $limits['rest']['min'], $limits['rest']['max'], $problems );
	}
	if ( isset( $routine['switchDuration'] ) ) {
		smr_elements_check_seconds( 'switchDuration', $routine['switchDuration'], $limits['switchDuration']['min'], $limits['switchDuration']['max'], $problems );
	}
	$steps = isset( $routine['steps'] ) ? $routine['steps'] : null;
	if ( ! is_array( $steps ) || ! smr_elements_is_list( $steps ) || count( $steps ) < $limits['steps']['min'] || count( $steps ) > $limits['steps']['max'] ) {
		/* translators: 1: fewest steps, 2: most steps. */
		$problems[] = sprintf( __( '"steps" must be a list of %1$d to %2$d steps.', 'smr-elements' ), $limits['steps']['min'], $limits['steps']['max'] );
		return;
	}
	foreach ( $steps as $index => $step ) {
		$at = $index + 1;
		if ( ! is_array( $step ) || ( array() !== $step && smr_elements_is_list( $step ) ) ) {
			/* translators: %d: step number. */
			$problems[] = sprintf( __( 'Step %d must be an object.', 'smr-elements' ), $at );
			continue;
		}
		foreach ( array_keys( $step ) as $key ) {
			if ( ! in_array( $key, $step_keys, true ) ) {
				/* translators: 1: step number, 2: the unknown key. */
				$problems[] = sprintf( __( 'Step %1$d: unknown field "%2$s".', 'smr-elements' ), $at, smr_elements_shorten( $key ) );
			}
		}
		$exercise = isset( $step['exercise'] ) ? $step['exercise'] : null;
		$name     = isset( $step['name'] ) && is_string( $step['name'] ) ? trim( $step['name'] ) : '';
		if ( null !== $exercise && ( ! is_string( $exercise ) || ! isset( $catalog['exercises'][ $exercise ] ) ) ) {
			/* translators: 1: step number, 2: the id given. */
			$problems[] = sprintf( __( 'Step %1$d: "%2$s" is not an exercise in the catalog.', 'smr-elements' ), $at, smr_elements_shorten( $exercise ) );
		} elseif ( isset( $step['name'] ) && '' === $name ) {
			/* translators: %d: step number. */
			$problems[] = sprintf( __( 'Step %d: "name" must be text, not blank.', 'smr-elements' ), $at );
		} elseif ( null === $exercise && '' === $name ) {
			/* translators: %d: step number. */
			$problems[] = sprintf( __( 'Step %d needs an "exercise" from the catalog or a "name".', 'smr-elements' ), $at );
		}
		if ( isset( $step['duration'] ) ) {
			/* translators: %d: step number. */
			smr_elements_check_seconds( sprintf( __( 'Step %d: duration', 'smr-elements' ), $at ), $step['duration'], $limits['stepDuration']['min'], $limits['stepDuration']['max'], $problems );
		} elseif ( null === $exercise ) {
			/* translators: %d: step number. */
			$problems[] = sprintf( __( 'Step %d: a custom step needs a "duration".', 'smr-elements' ), $at );
		}
		if ( isset( $step['sides'] ) ) {
			/* translators: %d: step number. */
			smr_elements_check_choice( sprintf( __( 'Step %d: sides', 'smr-elements' ), $at ), $step['sides'], array( 'none', 'both' ), $problems );
		}
		if ( isset( $step['tool'] ) ) {
			/* translators: %d: step number. */
			smr_elements_check_choice( sprintf( __( 'Step %d: tool', 'smr-elements' ), $at ), $step['tool'], $catalog['tools'], $problems );
		}
	}
}
