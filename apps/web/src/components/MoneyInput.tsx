import { Input, Select, Space } from 'antd';
import { moneyUnitLabels, typedToYuan, type MoneyUnit } from '../lib/money';

/** What a person typed and in which unit; kept as typed so a mistake never loses it. */
export interface TypedMoney {
  text: string;
  unit: MoneyUnit;
}

/** A form rule: the typed amount must be exact in its unit (empty allowed where `optional`). */
export function moneyRule(optional: boolean) {
  return {
    validator: async (_: unknown, value: TypedMoney | undefined) => {
      if (!value || value.text.trim() === '') {
        if (optional) return;
        throw new Error('请填写金额');
      }
      const typed = typedToYuan(value.text, value.unit);
      if (!typed.ok) throw new Error(typed.message);
    },
  };
}

/** An amount typed in 万元 or 元; the form keeps the text, the page converts it exactly on save. */
export function MoneyInput({ value, onChange, testId }: { value?: TypedMoney; onChange?: (value: TypedMoney) => void; testId?: string }) {
  const current = value ?? { text: '', unit: 'WAN' as MoneyUnit };
  const typed = current.text.trim() === '' ? null : typedToYuan(current.text, current.unit);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        value={current.text}
        inputMode="decimal"
        data-testid={testId}
        onChange={(event) => onChange?.({ ...current, text: event.target.value })}
        title={typed?.ok ? `${typed.yuan} 元` : undefined}
      />
      <Select<MoneyUnit>
        value={current.unit}
        style={{ width: 80 }}
        onChange={(unit) => onChange?.({ ...current, unit })}
        options={(Object.keys(moneyUnitLabels) as MoneyUnit[]).map((unit) => ({ value: unit, label: moneyUnitLabels[unit] }))}
      />
    </Space.Compact>
  );
}
