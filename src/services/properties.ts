/**
 * Where the workbook's own state lives. A bound script's script properties belong to that one
 * workbook; an editor add-on's script properties are shared by every user of the add-on in
 * every document ("Script properties … shared by all users of the add-on"; document properties
 * are "shared by all users of the add-on within the open document"):
 * https://developers.google.com/apps-script/guides/properties#comparison_of_property_stores
 * So as an add-on Etäpaja keeps the workbook's state in document properties; one municipality's
 * folder ids and forms never reach another's workbook.
 */
let installedAsAddon: boolean | undefined;

/** True when Etäpaja runs as an editor add-on (Marketplace install), not a bound script. */
export function isAddon(): boolean {
  if (installedAsAddon === undefined)
    installedAsAddon = ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  return installedAsAddon;
}

/** The workbook's property store: script properties bound, document properties as an add-on. */
export function workbookProperties(): GoogleAppsScript.Properties.Properties {
  if (!isAddon()) return PropertiesService.getScriptProperties();
  const props = PropertiesService.getDocumentProperties();
  if (!props) throw new Error('Etäpaja: the add-on runs without a workbook.');
  return props;
}
