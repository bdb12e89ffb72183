/** Installable triggers, each described once, so setup can make exactly the missing ones. */
export type TriggerSpec =
  | { functionName: string; kind: 'weekly'; weekDay: GoogleAppsScript.Base.Weekday; hour: number }
  | { functionName: string; kind: 'daily'; hour: number }
  | { functionName: string; kind: 'hourly' }
  | { functionName: string; kind: 'form-submit'; formId: string };

export interface TriggerSummary {
  functionName: string;
  eventType: string;
}

export function listTriggers(): TriggerSummary[] {
  return ScriptApp.getProjectTriggers().map((t) => ({
    functionName: t.getHandlerFunction(),
    eventType: String(t.getEventType()),
  }));
}

export function createTrigger(spec: TriggerSpec, timeZone: string): void {
  const builder = ScriptApp.newTrigger(spec.functionName);
  switch (spec.kind) {
    case 'weekly':
      builder.timeBased().onWeekDay(spec.weekDay).atHour(spec.hour).inTimezone(timeZone).create();
      return;
    case 'daily':
      builder.timeBased().everyDays(1).atHour(spec.hour).inTimezone(timeZone).create();
      return;
    case 'hourly':
      builder.timeBased().everyHours(1).create();
      return;
    case 'form-submit':
      builder.forForm(spec.formId).onFormSubmit().create();
      return;
  }
}

/** Deletes every trigger of the project whose handler is in `functionNames`. */
export function deleteTriggersFor(functionNames: string[]): number {
  let deleted = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (functionNames.includes(trigger.getHandlerFunction())) {
      ScriptApp.deleteTrigger(trigger);
      deleted += 1;
    }
  }
  return deleted;
}
