import type { RecordedEvent } from '@app/event-store';

/** A stored event as the CQRS EventBus carries it: one class per event type, so handlers pick by type. */
export class StoredEvent {
  constructor(readonly event: RecordedEvent) {}
}

const classesByType = new Map<string, typeof StoredEvent>();

/** `@EventsHandler(storedEventClass('TargetTableDrafted'))` handles the stored TargetTableDrafted events. */
export function storedEventClass(type: string): typeof StoredEvent {
  let eventClass = classesByType.get(type);
  if (!eventClass) {
    eventClass = { [type]: class extends StoredEvent {} }[type]!;
    classesByType.set(type, eventClass);
  }
  return eventClass;
}

export function toStoredEvent(event: RecordedEvent): StoredEvent {
  return new (storedEventClass(event.type))(event);
}
