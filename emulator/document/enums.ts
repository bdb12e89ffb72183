import { namedEnum } from '../base/enums';

/**
 * DocumentApp's enums, each member its own name (runtime/LIMITATIONS.md "Enums"), with the
 * members Google's reference lists.
 */

/** https://developers.google.com/apps-script/reference/document/paragraph-heading */
export const ParagraphHeading = namedEnum(
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
);

/** https://developers.google.com/apps-script/reference/document/horizontal-alignment */
export const HorizontalAlignment = namedEnum('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');

/** https://developers.google.com/apps-script/reference/document/glyph-type */
export const GlyphType = namedEnum(
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
);

/** https://developers.google.com/apps-script/reference/document/element-type */
export const ElementType = namedEnum(
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
);

/** https://developers.google.com/apps-script/reference/document/attribute */
export const Attribute = namedEnum(
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
);

/** Character attributes the runtime keeps per character of a paragraph's text. */
export const TEXT_ATTRIBUTES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'ITALIC',
  'LINK_URL',
  'STRIKETHROUGH',
  'UNDERLINE',
] as const;
export type TextAttribute = (typeof TEXT_ATTRIBUTES)[number];

/** Paragraph attributes kept as given (numbers or booleans); HEADING and alignment have fields. */
export const PARAGRAPH_NUMBER_ATTRIBUTES = [
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'LINE_SPACING',
  'SPACING_AFTER',
  'SPACING_BEFORE',
] as const;
