import { Month, Weekday, namedEnum } from '../base/enums';

/**
 * CalendarApp's enums. Color and EventColor hold the values Google documents for them — Color a
 * hex colour, EventColor the Calendar API's colour id as a string — because `setColor` takes
 * either the enum or that string; the others hold their names (base/enums.ts `namedEnum`).
 */
export const CALENDAR_ENUMS = {
  /** https://developers.google.com/apps-script/reference/calendar/color */
  Color: Object.freeze({
    BLUE: '#2952A3',
    BROWN: '#8D6F47',
    CHARCOAL: '#4E5D6C',
    CHESTNUT: '#865A5A',
    GRAY: '#5A6986',
    GREEN: '#0D7813',
    INDIGO: '#5229A3',
    LIME: '#528800',
    MUSTARD: '#88880E',
    OLIVE: '#6E6E41',
    ORANGE: '#BE6D00',
    PINK: '#B1365F',
    PLUM: '#705770',
    PURPLE: '#7A367A',
    RED: '#A32929',
    RED_ORANGE: '#B1440E',
    SEA_BLUE: '#29527A',
    SLATE: '#4A716C',
    TEAL: '#28754E',
    // Google's spelling.
    TURQOISE: '#1B887A',
    YELLOW: '#AB8B00',
  }),
  /** https://developers.google.com/apps-script/reference/calendar/event-color */
  EventColor: Object.freeze({
    PALE_BLUE: '1',
    PALE_GREEN: '2',
    MAUVE: '3',
    PALE_RED: '4',
    YELLOW: '5',
    ORANGE: '6',
    CYAN: '7',
    GRAY: '8',
    BLUE: '9',
    GREEN: '10',
    RED: '11',
  }),
  /** https://developers.google.com/apps-script/reference/calendar/event-transparency */
  EventTransparency: namedEnum('OPAQUE', 'TRANSPARENT'),
  /** https://developers.google.com/apps-script/reference/calendar/event-type */
  EventType: namedEnum(
    'DEFAULT',
    'BIRTHDAY',
    'FOCUS_TIME',
    'FROM_GMAIL',
    'OUT_OF_OFFICE',
    'WORKING_LOCATION',
  ),
  /** https://developers.google.com/apps-script/reference/calendar/guest-status */
  GuestStatus: namedEnum('INVITED', 'MAYBE', 'NO', 'OWNER', 'YES'),
  /** https://developers.google.com/apps-script/reference/calendar/visibility */
  Visibility: namedEnum('CONFIDENTIAL', 'DEFAULT', 'PRIVATE', 'PUBLIC'),
  Month,
  Weekday,
};
