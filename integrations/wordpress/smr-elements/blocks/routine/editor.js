/**
 * The "SMR routine" block in the editor: a preset picker and a JSON field in the sidebar, and a
 * live preview rendered by the server (the same markup visitors get). Plain script, no build.
 */
( function ( blocks, element, components, blockEditor, ServerSideRender, i18n ) {
	'use strict';
	const el = element.createElement;
	const __ = i18n.__;
	const presets = ( window.smrElementsBlock && window.smrElementsBlock.presets ) || [];

	blocks.registerBlockType( 'smr-elements/routine', {
		edit: function Edit( props ) {
			const attributes = props.attributes;
			const setAttributes = props.setAttributes;
			const usingJson = attributes.json.trim() !== '';
			return el(
				'div',
				blockEditor.useBlockProps(),
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Routine', 'smr-elements' ), initialOpen: true },
						el( components.SelectControl, {
							label: __( 'Preset', 'smr-elements' ),
							value: attributes.preset,
							options: presets,
							disabled: usingJson,
							help: usingJson
								? __( 'The JSON below is used instead. Empty it to use a preset.', 'smr-elements' )
								: __( 'A ready-made routine from the catalog.', 'smr-elements' ),
							onChange: function ( preset ) {
								setAttributes( { preset: preset } );
							},
						} ),
						el( components.TextareaControl, {
							label: __( 'Routine JSON (optional)', 'smr-elements' ),
							help: __(
								'Your own routine, e.g. {"title": "Calves", "steps": [{"exercise": "calves", "duration": 60}]}. Build one with the routine builder.',
								'smr-elements'
							),
							value: attributes.json,
							rows: 8,
							onChange: function ( json ) {
								setAttributes( { json: json } );
							},
						} )
					)
				),
				el( ServerSideRender, { block: 'smr-elements/routine', attributes: attributes } )
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.components, window.wp.blockEditor, window.wp.serverSideRender, window.wp.i18n );
