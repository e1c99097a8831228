import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';

function subscribe(changed: () => void): () => void {
  const media = window.matchMedia(query);
  media.addEventListener('change', changed);
  return () => media.removeEventListener('change', changed);
}

/**
 * Whether the computer asks for less motion (Windows: 设置 › 辅助功能 › 视觉效果 › 动画效果 off;
 * the same setting many intranet PCs have turned off to stay responsive). The console then opens
 * dialogs, menus and drop-downs at once instead of animating them, and follows the setting when
 * it changes without a reload.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
