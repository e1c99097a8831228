import { messages } from '../messages/messages.js';
import { indicatorName, indicatorPath } from '../target-table/validation/message-parts.js';
import { findingOf } from './finding-of.js';
import type { ReviewFinding, TableReviewRule } from './review-finding.js';
import { normalised } from './review-text.js';

const words = messages.review;

/** Words that make a basis a source: a document, a survey, a statistic, a plan, an instruction. */
const sourceWords = /文|号|规定|标准|统计|调查|问卷|安排|计划|批示|数据|方案|办法|通知|政策|预算|法|合同|协议|测算|记录|台账|要求|经验/u;

/**
 * A basis (指标值确定依据) says where the target value comes from. One that is only the
 * indicator's own name (seed tables 10 and 12: 满意度 for a 满意度 indicator) says nothing.
 */
export const basisIsASource: TableReviewRule = ({ indicators }) =>
  indicators.flatMap((indicator, i): ReviewFinding[] => {
    const basis = normalised(indicator.basis);
    if (basis === '' || sourceWords.test(basis)) return [];
    const own = [indicator.level3, indicator.description, indicator.level2].map(normalised);
    if (!own.some((text) => text.includes(basis) || basis.includes(text))) return [];
    return [findingOf('BASIS_NOT_A_SOURCE', indicatorPath(i, 'basis'), words.basisNotASource({ indicator: indicatorName(indicator, i), basis: indicator.basis.trim() }))];
  });

/**
 * One basis pasted on every row, the 满意度 row included (seed table 15): a satisfaction target
 * comes from a survey, not from the document the output figures come from. Tables whose
 * satisfaction row has its own basis are left alone, as most of the seed's are.
 */
export const basisNotPastedEverywhere: TableReviewRule = ({ indicators }) => {
  if (indicators.length < 4 || !indicators.some((indicator) => indicator.level1Kind === 'SATISFACTION')) return [];
  const bases = new Set(indicators.map((indicator) => normalised(indicator.basis)));
  const [only] = [...bases];
  if (bases.size !== 1 || only === undefined || only === '') return [];
  const last = indicators.findLastIndex((indicator) => indicator.level1Kind === 'SATISFACTION');
  return [findingOf('BASIS_SAME_ON_EVERY_ROW', indicatorPath(last, 'basis'), words.basisSameOnEveryRow({ count: indicators.length, basis: indicators[0]?.basis.trim() ?? '' }))];
};

/** A document cited with its issuer: 冀财社2021年 153号, 冀财社[2021]153号, 冀财社 2021年192号文. */
const citation = /([\p{Script=Han}]{2,6}?)?\s*[〔[【(（]?\s*(20\d{2})\s*[〕\]】)）]?\s*年?\s*(\d{1,4})\s*号/gu;

interface Citation {
  document: string;
  spelling: string;
  field: string;
}

function citationsIn(text: string, field: string, keepSpaces: boolean): Citation[] {
  return [...text.matchAll(citation)].map(([whole, , year, number]) => ({
    document: `${year}年${number}号`,
    spelling: keepSpaces ? whole.trim().replace(/\s+/gu, ' ') : whole.replace(/\s+/gu, ''),
    field,
  }));
}

/**
 * The same funding document written two ways in one table (seed table 1: 冀财社2021年 153号 in
 * the name, 冀财社[2021]153号 as basis; table 12: with and without a space in its bases).
 * Across the name and the bases spacing is ignored (a PDF wraps the name); within the basis
 * column, where the same text was pasted, a different spacing is a different spelling too.
 */
export const basisDocumentSpeltOnce: TableReviewRule = ({ name, indicators }) => {
  const fromName = citationsIn(name, 'name', false);
  const fromBases = indicators.flatMap((indicator, i) => citationsIn(indicator.basis, indicatorPath(i, 'basis'), true));
  const documents = [...new Set([...fromName, ...fromBases].map((c) => c.document))];
  return documents.flatMap((document): ReviewFinding[] => {
    const bases = fromBases.filter((c) => c.document === document);
    const named = fromName.filter((c) => c.document === document);
    const basisSpellings = [...new Set(bases.map((c) => c.spelling))];
    const compact = (s: string): string => s.replace(/\s+/gu, '');
    const nameSpellings = [...new Set(named.map((c) => c.spelling))];
    const differsFromName = bases.find((c) => nameSpellings.length > 0 && !nameSpellings.includes(compact(c.spelling)));
    const differing = differsFromName ?? (basisSpellings.length > 1 ? bases.find((c) => c.spelling !== basisSpellings[0]) : undefined);
    if (differing === undefined) return [];
    const spellings = [...new Set([...nameSpellings, ...basisSpellings])].map((s) => `「${s}」`).join('、');
    return [findingOf('BASIS_DOCUMENT_SPELT_TWO_WAYS', differing.field, words.basisDocumentSpeltTwoWays({ document, spellings }))];
  });
};
