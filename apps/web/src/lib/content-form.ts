import type { Content, ContentInput } from '../graphql/documents';
import type { IndicatorRow } from './indicator-rows';
import { typedToYuan, yuanInUnit, type MoneyUnit } from './money';

/** The form's values of a table's content: money as typed (text and unit), goals one per line. */
export interface ContentFormValues {
  name: string;
  unitCode: string;
  sectionId: string | null;
  purpose: string;
  budget: { total: TypedAmount; fiscal: TypedAmount; other: TypedAmount };
  spendingPlan: { mar: TypedAmount; jun: TypedAmount; oct: TypedAmount; dec: TypedAmount };
  goals: string[];
}

export interface TypedAmount {
  text: string;
  unit: MoneyUnit;
}

const months = ['mar', 'jun', 'oct', 'dec'] as const;

function typed(yuan: string | null | undefined): TypedAmount {
  return { text: yuan ? yuanInUnit(yuan, 'WAN') : '', unit: 'WAN' };
}

/** A stored table's content as the form shows it, amounts in 万元 exactly. */
export function formValuesOf(content: Content & { unitCode: string }): ContentFormValues {
  return {
    name: content.name,
    unitCode: content.unitCode,
    sectionId: content.sectionId,
    purpose: content.purpose,
    budget: { total: typed(content.budget.total), fiscal: typed(content.budget.fiscal), other: typed(content.budget.other) },
    spendingPlan: { mar: typed(content.spendingPlan.mar), jun: typed(content.spendingPlan.jun), oct: typed(content.spendingPlan.oct), dec: typed(content.spendingPlan.dec) },
    goals: content.goals.length > 0 ? content.goals : [''],
  };
}

export function emptyFormValues(unitCode: string, sectionId: string | null): ContentFormValues {
  const none = { text: '', unit: 'WAN' as MoneyUnit };
  return {
    name: '',
    unitCode,
    sectionId,
    purpose: '',
    budget: { total: none, fiscal: none, other: none },
    spendingPlan: { mar: none, jun: none, oct: none, dec: none },
    goals: [''],
  };
}

/** An optional amount: empty is null, otherwise exact yuan (the form's rules have checked it). */
function yuanOrNull(amount: TypedAmount): string | null {
  if (amount.text.trim() === '') return null;
  const converted = typedToYuan(amount.text, amount.unit);
  if (!converted.ok) throw new Error(converted.message);
  return converted.yuan;
}

/** The content the API takes, from the form and the indicator rows. */
export function contentInputOf(values: ContentFormValues, unitName: string, indicators: IndicatorRow[]): ContentInput {
  return {
    name: values.name.trim(),
    unitCode: values.unitCode,
    unitName,
    sectionId: values.sectionId ?? null,
    purpose: values.purpose.trim(),
    budget: {
      total: yuanOrNull(values.budget.total) ?? '0.00',
      fiscal: yuanOrNull(values.budget.fiscal) ?? '0.00',
      other: yuanOrNull(values.budget.other) ?? '0.00',
    },
    spendingPlan: Object.fromEntries(months.map((month) => [month, yuanOrNull(values.spendingPlan[month])])) as ContentInput['spendingPlan'],
    goals: values.goals.map((goal) => goal.trim()).filter((goal) => goal !== ''),
    indicators: indicators.map(({ level1, level2, level3, description, valueText, basis }) => ({ level1, level2, level3, description, valueText, basis })),
  };
}

/** A problem's field path as the form names it: "budget.total" → ['budget', 'total'], "goals[1]" → ['goals', 1]. */
export function formPathOf(field: string): Array<string | number> {
  return field.split(/[.[\]]/u).filter((part) => part !== '').map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
}
