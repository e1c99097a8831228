import type { OverallTargets } from './parsed-target-document.js';
import { joinedText, type SourceLine } from './source-lines.js';

/**
 * Part one (部门整体绩效目标): headed sections 一、总体绩效目标, 二、分项绩效目标, 三、工作保障措施.
 * A paragraph is printed one wrapped line at a time, so its lines are joined without spaces.
 * Sub-goals are numbered (1、…) and carry 绩效目标： and 绩效指标： paragraphs; the indicators
 * are one sentence each, separated by ；.
 */
export function readPartOne(lines: readonly SourceLine[]): OverallTargets {
  const text = lines.filter((line) => line.text !== '');
  const sections = headedSections(text);
  const overall: OverallTargets = { goal: '', subGoals: [], safeguards: [] };
  for (const [position, section] of sections.entries()) {
    const kind = sectionKind(section.heading, position);
    switch (kind) {
      case 'goal':
        overall.goal = joinedText(section.lines);
        break;
      case 'subGoals':
        overall.subGoals = numberedItems(section.lines).map(subGoalOf);
        break;
      case 'safeguards':
        overall.safeguards = numberedItems(section.lines).map(({ title, lines: body }) => ({ title: joinedText(title), text: joinedText(body) }));
        break;
      default: {
        const unreachable: never = kind;
        throw new Error(`Unknown section ${String(unreachable)}`);
      }
    }
  }
  return overall;
}

interface Section {
  heading: string;
  lines: SourceLine[];
}

const sectionHeading = /^[一二三四五六七八九十]+\s*[、.．]\s*(.*)$/u;

function headedSections(lines: readonly SourceLine[]): Section[] {
  const sections: Section[] = [];
  for (const line of lines) {
    const heading = sectionHeading.exec(line.text)?.[1];
    if (heading !== undefined) sections.push({ heading, lines: [] });
    else sections[sections.length - 1]?.lines.push(line);
  }
  return sections;
}

type SectionKind = 'goal' | 'subGoals' | 'safeguards';

function sectionKind(heading: string, position: number): SectionKind {
  if (heading.includes('总体')) return 'goal';
  if (heading.includes('分项')) return 'subGoals';
  if (heading.includes('保障') || heading.includes('措施')) return 'safeguards';
  return (['goal', 'subGoals', 'safeguards'] as const)[Math.min(position, 2)] ?? 'safeguards';
}

interface NumberedItem {
  title: SourceLine[];
  lines: SourceLine[];
}

const itemNumber = /^(\d+)\s*[、.．]\s*/u;

/** Items start at `1、`, `2、` …; a line opens an item only when it carries the next number. */
function numberedItems(lines: readonly SourceLine[]): NumberedItem[] {
  const items: NumberedItem[] = [];
  for (const line of lines) {
    const number = itemNumber.exec(line.text);
    const current = items[items.length - 1];
    if (number !== null && Number(number[1]) === items.length + 1) {
      items.push({ title: [{ ...line, text: line.text.slice(number[0].length) }], lines: [] });
    } else {
      current?.lines.push(line);
    }
  }
  return items;
}

const goalLabel = /^绩效目标\s*[：:]\s*/u;
const indicatorsLabel = /^绩效指标\s*[：:]\s*/u;

/** A wrapped title runs until 绩效目标：, the goal until 绩效指标：, the indicators to the item's end. */
function subGoalOf(item: NumberedItem): OverallTargets['subGoals'][number] {
  const all = [...item.title, ...item.lines];
  const goalAt = all.findIndex((line) => goalLabel.test(line.text));
  const indicatorsAt = all.findIndex((line) => indicatorsLabel.test(line.text));
  const titleEnd = [goalAt, indicatorsAt, all.length].filter((at) => at >= 0).reduce((a, b) => Math.min(a, b));
  const goalEnd = indicatorsAt > goalAt ? indicatorsAt : all.length;
  const afterLabel = (lines: readonly SourceLine[], label: RegExp): string =>
    joinedText(lines.map((line, i) => (i === 0 ? { ...line, text: line.text.replace(label, '') } : line)));
  const goal = goalAt >= 0 ? afterLabel(all.slice(goalAt, goalEnd), goalLabel) : '';
  const indicatorText = indicatorsAt >= 0 ? afterLabel(all.slice(indicatorsAt), indicatorsLabel) : '';
  return {
    title: joinedText(all.slice(0, titleEnd)),
    goal,
    indicators: indicatorText
      .split(/(?<=[；;])/u)
      .map((sentence) => sentence.replace(/[；;]$/u, ''))
      .filter((sentence) => sentence !== ''),
  };
}
