import { loadOrCreateSecret, loadSecret, type SecretKind } from '@app/auth';
import type { AppConfig } from '../config/app-config.js';

/**
 * Anchors are signed with a key of their own, not the token secret: replacing the token
 * secret (to sign everyone out) must not make every earlier anchor look forged, and a
 * leaked token secret must not let anyone sign anchors. The file sits beside the store;
 * where whoever can edit the store could also read DATA_DIR, set ANCHOR_SECRET from a
 * place they cannot reach.
 */
export const anchorKeySecret: SecretKind = {
  fileName: 'anchor-key',
  name: 'anchor key (ANCHOR_SECRET)',
  replacementCost: 'anchors signed with the old key will no longer verify',
};

export const ANCHOR_KEY = Symbol('ANCHOR_KEY');

export function loadOrCreateAnchorKey(config: Pick<AppConfig, 'dataDir' | 'anchorSecret'>): Promise<Buffer> {
  return loadOrCreateSecret(config.dataDir, config.anchorSecret, anchorKeySecret);
}

/** The configured key, or null when none exists yet (a fresh DATA_DIR). */
export function loadAnchorKey(config: Pick<AppConfig, 'dataDir' | 'anchorSecret'>): Promise<Buffer | null> {
  return loadSecret(config.dataDir, config.anchorSecret, anchorKeySecret);
}
