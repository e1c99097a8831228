import { messages } from '../../messages/messages.js';
import type { ValidationRule } from './finding.js';
import { indicatorName, indicatorPath } from './message-parts.js';

/**
 * Funds passed down by a document (冀财社2021年 188号) name it in the project name; a basis
 * citing another number of the same kind (seed table 2 cites 153号, the document of table 1)
 * was most likely copied from another project. Only year and number are compared, as the
 * issuer prefix is printed in too many ways ([2021]153号, 2021年 192号文).
 */
const documentNumber = /[〔[【(（]?\s*(20\d{2})\s*[〕\]】)）年]?\s*(\d{1,4})\s*号/gu;

function documentsIn(text: string): string[] {
  return [...text.replace(/\s+/gu, '').matchAll(documentNumber)].map(([, year, number]) => `${year}年${number}号`);
}

export const basisDocument: ValidationRule = ({ name, indicators }) => {
  const projectDocuments = documentsIn(name);
  if (projectDocuments.length === 0) return [];
  return indicators.flatMap((indicator, i) => {
    const cited = documentsIn(indicator.basis).filter((document) => !projectDocuments.includes(document));
    if (cited.length === 0) return [];
    return [
      {
        code: 'BASIS_OTHER_DOCUMENT' as const,
        field: indicatorPath(i, 'basis'),
        message: messages.validation.basisOtherDocument({ indicator: indicatorName(indicator, i), cited: cited.join('、'), project: projectDocuments.join('、') }),
      },
    ];
  });
};
