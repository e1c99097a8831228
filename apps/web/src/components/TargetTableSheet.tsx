import { Tag, Typography } from 'antd';
import type { Content, Finding, ParsedTarget } from '../graphql/documents';
import { gridOf } from '../lib/indicator-rows';
import { Money } from './Money';

const comparatorSigns: Record<string, string> = { GTE: '≥', LTE: '≤', EQ: '=', GT: '>', LT: '<' };

/** The target as the domain read it: ≥ 300 人, 定性, or 文字 (not measurable). */
export function parsedTargetText(target: ParsedTarget): string {
  if (target.comparator === 'QUALITATIVE') return `定性：${target.value ?? ''}`.replace(/：$/u, '');
  if (target.comparator === 'TEXT') return '文字描述（不可计量）';
  return [comparatorSigns[target.comparator] ?? target.comparator, target.value, target.unit].filter(Boolean).join(' ');
}

const cell: React.CSSProperties = { border: '1px solid #d9d9d9', padding: '6px 8px', verticalAlign: 'middle' };
const head: React.CSSProperties = { ...cell, background: '#fafafa', fontWeight: 600, whiteSpace: 'nowrap' };

/**
 * 项目支出绩效目标表 laid out as printed: name and code, departments, money in 万元, the
 * cumulative spending plan, the goals and the three-level indicator grid with merged cells.
 * `highlight` marks cells (by field path) a diff or a check names.
 */
export function TargetTableSheet({
  content,
  projectCode,
  fiscalYear,
  unitName,
  warnings = [],
  highlight = new Set<string>(),
}: {
  content: Content;
  projectCode: string;
  fiscalYear: number;
  unitName: string;
  warnings?: Finding[];
  highlight?: Set<string>;
}) {
  // A merged 一级/二级 cell stands for several rows: it is marked when any of them is named.
  const marked = (...fields: string[]): React.CSSProperties =>
    fields.some((field) => highlight.has(field))
      ? { background: '#fff1b8' }
      : fields.some((field) => warnings.some((w) => w.field === field || w.field.startsWith(`${field}.`)))
        ? { background: '#fff7e6' }
        : {};
  const rowsOf = (index: number, span: number, column: 'level1' | 'level2') => Array.from({ length: span }, (_, k) => `indicators[${index + k}].${column}`);
  const grid = gridOf(content.indicators);
  return (
    <div data-testid="target-table-sheet">
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        项目支出绩效目标表
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }}>（{fiscalYear}年度）</Typography.Paragraph>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <tbody>
          <tr>
            <td style={head}>项目名称</td>
            <td style={{ ...cell, ...marked('name') }} colSpan={3} data-testid="sheet-name">
              {content.name}
            </td>
            <td style={head}>项目编码</td>
            <td style={cell} colSpan={2}>
              {projectCode}
            </td>
          </tr>
          <tr>
            <td style={head}>主管部门</td>
            <td style={cell} colSpan={3}>
              {unitName}
            </td>
            <td style={head}>实施单位</td>
            <td style={cell} colSpan={2}>
              {unitName}
            </td>
          </tr>
          <tr>
            <td style={head} rowSpan={2}>
              项目资金（万元）
            </td>
            <td style={head}>资金总额</td>
            <td style={{ ...cell, ...marked('budget.total') }} data-testid="sheet-budget-total">
              <Money yuan={content.budget.total} />
            </td>
            <td style={head}>财政资金</td>
            <td style={{ ...cell, ...marked('budget.fiscal') }}>
              <Money yuan={content.budget.fiscal} />
            </td>
            <td style={head}>其他资金</td>
            <td style={{ ...cell, ...marked('budget.other') }}>
              <Money yuan={content.budget.other} />
            </td>
          </tr>
          <tr>
            <td style={head}>资金用途</td>
            <td style={{ ...cell, ...marked('purpose') }} colSpan={5}>
              {content.purpose}
            </td>
          </tr>
          <tr>
            <td style={head}>资金支出计划（万元，累计）</td>
            {(['mar', 'jun', 'oct', 'dec'] as const).map((month) => (
              <td key={month} style={{ ...cell, ...marked(`spendingPlan.${month}`) }} colSpan={month === 'dec' ? 3 : 1}>
                {{ mar: '3月底', jun: '6月底', oct: '10月底', dec: '12月底' }[month]}：<Money yuan={content.spendingPlan[month]} />
              </td>
            ))}
          </tr>
          <tr>
            <td style={head}>年度目标</td>
            <td style={{ ...cell, ...marked('goals') }} colSpan={6}>
              {content.goals.map((goal, index) => (
                <div key={index} style={marked(`goals[${index}]`)} data-testid={`sheet-goal-${index}`}>
                  {goal}
                </div>
              ))}
            </td>
          </tr>
        </tbody>
      </table>
      <table style={{ borderCollapse: 'collapse', width: '100%', marginTop: -1 }} data-testid="indicator-grid">
        <thead>
          <tr>
            <th style={head}>一级指标</th>
            <th style={head}>二级指标</th>
            <th style={head}>三级指标</th>
            <th style={head}>绩效指标描述</th>
            <th style={head}>指标值</th>
            <th style={head}>指标值确定依据</th>
          </tr>
        </thead>
        <tbody>
          {grid.map(({ row, index, level1Span, level2Span }) => (
            <tr key={index}>
              {level1Span > 0 && (
                <td style={{ ...head, ...marked(...rowsOf(index, level1Span, 'level1')) }} rowSpan={level1Span}>
                  {row.level1}
                </td>
              )}
              {level2Span > 0 && (
                <td style={{ ...cell, ...marked(...rowsOf(index, level2Span, 'level2')) }} rowSpan={level2Span} data-testid={`sheet-level2-${index}`}>
                  {row.level2}
                </td>
              )}
              <td style={{ ...cell, ...marked(`indicators[${index}].level3`) }}>{row.level3}</td>
              <td style={{ ...cell, ...marked(`indicators[${index}].description`) }}>{row.description}</td>
              <td style={{ ...cell, ...marked(`indicators[${index}].valueText`) }}>
                {row.valueText}{' '}
                <Tag color={row.target.comparator === 'TEXT' ? 'red' : 'geekblue'} title="系统识别的指标值">
                  {parsedTargetText(row.target)}
                  {row.target.direction === 'NEGATIVE' ? '（反向）' : ''}
                </Tag>
              </td>
              <td style={{ ...cell, ...marked(`indicators[${index}].basis`) }}>{row.basis}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
