import { EventEmitter } from 'node:events';

/**
 * Wakes caught-up subscriptions when events may have been appended. The version counter
 * closes the gap between "read found nothing" and "started waiting": an append notified in
 * between changes the version, so the wait returns at once instead of missing it.
 */
export class AppendSignal {
  #version = 0;
  readonly #emitter = new EventEmitter().setMaxListeners(0);

  get version(): number {
    return this.#version;
  }

  notify(): void {
    this.#version += 1;
    this.#emitter.emit('append');
  }

  /** Resolves after an append newer than `seenVersion`, after `timeoutMs`, or on abort. */
  wait(seenVersion: number, timeoutMs: number, abort: AbortSignal): Promise<void> {
    if (this.#version !== seenVersion || abort.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#emitter.off('append', done);
        abort.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.#emitter.on('append', done);
      abort.addEventListener('abort', done, { once: true });
    });
  }
}
