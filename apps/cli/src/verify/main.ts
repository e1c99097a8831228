import { openEventStore, verifyAuditTrail } from '@app/event-store';
import { loadOrCreateAnchorKey } from '../../../api/src/audit-integrity/anchor-key.js';
import { loadConfig } from '../../../api/src/config/app-config.js';
import { runCli } from '../run-cli.js';
import { reportText } from './report-text.js';

/** `npm run verify`: re-hashes the whole store; exit code 0 when intact, 1 when anything is broken. */
async function main(): Promise<number> {
  const config = loadConfig();
  const anchorKey = await loadOrCreateAnchorKey(config);
  const store = await openEventStore(config);
  try {
    const report = await verifyAuditTrail(store, { anchorKey });
    console.log(reportText(report));
    return report.intact ? 0 : 1;
  } finally {
    await store.close();
  }
}

runCli(main);
