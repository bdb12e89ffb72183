import { namedEnum } from '../base/enums';

/**
 * FormApp's enums, members as Google's reference lists them. ItemType names every item type
 * Google has, though the runtime's forms hold no IMAGE, VIDEO or FILE_UPLOAD items
 * (LIMITATIONS.md): a script may compare `item.getType()` with any of them.
 * https://developers.google.com/apps-script/reference/forms/item-type
 */
export const ItemType = namedEnum(
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
);

export const FORMS_ENUMS = {
  /** https://developers.google.com/apps-script/reference/forms/alignment */
  Alignment: namedEnum('LEFT', 'CENTER', 'RIGHT'),
  /** https://developers.google.com/apps-script/reference/forms/destination-type */
  DestinationType: namedEnum('SPREADSHEET'),
  /** https://developers.google.com/apps-script/reference/forms/feedback-type */
  FeedbackType: namedEnum('CORRECT', 'INCORRECT', 'GENERAL'),
  /** https://developers.google.com/apps-script/reference/forms/page-navigation-type */
  PageNavigationType: namedEnum('CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'),
};
