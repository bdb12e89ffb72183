import { sanitiseValueMap, type ValueMap } from '../core/roster-values';

/**
 * The coach's mapped words, remembered for this workbook in its document properties (one
 * JSON value): shared by every coach of the workbook, travels with a copy of it, and is read
 * only by the import and Tarkista asiakkaat, never by the hourly jobs.
 * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
 */
export const VALUE_MAP_PROPERTY = 'rosterValueMap';

export function loadValueMap(): ValueMap {
  const props = PropertiesService.getDocumentProperties();
  const text = props?.getProperty(VALUE_MAP_PROPERTY);
  if (!text) return {};
  try {
    return sanitiseValueMap(JSON.parse(text));
  } catch {
    return {};
  }
}

export function saveValueMap(map: ValueMap): void {
  PropertiesService.getDocumentProperties().setProperty(VALUE_MAP_PROPERTY, JSON.stringify(map));
}
