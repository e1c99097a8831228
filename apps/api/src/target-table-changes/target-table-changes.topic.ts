/** The in-process PubSub that carries TargetTableChange payloads to subscribers. */
export const TARGET_TABLE_CHANGES = Symbol('TARGET_TABLE_CHANGES');

/** The PubSub trigger; its payload is `{ targetTableChanged: TargetTableChange }`, as the subscription field resolves it. */
export const TARGET_TABLE_CHANGED = 'targetTableChanged';
