import type { RecordedEvent, StoredMetadata } from './event-store.port.js';

/**
 * A recorded event whose data and metadata are parsed from their JSON text when first read,
 * once. A view that skips an event's type, or never looks at its metadata, pays only for
 * reading the row; the metadata of most events is longer than their data, and a rebuild
 * that parsed it eagerly spent a good part of its time doing so.
 *
 * data and metadata are own enumerable getters, so that spreading, JSON.stringify and deep
 * equality see them like plain properties. The getters are shared by every instance (not
 * closures per event), which keeps instances on one fast shape.
 */
export class LazilyParsedEvent implements RecordedEvent {
  static readonly #parsedOnRead: PropertyDescriptorMap = {
    data: {
      enumerable: true,
      get(this: LazilyParsedEvent) {
        return (this.#data ??= JSON.parse(this.#dataJson) as Record<string, unknown>);
      },
    },
    metadata: {
      enumerable: true,
      get(this: LazilyParsedEvent) {
        return (this.#metadata ??= JSON.parse(this.#metadataJson) as StoredMetadata);
      },
    },
  };

  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: bigint;
  readonly type: string;
  declare readonly data: Record<string, unknown>;
  declare readonly metadata: StoredMetadata;
  readonly recordedAt: string;
  readonly #dataJson: string;
  readonly #metadataJson: string;
  #data: Record<string, unknown> | undefined;
  #metadata: StoredMetadata | undefined;

  constructor(fields: Omit<RecordedEvent, 'data' | 'metadata'>, dataJson: string, metadataJson: string) {
    this.eventId = fields.eventId;
    this.streamId = fields.streamId;
    this.revision = fields.revision;
    this.position = fields.position;
    this.type = fields.type;
    this.#dataJson = dataJson;
    this.#metadataJson = metadataJson;
    Object.defineProperties(this, LazilyParsedEvent.#parsedOnRead);
    this.recordedAt = fields.recordedAt;
  }
}
