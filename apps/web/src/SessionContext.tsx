import { createContext, useContext } from 'react';
import type { Unit } from './graphql/documents';
import type { IndicatorLevelChoice } from './lib/indicator-rows';
import type { Session } from './session';

export interface Signed {
  session: Session;
  signOut: (reason?: string) => void;
  units: Unit[];
  indicatorLevels: IndicatorLevelChoice[];
}

export const SessionContext = createContext<Signed | null>(null);

export function useSigned(): Signed {
  const signed = useContext(SessionContext);
  if (signed === null) throw new Error('useSigned outside a signed-in page');
  return signed;
}

export function unitName(units: Unit[], unitCode: string | null | undefined): string {
  return units.find((unit) => unit.unitCode === unitCode)?.name ?? unitCode ?? '';
}

export function sectionName(units: Unit[], sectionId: string | null | undefined): string {
  if (!sectionId) return '';
  for (const unit of units) {
    const section = unit.sections.find((s) => s.sectionId === sectionId);
    if (section) return section.name;
  }
  return sectionId;
}
