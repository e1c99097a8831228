import { messages } from '@app/domain/messages/messages.js';
import type { ImportMode } from '@app/domain';

const words = messages.cli.importing;

export interface ImportArguments {
  file: string;
  fiscalYear: number | null;
  mode: ImportMode;
  dryRun: boolean;
  json: boolean;
  validOnly: boolean;
  sectionId: string | null;
}

export const importUsage = words.usage;

/** A command line that cannot be run; the message says what to change. */
export class ImportUsageError extends Error {}

/** Reads `<file> [--year N] [--as draft|approved] [--dry-run] [--json] [--valid-only] [--section id]`. */
export function readImportArguments(args: readonly string[]): ImportArguments {
  const parsed: ImportArguments = { file: '', fiscalYear: null, mode: 'DRAFT', dryRun: false, json: false, validOnly: false, sectionId: null };
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = (): string => {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new ImportUsageError(words.needsValue(arg));
      i += 1;
      return next;
    };
    switch (arg) {
      case '--year': {
        const year = value();
        if (!/^\d{4}$/.test(year)) throw new ImportUsageError(words.notAYear(year));
        parsed.fiscalYear = Number(year);
        break;
      }
      case '--as': {
        const mode = value().toUpperCase();
        if (mode !== 'DRAFT' && mode !== 'APPROVED') throw new ImportUsageError(words.notAMode(args[i]!));
        parsed.mode = mode;
        break;
      }
      case '--section':
        parsed.sectionId = value();
        break;
      case '--dry-run':
        parsed.dryRun = true;
        break;
      case '--json':
        parsed.json = true;
        break;
      case '--valid-only':
        parsed.validOnly = true;
        break;
      default:
        if (arg.startsWith('-')) throw new ImportUsageError(words.unknownOption(arg));
        files.push(arg);
    }
  }
  if (files.length !== 1) throw new ImportUsageError(files.length === 0 ? words.noDocument : words.severalDocuments(files.length));
  parsed.file = files[0]!;
  return parsed;
}
